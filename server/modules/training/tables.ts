import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.js';

/**
 * Scenarios written in the organisation (the editor). The shipped ones live in code (`library/`); these are
 * drafts until the safety officer publishes them, and a published one must stay sound.
 */
export const trainingScenarios = pgTable('training_scenarios', {
  id: uuid('id').primaryKey().defaultRandom(),
  content: jsonb('content').notNull(),
  status: text('status').notNull().default('draft'),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
});

/**
 * One run through a scenario by one user: the training record. It keeps a copy of the scenario as played, so
 * editing or retiring a scenario never changes what someone practised.
 */
export const trainingAttempts = pgTable(
  'training_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** A shipped scenario's id (e.g. `telefoon-aanmaning`) or a written scenario's UUID. */
    scenarioId: text('scenario_id').notNull(),
    scenario: jsonb('scenario').notNull(),
    currentNodeId: text('current_node_id').notNull(),
    /** The answers given, with their scores: [{ nodeId, text, decision, source, option, score }]. */
    answers: jsonb('answers').notNull().default([]),
    points: integer('points').notNull().default(0),
    maxPoints: integer('max_points').notNull().default(0),
    outcome: text('outcome'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('training_attempts_user_idx').on(t.userId, t.scenarioId)],
);

/** The organisation's training requirements per role, as one list (row id is always 1); defaults until edited. */
export const trainingRequirements = pgTable('training_requirements', {
  id: integer('id').primaryKey().default(1),
  content: jsonb('content').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One submitted quiz of an e-learning module: the training record of that module. */
export const elearningResults = pgTable(
  'elearning_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    moduleId: text('module_id').notNull(),
    correct: integer('correct').notNull(),
    total: integer('total').notNull(),
    passed: boolean('passed').notNull(),
    answers: jsonb('answers').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('elearning_results_user_idx').on(t.userId, t.moduleId)],
);

/** A classroom session (for example with a training actor): planned, people invited, attendance and a note. */
export const trainingSessions = pgTable('training_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  location: text('location').notNull(),
  trainer: text('trainer').notNull(),
  /** The trainer's note after the session: what was practised, what to follow up. */
  note: text('note').notNull().default(''),
  /** The requirement (its code) this session serves: attending it counts towards that requirement. */
  requirementId: text('requirement_id'),
  plannedBy: uuid('planned_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set when the safety officer cancels it; the row stays (a coaching plan may point to it), invitees are told. */
  cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
});

export const trainingSessionInvitees = pgTable(
  'training_session_invitees',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** invited, attended or absent. */
    attendance: text('attendance').notNull().default('invited'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index('training_session_invitees_user_idx').on(t.userId)],
);

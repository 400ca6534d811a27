import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { reportAudits } from '../audits/tables.js';
import { teams } from '../org/tables.js';
import { trainingSessions } from '../training/tables.js';
import { users } from '../users/tables.js';

/**
 * What an item points at. Only references (the index of a boundary sentence in the current protocol, the id of a
 * training scenario, the people of a duo) are stored: the texts are read from the protocol and the scenario
 * library when the plan is shown, so a newly published protocol version shows in running plans too.
 */
export interface PlanItemContent {
  sentenceIndexes?: number[];
  scenarioIds?: string[];
  pair?: string[];
}

/** The short observation a duo fills in after coaching on the floor (weeks 3–4). */
export interface DuoObservation {
  observedOn: string;
  situation: string;
  scriptParts: ('acknowledge' | 'goal' | 'boundary' | 'choice')[];
  wentWell: string;
  toSharpen: string;
}

/** Seed 000's 90-day plan for one team, usually started after a classroom training session. */
export const coachingPlans = pgTable(
  'coaching_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    /** The classroom session the plan follows up, when it was started from one. */
    sessionId: uuid('session_id').references(() => trainingSessions.id),
    /** Day 1 of the plan, a Dutch calendar date; every due date counts calendar days from here. */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coaching_plans_team_idx').on(t.teamId)],
);

/** One thing to do in the plan, with an owner and a due date (a Dutch calendar date). */
export const coachingPlanItems = pgTable(
  'coaching_plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => coachingPlans.id),
    /** 'micro_exercise' (weeks 1–2), 'duo_coaching' (weeks 3–4), 'repetition' (month 2), 'audit' (month 3). */
    stage: text('stage').notNull(),
    position: integer('position').notNull(),
    content: jsonb('content').$type<PlanItemContent>().notNull().default({}),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id),
    /** The owner's note when ticking the item done, or why it was re-planned. */
    note: text('note').notNull().default(''),
    observation: jsonb('observation').$type<DuoObservation>(),
    /** The audit that completed a month-3 item. */
    auditId: uuid('audit_id').references(() => reportAudits.id),
  },
  (t) => [
    index('coaching_plan_items_plan_idx').on(t.planId, t.position),
    index('coaching_plan_items_owner_idx').on(t.ownerId, t.dueDate),
  ],
);

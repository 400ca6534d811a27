import { bigserial, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../org/tables.js';
import { users } from '../users/tables.js';

/**
 * A live handling of an aggressive contact ("Agressie nu"), following one procedure of the protocol version that
 * was current when it started: a handling keeps its version even when a newer one is published.
 */
export const handlings = pgTable(
  'handlings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    protocolVersion: integer('protocol_version').notNull(),
    procedureKey: text('procedure_key').notNull(),
    channel: text('channel').notNull(),
    status: text('status').notNull().default('active'),
    /** The step to do now; 'end' when the procedure is finished. */
    currentStepId: text('current_step_id').notNull(),
    /** Seed 002's phase of escalation, 1–4; null until someone estimates it. */
    phase: smallint('phase'),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id),
    /** Who handles it now: the starter, or the colleague or manager it was handed over to. */
    handlerId: uuid('handler_id')
      .notNull()
      .references(() => users.id),
    officeId: uuid('office_id').references(() => offices.id),
    departmentId: uuid('department_id'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    summary: text('summary').notNull().default(''),
  },
  (t) => [
    index('handlings_handler_idx').on(t.handlerId, t.status),
    index('handlings_department_idx').on(t.departmentId),
  ],
);

/** Everything that happened during a handling, in order, with its moment: the timeline and compliance source. */
export const handlingEvents = pgTable(
  'handling_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handlingId: uuid('handling_id')
      .notNull()
      .references(() => handlings.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    type: text('type').notNull(),
    stepId: text('step_id'),
    branch: smallint('branch'),
    reason: text('reason'),
    phase: smallint('phase'),
    toUserId: uuid('to_user_id').references(() => users.id),
    data: jsonb('data').notNull().default({}),
  },
  (t) => [index('handling_events_handling_idx').on(t.handlingId, t.id)],
);

/** Follow-up the protocol assigns to the manager when a handling closes (seed 003 steps 7–10). */
export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    handlingId: uuid('handling_id').references(() => handlings.id),
    /** The incident case the task belongs to (its foreign key is in migration 0007: the tables import each other). */
    incidentId: uuid('incident_id'),
    kind: text('kind').notNull(),
    assigneeId: uuid('assignee_id')
      .notNull()
      .references(() => users.id),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id),
  },
  (t) => [index('follow_up_tasks_assignee_idx').on(t.assigneeId, t.status)],
);

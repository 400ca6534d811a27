import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { handlings } from '../handlings/tables.js';
import { offices } from '../org/tables.js';
import { users } from '../users/tables.js';

/**
 * A silent alarm. `escalation` is the office's chain copied at the moment of raising (frozen): changing the
 * office's settings during an alarm does not change who that alarm calls next.
 */
export const alarms = pgTable(
  'alarms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    state: text('state').notNull().default('raised'),
    drill: boolean('drill').notNull().default(false),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    officeId: uuid('office_id').references(() => offices.id),
    room: text('room').notNull().default(''),
    type: text('type'),
    phase: smallint('phase'),
    handlingId: uuid('handling_id').references(() => handlings.id),
    escalation: jsonb('escalation').notNull(),
    /** The escalation level reached so far: 0 = the office's own responders. */
    level: integer('level').notNull().default(0),
    call112At: timestamp('call_112_at', { withTimezone: true, precision: 3 }),
    raisedAt: timestamp('raised_at', { withTimezone: true, precision: 3 }).notNull(),
    firstAcknowledgedBy: uuid('first_acknowledged_by').references(() => users.id),
    firstAcknowledgedAt: timestamp('first_acknowledged_at', { withTimezone: true, precision: 3 }),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }),
    closedBy: uuid('closed_by').references(() => users.id),
    reason: text('reason'),
  },
  (t) => [
    index('alarms_open_idx').on(t.state),
    index('alarms_raised_by_idx').on(t.raisedBy, t.raisedAt),
    check(
      'alarms_state_check',
      sql`${t.state} in ('raised', 'acknowledged', 'on_site', 'resolved', 'cancelled', 'false_alarm')`,
    ),
    check('alarms_reason_check', sql`${t.state} not in ('cancelled', 'false_alarm') or length(${t.reason}) > 0`),
  ],
);

/** Who an alarm calls: responders per escalation level, the managers, and at the end the nearest colleagues. */
export const alarmRecipients = pgTable(
  'alarm_recipients',
  {
    alarmId: uuid('alarm_id')
      .notNull()
      .references(() => alarms.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    level: integer('level').notNull(),
    /** responder | manager | colleague (told to call 112). */
    role: text('role').notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true, precision: 3 }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, precision: 3 }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [primaryKey({ columns: [t.alarmId, t.userId] }), index('alarm_recipients_user_idx').on(t.userId)],
);

/**
 * One delivery of an alarm to a recipient over one channel. Sending is at-least-once (replayed on reconnect and
 * resent until the device confirms); the unique key removes the duplicates.
 */
export const alarmDeliveries = pgTable(
  'alarm_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    alarmId: uuid('alarm_id')
      .notNull()
      .references(() => alarms.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    channel: text('channel').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, precision: 3 }),
    seenAt: timestamp('seen_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('alarm_deliveries_unique').on(t.alarmId, t.userId, t.channel),
    index('alarm_deliveries_pending_idx').on(t.userId).where(sql`${t.deliveredAt} is null`),
  ],
);

/** The alarm's timeline, to the millisecond: what the incident report and the evaluation start from. */
export const alarmEvents = pgTable(
  'alarm_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    alarmId: uuid('alarm_id')
      .notNull()
      .references(() => alarms.id),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    type: text('type').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    level: integer('level'),
    data: jsonb('data').notNull().default({}),
  },
  (t) => [index('alarm_events_alarm_idx').on(t.alarmId, t.id)],
);

/**
 * Escalation deadlines as rows: every process's scheduler claims due rows with FOR UPDATE SKIP LOCKED, so a
 * deadline survives a crash or restart and is fired exactly once, by whichever process gets there first.
 */
export const alarmJobs = pgTable(
  'alarm_jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    alarmId: uuid('alarm_id')
      .notNull()
      .references(() => alarms.id),
    level: integer('level').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true, precision: 3 }),
    /** fired | skipped (acknowledged or closed before the deadline). */
    outcome: text('outcome'),
  },
  (t) => [
    uniqueIndex('alarm_jobs_level_unique').on(t.alarmId, t.level),
    index('alarm_jobs_due_idx').on(t.dueAt).where(sql`${t.doneAt} is null`),
  ],
);

import { sql } from 'drizzle-orm';
import {
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
  uuid,
} from 'drizzle-orm/pg-core';
import { offices } from '../org/tables.js';
import { users } from '../users/tables.js';

/**
 * A team that answers alarms at one office. A new table rather than a kind of `teams`: an organisational team
 * belongs to one department and is a reporting line (its manager follows up incidents), while a response team
 * belongs to an office and draws people from several departments (seed 004: frontoffice staff *and* managers),
 * has a duty roster and takes part in escalation. One person is in one organisational team but may be in several
 * response teams (BHV and intervention), so mixing the two would break both.
 */
export const responseTeams = pgTable(
  'response_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** intervention | bhv | security (seed 003: BHV; seed 004: an intervention team per office). */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('response_teams_office_idx').on(t.officeId),
    check('response_teams_kind_check', sql`${t.kind} in ('intervention', 'bhv', 'security')`),
  ],
);

export const responseTeamMembers = pgTable(
  'response_team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => responseTeams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);

/**
 * The weekly duty pattern of a member: on `weekday` (1 = Monday … 7 = Sunday) from `startMinute` to `endMinute`
 * (minutes after midnight, Europe/Amsterdam wall-clock time, so a shift stays 08:00–17:00 across daylight saving).
 */
export const dutyShifts = pgTable(
  'duty_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => responseTeams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    weekday: smallint('weekday').notNull(),
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
  },
  (t) => [
    index('duty_shifts_team_idx').on(t.teamId),
    check('duty_shifts_weekday_check', sql`${t.weekday} between 1 and 7`),
    check(
      'duty_shifts_minutes_check',
      sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.startMinute} < ${t.endMinute}`,
    ),
  ],
);

/** An exception to the pattern: on duty although not rostered (`onDuty`), or off although rostered (leave, sick). */
export const dutyExceptions = pgTable(
  'duty_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => responseTeams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    onDuty: boolean('on_duty').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('duty_exceptions_team_idx').on(t.teamId, t.endsAt),
    check('duty_exceptions_period_check', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/**
 * Per person: whether they make themselves available for alarms, where they sit (room/desk, the alarm's default
 * location) and when their open app last sent a heartbeat. Presence is kept in the database, not in a process:
 * any server process can tell who is reachable.
 */
export const alarmProfiles = pgTable('alarm_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  available: boolean('available').notNull().default(true),
  room: text('room').notNull().default(''),
  /** What the presser notices of their own press (PRESS_FEEDBACK): nothing by default, a silent alarm is silent. */
  pressFeedback: text('press_feedback').notNull().default('discreet'),
  lastHeartbeatAt: timestamp('last_heartbeat_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Per office: the minimum number of reachable responders on duty (fewer warns the managers and the safety officer),
 * how long the first responders have to acknowledge, and the escalation chain after them (ZEscalationLevel[]).
 */
export const officeAlarmSettings = pgTable(
  'office_alarm_settings',
  {
    officeId: uuid('office_id')
      .primaryKey()
      .references(() => offices.id),
    minReachable: integer('min_reachable').notNull().default(2),
    ackTimeoutSeconds: integer('ack_timeout_seconds').notNull().default(30),
    escalation: jsonb('escalation').notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('office_alarm_settings_min_check', sql`${t.minReachable} between 0 and 100`),
    check('office_alarm_settings_timeout_check', sql`${t.ackTimeoutSeconds} between 1 and 600`),
  ],
);

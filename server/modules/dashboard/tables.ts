import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { incidents } from '../incidents/tables.js';
import { offices } from '../org/tables.js';
import { users } from '../users/tables.js';

/**
 * Complaints received per month (seed 000 measures complaints next to incidents). Complaints live in another
 * system, so the safety officer enters the count; one row per month and office (office null: organisation-wide).
 */
export const complaintCounts = pgTable(
  'complaint_counts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The first day of the month. */
    month: date('month').notNull(),
    officeId: uuid('office_id').references(() => offices.id),
    count: integer('count').notNull(),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaint_counts_month_office_unique').on(t.month, sql`coalesce(${t.officeId}::text, '')`),
    check('complaint_counts_count_check', sql`${t.count} >= 0`),
    check('complaint_counts_month_check', sql`extract(day from ${t.month}) = 1`),
  ],
);

/**
 * One narrow row per sent report with what the dashboard needs of it, so a period's figures are read from this
 * table's index alone instead of joining the wide incidents row to its tasks and the language assistant's reading.
 * Kept by triggers in the writing transaction (migration `*_incident_facts_triggers.sql`): a report that is sent
 * (with a moment it happened) gets its row; a change of its scope columns, moment or facts updates it; adding,
 * completing, moving or deleting one of its follow-up tasks recomputes the first follow-up. Only the judgement
 * count is written by the application (`dashboard/facts.ts judgeReports`, from the incidents service when a report
 * is sent or its facts change), because the language assistant is TypeScript: the trigger empties it when the facts
 * change, and the dashboard's background job reads what is still empty.
 */
export const incidentFacts = pgTable(
  'incident_facts',
  {
    incidentId: uuid('incident_id')
      .primaryKey()
      .references(() => incidents.id),
    officeId: uuid('office_id'),
    departmentId: uuid('department_id'),
    /** The incidents section's dimensions, copied from the report so its counts come from this row alone. */
    channel: text('channel'),
    phase: smallint('phase'),
    /**
     * The report's forms as it lists them, as JSON text (an incident with two forms counts once under each). Text,
     * not jsonb: the dashboard groups five years of rows by it, and hashing jsonb cost more than the scan itself.
     */
    forms: text('forms').notNull().default('[]'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Sent within 1 working day of the moment it happened (Friday to Sunday: by Monday, Dutch time). */
    reportedInTime: boolean('reported_in_time').notNull(),
    /** The earliest done moment and the earliest due moment of the report's follow-up tasks. */
    firstFollowUpAt: timestamp('first_follow_up_at', { withTimezone: true }),
    firstFollowUpDueAt: timestamp('first_follow_up_due_at', { withTimezone: true }),
    /** Judging phrases the language assistant found in the facts; null until it has read the current text. */
    judgements: smallint('judgements'),
  },
  (t) => [
    // The covering period index (occurred_at INCLUDE every other column) is in the custom migration: Drizzle
    // cannot declare INCLUDE.
    index('incident_facts_unjudged_idx').on(t.incidentId).where(sql`${t.judgements} is null`),
  ],
);

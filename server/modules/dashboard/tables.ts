import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, smallint, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
 * How many judging phrases the language assistant found in a report's facts, as it read them at `analysedAt`.
 * The dashboard fills this cache for reports it has not read yet (or that changed since), so a year of reports is
 * never analysed again on every view.
 */
export const reportLanguageFindings = pgTable('report_language_findings', {
  incidentId: uuid('incident_id')
    .primaryKey()
    .references(() => incidents.id),
  judgements: smallint('judgements').notNull(),
  analysedAt: timestamp('analysed_at', { withTimezone: true }).notNull().defaultNow(),
});

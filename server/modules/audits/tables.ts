import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { incidents } from '../incidents/tables.js';
import { departments } from '../org/tables.js';
import { users } from '../users/tables.js';

/**
 * An audit (auditformulier, seed 000 month 3): a random sample of one department's sent reports, each scored on a
 * checklist. The sample is stored, so the audit can be reread and checked later exactly as it was drawn.
 */
export const reportAudits = pgTable(
  'report_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** Reports sent in [periodFrom, periodTo] (Dutch calendar dates) were eligible. */
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** The size asked for; the sample is smaller when fewer reports were sent. */
    sampleSize: integer('sample_size').notNull(),
    /** The seed of the draw: the same seed over the same eligible reports gives the same sample. */
    seed: text('seed').notNull(),
    /** 'open' while scoring, 'finished' once every report is scored. */
    status: text('status').notNull().default('open'),
    conclusion: text('conclusion').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    finishedBy: uuid('finished_by').references(() => users.id),
  },
  (t) => [index('report_audits_department_idx').on(t.departmentId, t.finishedAt)],
);

/** One sampled report with its checklist: 'yes', 'no' or 'na' (does not apply) per point, null until scored. */
export const reportAuditSamples = pgTable(
  'report_audit_samples',
  {
    auditId: uuid('audit_id')
      .notNull()
      .references(() => reportAudits.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    position: integer('position').notNull(),
    factsNotOpinions: text('facts_not_opinions'),
    followUpOnTime: text('follow_up_on_time'),
    measuresRecorded: text('measures_recorded'),
    aftercareDone: text('aftercare_done'),
    note: text('note').notNull().default(''),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
    scoredBy: uuid('scored_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.auditId, t.incidentId] })],
);

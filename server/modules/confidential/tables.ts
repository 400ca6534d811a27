import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.js';

/**
 * A confidential report (vertrouwelijke melding) of unwanted behaviour by a colleague (PSA, seed 001). Tables of
 * its own, not a kind of incident: no incident list, export, dashboard or webhook can reach these rows by
 * accident. Only the confidential counsellor reads them.
 *
 * When the reporter chooses to stay anonymous, `reporter_id` is null (a CHECK in the migration guarantees it) and
 * the audit log names no actor either; the reporter follows the report with the secret code they got, of which
 * only a hash is stored.
 */
export const confidentialReports = pgTable(
  'confidential_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Short number to speak about the report without naming anyone ("VM-2026-0007"). */
    reference: text('reference').notNull().unique(),
    category: text('category').notNull(),
    anonymous: boolean('anonymous').notNull(),
    reporterId: uuid('reporter_id').references(() => users.id),
    /** How a named reporter likes to be contacted; empty when anonymous. */
    contact: text('contact').notNull().default(''),
    occurredOn: date('occurred_on'),
    /** What happened, described as behaviour. */
    description: text('description').notNull(),
    /** Who showed the behaviour (role or name, as the reporter chooses to tell). */
    involved: text('involved').notNull().default(''),
    /** What the reporter would like: listening, advice, mediation, a formal complaint. */
    wish: text('wish').notNull().default(''),
    /** SHA-256 of the follow-up code; the code itself is shown to the reporter once. */
    codeHash: text('code_hash').notNull().unique(),
    /** new → in_conversation → closed. */
    status: text('status').notNull().default('new'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('confidential_reports_status_idx').on(t.status, t.createdAt)],
);

/** Messages between the reporter (by code) and the confidential counsellor. */
export const confidentialMessages = pgTable(
  'confidential_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => confidentialReports.id),
    /** 'reporter' or 'confidant'. The reporter's account is never stored, also not for named reports. */
    author: text('author').notNull(),
    /** The counsellor who wrote it; null for the reporter's messages. */
    confidantId: uuid('confidant_id').references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('confidential_messages_report_idx').on(t.reportId, t.createdAt)],
);

/** The counsellor's own notes; the reporter never sees them. */
export const confidentialNotes = pgTable(
  'confidential_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => confidentialReports.id),
    confidantId: uuid('confidant_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('confidential_notes_report_idx').on(t.reportId, t.createdAt)],
);

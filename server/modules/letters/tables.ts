import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../db/bytea.js';
import { clientMeasures } from '../measures/tables.js';
import { users } from '../users/tables.js';

/**
 * The organisation's letter templates, one row per version: saving a template adds a version and never changes
 * an older one, so every letter can say which wording it started from. Until the safety officer saves one, the
 * built-in text of `content.ts` (version 0) is used.
 */
export const letterTemplates = pgTable(
  'letter_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The letter kind: a measure kind that comes with a letter (letters/content.ts). */
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('letter_templates_kind_version_idx').on(t.kind, t.version)],
);

/**
 * A letter generated for a measure: the text exactly as sent (after the manager's edits) and the PDF itself with
 * its SHA-256, so what the client received can always be shown again, whatever the template says today.
 */
export const measureLetters = pgTable(
  'measure_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => clientMeasures.id),
    kind: text('kind').notNull(),
    /** The template version the text started from (0: the built-in text). */
    templateVersion: integer('template_version').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    pdf: bytea('pdf').notNull(),
    generatedBy: uuid('generated_by')
      .notNull()
      .references(() => users.id),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measure_letters_measure_idx').on(t.measureId, t.generatedAt)],
);

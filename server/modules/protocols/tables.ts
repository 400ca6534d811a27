import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.js';

/**
 * Versions of the organisation's protocol. At most one draft; published versions are immutable (a trigger refuses
 * changing or deleting them) because handlings keep the version they started with.
 */
export const protocolVersions = pgTable(
  'protocol_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 1, 2, 3… for published versions; null while a draft. */
    version: integer('version'),
    status: text('status').notNull(),
    content: jsonb('content').notNull(),
    basedOnVersion: integer('based_on_version'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('protocol_versions_version_unique').on(t.version),
    uniqueIndex('protocol_versions_one_draft').on(t.status).where(sql`${t.status} = 'draft'`),
  ],
);

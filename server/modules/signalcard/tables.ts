import { integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.js';

/** The organisation's one signal card (its own part; the rest comes from the protocol). Row id is always 1. */
export const signalCards = pgTable('signal_cards', {
  id: integer('id').primaryKey().default(1),
  content: jsonb('content').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

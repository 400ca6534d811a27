import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { handlings } from '../handlings/tables.js';
import { users } from '../users/tables.js';

/**
 * A client of the organisation who was involved in an incident or a live handling. Only what is needed to
 * recognise the client again (AVG: register what is needed, no more).
 */
export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The organisation's own client (or tenant) number; optional, unique when present. */
    clientNumber: text('client_number'),
    phone: text('phone').notNull().default(''),
    /** Digits only, so "06-12 34 56 78" and "0612345678" find the same client. */
    phoneDigits: text('phone_digits').notNull().default(''),
    address: text('address').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('clients_name_idx').on(sql`lower(${t.name})`),
    index('clients_number_idx').on(sql`lower(${t.clientNumber})`),
    index('clients_phone_idx').on(t.phoneDigits),
  ],
);

/**
 * Which client a live handling is about. A table of its own (not a column of handlings) so that linking,
 * changing and unlinking is one row, and the handlings module stays unaware of clients.
 */
export const handlingClients = pgTable('handling_clients', {
  handlingId: uuid('handling_id')
    .primaryKey()
    .references(() => handlings.id),
  clientId: uuid('client_id')
    .notNull()
    .references(() => clients.id),
  linkedBy: uuid('linked_by')
    .notNull()
    .references(() => users.id),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
});

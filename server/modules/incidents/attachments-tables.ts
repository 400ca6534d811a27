import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.js';
import { incidents } from './tables.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Evidence attached to a report (photos, e-mails, PDFs). Stored in the database, not in DATA_DIR: several
 * processes may share one PostgreSQL, and a backup of the database is then a backup of the evidence too.
 */
export const incidentAttachments = pgTable(
  'incident_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    fileName: text('file_name').notNull(),
    /** The type recognised from the file's first bytes, never the type the browser claimed. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** SHA-256 of the bytes, hex: shows the evidence was not changed since it was uploaded. */
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('incident_attachments_incident_idx').on(t.incidentId)],
);

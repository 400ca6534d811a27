import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/tables.js';
import { incidents } from '../incidents/tables.js';
import { users } from '../users/tables.js';

/** Kind-specific details of a measure: the contact restriction's kind, the offices of a ban, the amount claimed. */
export interface MeasureDetails {
  restriction?: string;
  contactName?: string;
  officeIds?: string[];
  amount?: string;
  onBehalfOfEmployer?: boolean;
  /** Police report under the national agreements for employees with a public task (ELA / VPT). */
  byEmployee?: boolean;
  vpt?: boolean;
  /** The employer's address given as the employee's domicile, so the offender does not learn where they live. */
  employerAddress?: boolean;
  policeReference?: string;
  reportedOn?: string;
  /** The employer joins the criminal case to recover damages (voeging benadeelde partij). */
  joinCriminalCase?: boolean;
}

/**
 * A measure on a client (warning, card, contact restriction, access ban, aangifte, civil-law letter, or the
 * decision to take none). Whether it is active is computed from its dates when asked, never by a job that could
 * be missed: a measure ends on its end date by itself.
 */
export const clientMeasures = pgTable(
  'client_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null only for "no measure" on an unknown client: the decision is still recorded with the case. */
    clientId: uuid('client_id').references(() => clients.id),
    incidentId: uuid('incident_id').references(() => incidents.id),
    kind: text('kind').notNull(),
    details: jsonb('details').$type<MeasureDetails>().notNull().default({}),
    reason: text('reason').notNull(),
    /** 'pending_approval' (heavy measures wait for the director), 'decided', or 'rejected'. */
    status: text('status').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    reviewOn: date('review_on'),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvalNote: text('approval_note').notNull().default(''),
    /** Set when a review ends the measure before its end date. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('client_measures_client_idx').on(t.clientId),
    index('client_measures_incident_idx').on(t.incidentId),
    index('client_measures_status_idx').on(t.status),
  ],
);

import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.js';

/** What an erasure or a retention run changed, per kind of record: counts only, never the erased text. */
export type ErasureOutcome = Record<string, number>;

/**
 * A request under the AVG (GDPR) about one client or one employee: access (art. 15) or erasure (art. 17). Kept as
 * the record that the organisation answered it, also after the person's data has been anonymised.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** Who asked: the person themself, a lawyer, a guardian (as text, the way the request came in). */
    requestedBy: text('requested_by').notNull(),
    receivedOn: date('received_on').notNull(),
    legalGround: text('legal_ground').notNull(),
    /** open → completed (answered, or erased) or refused (with the reason in decisionNote). */
    status: text('status').notNull().default('open'),
    decisionNote: text('decision_note').notNull().default(''),
    outcome: jsonb('outcome').$type<ErasureOutcome>(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('privacy_requests_subject_idx').on(t.subjectType, t.subjectId),
    check('privacy_requests_kind_check', sql`${t.kind} in ('access', 'erasure')`),
    check('privacy_requests_subject_check', sql`${t.subjectType} in ('client', 'employee')`),
    check('privacy_requests_status_check', sql`${t.status} in ('open', 'completed', 'refused')`),
  ],
);

/**
 * Everyone and everything that has been anonymised, and why (a request or a retention run): the proof, and the
 * reason the retention job never does the same record twice.
 */
export const anonymisations = pgTable(
  'anonymisations',
  {
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }).notNull().defaultNow(),
    requestId: uuid('request_id').references(() => privacyRequests.id),
    retentionRunId: uuid('retention_run_id'),
  },
  (t) => [
    primaryKey({ columns: [t.subjectType, t.subjectId] }),
    check('anonymisations_subject_check', sql`${t.subjectType} in ('client', 'employee', 'incident')`),
  ],
);

/** How long personal data is kept (one row for the organisation). */
export const retentionSettings = pgTable('retention_settings', {
  id: integer('id').primaryKey().default(1),
  /** Incidents older than this (by when they happened) lose their free text and the client's details. */
  incidentYears: integer('incident_years').notNull().default(5),
  /** A client's record is kept this long after their last measure ended. */
  measureGraceMonths: integer('measure_grace_months').notNull().default(12),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One run of the retention job: when, with which limits, and exactly which records it anonymised. */
export const retentionRuns = pgTable('retention_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** 'schedule' (the daily job) or 'manual' (the button). */
  trigger: text('trigger').notNull(),
  /** The Dutch calendar day of a scheduled run: unique, so of several processes only one runs each day. */
  runDay: date('run_day').unique(),
  actorLabel: text('actor_label').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  incidentCutoff: timestamp('incident_cutoff', { withTimezone: true }).notNull(),
  measureCutoff: date('measure_cutoff').notNull(),
  incidentIds: jsonb('incident_ids').$type<string[]>().notNull().default([]),
  clientIds: jsonb('client_ids').$type<string[]>().notNull().default([]),
  outcome: jsonb('outcome').$type<ErasureOutcome>().notNull().default({}),
});

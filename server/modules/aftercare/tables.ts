import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { incidents } from '../incidents/tables.js';
import { departments } from '../org/tables.js';
import { users } from '../users/tables.js';

/** One moment of the aftercare schedule, in Dutch calendar days after the day of the incident. */
export interface AftercareMoment {
  /** The first day the conversation makes sense (0: the day itself). */
  fromDay: number;
  /** The last day it is on time; after it the check-in is overdue. */
  dueDay: number;
}

/**
 * The organisation's aftercare schedule (one row, id 1). Without a row the default applies: first conversation
 * within 72 hours, then after about 2 weeks and after 6–8 weeks (Veilige Publieke Dienstverlening).
 */
export const aftercareSettings = pgTable('aftercare_settings', {
  id: integer('id').primaryKey().default(1),
  schedule: jsonb('schedule').$type<AftercareMoment[]>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An aftercare check-in: a conversation the manager holds with one person after an incident, planned by the
 * schedule ('scheduled') or asked for by the person at any time ('requested'). The person answers it themself
 * (what they need now, how they are, referrals); the manager records the conversation held. The answers are
 * sensitive: only the person, the managers of their department (or the safety officer when the report was routed
 * there) and, for the referrals the person asked for, HR see them.
 */
export const aftercareCheckins = pgTable(
  'aftercare_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => users.id),
    /** How the person was part of the incident: 'employee' (it happened to them), 'involved' or 'witness'. */
    personRole: text('person_role').notNull(),
    /** The person's department when the check-in was made: its managers hold the conversation. */
    departmentId: uuid('department_id').references(() => departments.id),
    /** 'manager', or 'safety_officer' when the reporter did not feel safe with their manager. */
    caretaker: text('caretaker').notNull(),
    kind: text('kind').notNull(),
    /** 1, 2, 3… within the schedule; null for a conversation asked for. */
    sequence: smallint('sequence'),
    opensOn: date('opens_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** The person's answers. */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    needs: text('needs').notNull().default(''),
    wellbeing: smallint('wellbeing'),
    referrals: jsonb('referrals').$type<string[]>().notNull().default([]),
    /** The conversation held, recorded by the manager. */
    heldOn: date('held_on'),
    notes: text('notes').notNull().default(''),
    agreements: text('agreements').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    /** HR marks a referral as arranged. */
    referralHandledAt: timestamp('referral_handled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('aftercare_checkins_incident_idx').on(t.incidentId),
    index('aftercare_checkins_person_idx').on(t.personId),
    index('aftercare_checkins_department_idx').on(t.departmentId, t.dueOn),
  ],
);

/** Sickness absence of one person because of an incident, for the absence figures and the Arbo art. 9 register. */
export const aftercareAbsences = pgTable(
  'aftercare_absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => users.id),
    startOn: date('start_on').notNull(),
    /** Null when only the number of days is known. */
    endOn: date('end_on'),
    days: smallint('days').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('aftercare_absences_incident_idx').on(t.incidentId)],
);

/** The debrief (nabespreking, seed 000) the manager holds with the team: one per incident, kept up to date. */
export const incidentDebriefs = pgTable('incident_debriefs', {
  incidentId: uuid('incident_id')
    .primaryKey()
    .references(() => incidents.id),
  heldOn: date('held_on').notNull(),
  participants: text('participants').notNull().default(''),
  wentWell: text('went_well').notNull().default(''),
  couldBeSharper: text('could_be_sharper').notNull().default(''),
  triggers: text('triggers').notNull().default(''),
  recordedBy: uuid('recorded_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The evaluation (seed 004): did we act in line with the protocol, and does the protocol need tightening? */
export const incidentEvaluations = pgTable('incident_evaluations', {
  incidentId: uuid('incident_id')
    .primaryKey()
    .references(() => incidents.id),
  /** 'yes', 'partly' or 'no'. */
  protocolFollowed: text('protocol_followed').notNull(),
  explanation: text('explanation').notNull().default(''),
  needsTightening: boolean('needs_tightening').notNull(),
  evaluatedBy: uuid('evaluated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A proposal to tighten the protocol, from an evaluation. The safety officer works through the list:
 * new → under_consideration → adopted (in protocol version X) or rejected (with a reason).
 */
export const protocolProposals = pgTable(
  'protocol_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    proposal: text('proposal').notNull(),
    status: text('status').notNull().default('new'),
    adoptedInVersion: integer('adopted_in_version'),
    rejectionReason: text('rejection_reason').notNull().default(''),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('protocol_proposals_status_idx').on(t.status, t.createdAt)],
);

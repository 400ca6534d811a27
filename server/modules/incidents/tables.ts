import { boolean, date, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { alarms } from '../alarms/tables.js';
import { clients } from '../clients/tables.js';
import { handlings } from '../handlings/tables.js';
import { departments, offices } from '../org/tables.js';
import { users } from '../users/tables.js';

/** A person involved in or witnessing an incident: a colleague (with account) or just a name. */
export interface IncidentPerson {
  name: string;
  userId: string | null;
}

/**
 * An incident report (melding) and, once submitted, the case (casus) the manager follows up. A draft is the
 * reporter's alone; it is saved as they type, so nothing is lost on a reload or a dead battery.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'draft' while the reporter writes it; 'submitted' once sent. */
    status: text('status').notNull().default('draft'),
    /** Who wrote it: the employee themself, or a colleague or manager on their behalf. */
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => users.id),
    /** The employee it happened to. */
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => users.id),
    /** The employee's department when reported: it decides which manager follows up. */
    departmentId: uuid('department_id').references(() => departments.id),
    /** 'manager' (the department's) or 'safety_officer' when the reporter does not feel safe with their manager. */
    routeTo: text('route_to').notNull().default('manager'),
    handlingId: uuid('handling_id').references(() => handlings.id),
    /** The silent alarm this report was started from (its timeline prefilled the facts). */
    alarmId: uuid('alarm_id').references(() => alarms.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }),
    locationKind: text('location_kind'),
    officeId: uuid('office_id').references(() => offices.id),
    locationDetail: text('location_detail').notNull().default(''),
    channel: text('channel'),
    forms: jsonb('forms').$type<string[]>().notNull().default([]),
    /** Instrumental (pressure to get something) or emotional (frustration boiling over). */
    nature: text('nature'),
    phase: smallint('phase'),
    clientId: uuid('client_id').references(() => clients.id),
    clientDescription: text('client_description').notNull().default(''),
    involved: jsonb('involved').$type<IncidentPerson[]>().notNull().default([]),
    witnesses: jsonb('witnesses').$type<IncidentPerson[]>().notNull().default([]),
    /** What happened, as facts; literal quotes are kept apart (seed 000). */
    facts: text('facts').notNull().default(''),
    quotes: text('quotes').notNull().default(''),
    injury: boolean('injury').notNull().default(false),
    damage: boolean('damage').notNull().default(false),
    policeInvolved: boolean('police_involved').notNull().default(false),
    sickLeave: boolean('sick_leave').notNull().default(false),
    emotionalImpact: smallint('emotional_impact'),
    consequences: text('consequences').notNull().default(''),
    wantsAftercare: boolean('wants_aftercare').notNull().default(false),
    /** Arbowet art. 9: serious consequences the labour inspectorate must hear about at once. */
    hospitalAdmission: boolean('hospital_admission').notNull().default(false),
    /** Permanent injury, lasting psychological harm included. */
    permanentInjury: boolean('permanent_injury').notNull().default(false),
    death: boolean('death').notNull().default(false),
    /** Days of absence because of the incident; more than 3 puts it on the Arbo register. */
    absenceDays: smallint('absence_days'),
    inspectorateReportedOn: date('inspectorate_reported_on'),
    /** The case: new → in_progress → measures_decided → closed → archived; null while a draft. */
    caseStatus: text('case_status'),
    /** What the reporter is told was done: no confidential details. */
    feedback: text('feedback').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    index('incidents_reporter_idx').on(t.reportedBy, t.status),
    index('incidents_employee_idx').on(t.employeeId),
    index('incidents_department_idx').on(t.departmentId, t.occurredAt),
    index('incidents_client_idx').on(t.clientId),
    index('incidents_occurred_idx').on(t.occurredAt),
    index('incidents_handling_idx').on(t.handlingId),
  ],
);

/** The ordegesprek: a conversation with the client, the employee and the manager about the behaviour. */
export const ordegesprekken = pgTable(
  'ordegesprekken',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    plannedAt: timestamp('planned_at', { withTimezone: true }).notNull(),
    participants: text('participants').notNull().default(''),
    location: text('location').notNull().default(''),
    heldAt: timestamp('held_at', { withTimezone: true }),
    outcome: text('outcome').notNull().default(''),
    agreements: text('agreements').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ordegesprekken_incident_idx').on(t.incidentId)],
);

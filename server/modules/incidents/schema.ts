import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { ZMeasureSummary } from '../clients/schema.js';
import { CHANNELS } from '../protocols/content.js';
import { CASE_STATUSES, FORMS, LOCATION_KINDS, NATURES, ROUTES } from './vocabulary.js';

/** A moment with its offset ("2026-03-02T09:15:00+01:00"); no moment in the future (beyond clock skew). */
const moment = z.iso.datetime({ offset: true }).refine((value) => Date.parse(value) <= Date.now() + 5 * 60_000, {
  message: 'Dit moment ligt in de toekomst / This moment is in the future',
});

const person = z.strictObject({ name: text({ min: 1, max: 200 }), userId: z.uuid().nullable().default(null) });

/** Every field of the report, each optional: the form saves whatever has been typed so far. */
export const ZIncidentFields = z.strictObject({
  occurredAt: moment.nullable(),
  locationKind: z.enum(LOCATION_KINDS).nullable(),
  officeId: z.uuid().nullable(),
  locationDetail: text({ max: 300 }),
  channel: z.enum(CHANNELS).nullable(),
  forms: z.array(z.enum(FORMS)).max(FORMS.length),
  nature: z.enum(NATURES).nullable(),
  phase: z.number().int().min(1).max(4).nullable(),
  clientId: z.uuid().nullable(),
  clientDescription: text({ max: 1000 }),
  involved: z.array(person).max(20),
  witnesses: z.array(person).max(20),
  facts: text({ max: 10_000 }),
  quotes: text({ max: 5000 }),
  injury: z.boolean(),
  damage: z.boolean(),
  policeInvolved: z.boolean(),
  sickLeave: z.boolean(),
  emotionalImpact: z.number().int().min(1).max(5).nullable(),
  consequences: text({ max: 4000 }),
  wantsAftercare: z.boolean(),
  routeTo: z.enum(ROUTES),
  hospitalAdmission: z.boolean(),
  permanentInjury: z.boolean(),
  death: z.boolean(),
  absenceDays: z.number().int().min(0).max(1000).nullable(),
});
export const ZUpdateIncidentRequest = z.strictObject({
  ...ZIncidentFields.partial().shape,
  /** While a draft: whom the report is about (oneself, or a colleague it is written for). */
  employeeId: z.uuid().optional(),
});
export type TUpdateIncidentRequest = z.infer<typeof ZUpdateIncidentRequest>;

export const ZCreateIncidentRequest = z.strictObject({
  /** Reporting on behalf of a colleague: the employee it happened to. */
  employeeId: z.uuid().optional(),
  ...ZIncidentFields.partial().shape,
});
export type TCreateIncidentRequest = z.infer<typeof ZCreateIncidentRequest>;

export const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZCaseTask = z.object({
  id: z.string(),
  kind: z.string(),
  assignee: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  status: z.enum(['open', 'done']),
  doneAt: z.string().nullable(),
});

export const ZOrdegesprek = z.object({
  id: z.string(),
  plannedAt: z.string(),
  participants: z.string(),
  location: z.string(),
  heldAt: z.string().nullable(),
  outcome: z.string(),
  agreements: z.string(),
});

export const ZIncident = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  caseStatus: z.enum(CASE_STATUSES).nullable(),
  reportedBy: ZPerson,
  employee: ZPerson,
  departmentName: z.string().nullable(),
  handlingId: z.string().nullable(),
  occurredAt: z.string().nullable(),
  locationKind: z.enum(LOCATION_KINDS).nullable(),
  officeId: z.string().nullable(),
  officeName: z.string().nullable(),
  locationDetail: z.string(),
  channel: z.enum(CHANNELS).nullable(),
  forms: z.array(z.enum(FORMS)),
  nature: z.enum(NATURES).nullable(),
  phase: z.number().nullable(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  clientDescription: z.string(),
  involved: z.array(z.object({ name: z.string(), userId: z.string().nullable() })),
  witnesses: z.array(z.object({ name: z.string(), userId: z.string().nullable() })),
  facts: z.string(),
  quotes: z.string(),
  injury: z.boolean(),
  damage: z.boolean(),
  policeInvolved: z.boolean(),
  sickLeave: z.boolean(),
  emotionalImpact: z.number().nullable(),
  consequences: z.string(),
  wantsAftercare: z.boolean(),
  routeTo: z.enum(ROUTES),
  hospitalAdmission: z.boolean(),
  permanentInjury: z.boolean(),
  death: z.boolean(),
  absenceDays: z.number().nullable(),
  /** Arbowet art. 9: when the labour inspectorate was told (null: not yet, or not needed). */
  inspectorateReportedOn: z.string().nullable(),
  feedback: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  /** What the viewer may do: complete the report, follow up the case. */
  canEdit: z.boolean(),
  canFollowUp: z.boolean(),
  /** Whoever follows the case may download its dossier, also once archived (read-only). */
  canDownloadDossier: z.boolean(),
  /** The case part: only for whoever follows up (manager of the department, or the safety officer). */
  tasks: z.array(ZCaseTask),
  ordegesprekken: z.array(ZOrdegesprek),
  measures: z.array(ZMeasureSummary),
  /** Evidence: photos, e-mails, PDFs, each with its SHA-256. */
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      contentType: z.string(),
      size: z.number(),
      sha256: z.string(),
      uploadedAt: z.string(),
      uploadedBy: z.string(),
    }),
  ),
  /** What the report still misses before it can be sent. */
  missing: z.array(z.string()),
});
export type TIncident = z.infer<typeof ZIncident>;

/** "Mijn meldingen": the status of one's own reports and what was done, without confidential details. */
export const ZMyIncident = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  caseStatus: z.enum(CASE_STATUSES).nullable(),
  occurredAt: z.string().nullable(),
  channel: z.string().nullable(),
  forms: z.array(z.string()),
  employeeName: z.string(),
  reportedByMe: z.boolean(),
  routeTo: z.enum(ROUTES),
  updatedAt: z.string(),
  feedback: z.string(),
  /** What was done, by kind only: an ordegesprek held or planned, measure kinds decided. */
  ordegesprekPlanned: z.boolean(),
  ordegesprekHeld: z.boolean(),
  measureKinds: z.array(z.string()),
});
export type TMyIncident = z.infer<typeof ZMyIncident>;

export const ZIncidentListQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  officeId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  form: z.enum(FORMS).optional(),
  channel: z.enum(CHANNELS).optional(),
  phase: z.coerce.number().int().min(1).max(4).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  q: text({ max: 100 }).optional(),
});
export type TIncidentListQuery = z.infer<typeof ZIncidentListQuery>;

export const ZIncidentListItem = z.object({
  id: z.string(),
  occurredAt: z.string().nullable(),
  caseStatus: z.enum(CASE_STATUSES).nullable(),
  employeeName: z.string(),
  departmentName: z.string().nullable(),
  officeName: z.string().nullable(),
  channel: z.string().nullable(),
  forms: z.array(z.string()),
  phase: z.number().nullable(),
  clientName: z.string().nullable(),
  routeTo: z.enum(ROUTES),
  overdueTasks: z.number(),
});
export type TIncidentListItem = z.infer<typeof ZIncidentListItem>;

export const ZCaseStatusRequest = z.strictObject({ status: z.enum(CASE_STATUSES) });
export const ZFeedbackRequest = z.strictObject({ feedback: text({ max: 2000 }) });

export const ZPlanOrdegesprekRequest = z.strictObject({
  plannedAt: z.iso.datetime({ offset: true }),
  participants: text({ min: 1, max: 500 }),
  location: text({ max: 300 }).default(''),
});
export const ZOrdegesprekOutcomeRequest = z.strictObject({
  heldAt: moment,
  outcome: text({ min: 1, max: 4000 }),
  agreements: text({ max: 4000 }).default(''),
});

export const ZInspectorateRequest = z.strictObject({ reportedOn: z.iso.date() });

/** The Arbo register: incidents reported to the labour inspectorate, and incidents with more than 3 days' absence. */
export const ZArboRegisterItem = z.object({
  id: z.string(),
  occurredAt: z.string().nullable(),
  employeeName: z.string(),
  departmentName: z.string().nullable(),
  serious: z.boolean(),
  absenceDays: z.number().nullable(),
  inspectorateReportedOn: z.string().nullable(),
});
export type TArboRegisterItem = z.infer<typeof ZArboRegisterItem>;

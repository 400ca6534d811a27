import { z } from 'zod';
import { text } from '../../http/schemas.js';

export const PRIVACY_KINDS = ['access', 'erasure'] as const;
export const SUBJECT_TYPES = ['client', 'employee'] as const;
export const REQUEST_STATUSES = ['open', 'completed', 'refused'] as const;

const isoDate = z.iso.date();

export const ZCreatePrivacyRequest = z.strictObject({
  kind: z.enum(PRIVACY_KINDS),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.uuid(),
  requestedBy: text({ min: 1, max: 300 }),
  receivedOn: isoDate,
  legalGround: text({ min: 1, max: 500 }),
});
export type TCreatePrivacyRequest = z.infer<typeof ZCreatePrivacyRequest>;

export const ZClosePrivacyRequest = z.strictObject({
  status: z.enum(['completed', 'refused']),
  note: text({ max: 2000 }),
});

export const ZPrivacyRequest = z.object({
  id: z.string(),
  kind: z.enum(PRIVACY_KINDS),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string(),
  /** The person's name now (after an erasure: the placeholder). */
  subjectName: z.string(),
  requestedBy: z.string(),
  receivedOn: z.string(),
  legalGround: z.string(),
  status: z.enum(REQUEST_STATUSES),
  decisionNote: z.string(),
  outcome: z.record(z.string(), z.number()).nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  anonymisedAt: z.string().nullable(),
});
export type TPrivacyRequest = z.infer<typeof ZPrivacyRequest>;

export const ZSubjectQuery = z.strictObject({
  type: z.enum(SUBJECT_TYPES),
  q: text({ min: 2, max: 100 }),
});
export const ZSubject = z.object({ id: z.string(), name: z.string(), detail: z.string() });

export const ZRetentionSettings = z.object({
  incidentYears: z.number().int(),
  measureGraceMonths: z.number().int(),
});
export const ZUpdateRetentionSettings = z.strictObject({
  incidentYears: z.number().int().min(1).max(30),
  measureGraceMonths: z.number().int().min(0).max(120),
});

export const ZRetentionRun = z.object({
  id: z.string(),
  trigger: z.enum(['schedule', 'manual']),
  actor: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  incidentCutoff: z.string(),
  measureCutoff: z.string(),
  incidentIds: z.array(z.string()),
  clientIds: z.array(z.string()),
  outcome: z.record(z.string(), z.number()),
});
export type TRetentionRun = z.infer<typeof ZRetentionRun>;

export const ZRetentionOverview = z.object({ settings: ZRetentionSettings, runs: z.array(ZRetentionRun) });

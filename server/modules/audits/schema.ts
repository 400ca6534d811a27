import { z } from 'zod';
import { text } from '../../http/schemas.js';

/** The checklist of the audit form (seed 000, month 3). */
export const CRITERIA = ['factsNotOpinions', 'followUpOnTime', 'measuresRecorded', 'aftercareDone'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const SCORES = ['yes', 'no', 'na'] as const;
export const MAX_SAMPLE = 50;

export const ZStartAuditRequest = z.strictObject({
  departmentId: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
  sampleSize: z.number().int().min(1).max(MAX_SAMPLE),
});
export type TStartAuditRequest = z.infer<typeof ZStartAuditRequest>;

const ZScore = z.enum(SCORES);
export const ZScoreRequest = z.strictObject({
  factsNotOpinions: ZScore,
  followUpOnTime: ZScore,
  measuresRecorded: ZScore,
  aftercareDone: ZScore,
  note: text({ max: 2000 }),
});
export type TScoreRequest = z.infer<typeof ZScoreRequest>;

export const ZFinishAuditRequest = z.strictObject({ conclusion: text({ max: 4000 }) });

export const ZSampleParams = z.strictObject({ id: z.uuid(), incidentId: z.uuid() });

export const ZAuditSummary = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  sampleSize: z.number().int(),
  sampled: z.number().int(),
  scored: z.number().int(),
  status: z.enum(['open', 'finished']),
  createdByName: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TAuditSummary = z.infer<typeof ZAuditSummary>;

const ZScoreOrNull = ZScore.nullable();

export const ZAuditSample = z.object({
  incidentId: z.string(),
  position: z.number().int(),
  occurredAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  channel: z.string().nullable(),
  forms: z.array(z.string()),
  facts: z.string(),
  quotes: z.string(),
  wantsAftercare: z.boolean(),
  /** The language assistant's first reading of the facts: judging words and what to write instead. */
  findings: z.array(z.object({ text: z.string(), reason: z.string(), suggestion: z.string() })),
  /** What the case's own records say, as a suggestion; the auditor decides. */
  followUp: z.object({ tasks: z.number().int(), late: z.number().int(), open: z.number().int() }),
  measures: z.number().int(),
  suggested: z.object({ followUpOnTime: ZScoreOrNull, measuresRecorded: ZScoreOrNull }),
  scores: z.object({
    factsNotOpinions: ZScoreOrNull,
    followUpOnTime: ZScoreOrNull,
    measuresRecorded: ZScoreOrNull,
    aftercareDone: ZScoreOrNull,
  }),
  note: z.string(),
  scoredAt: z.string().nullable(),
});
export type TAuditSample = z.infer<typeof ZAuditSample>;

export const ZAudit = ZAuditSummary.extend({
  conclusion: z.string(),
  seed: z.string(),
  samples: z.array(ZAuditSample),
});
export type TAudit = z.infer<typeof ZAudit>;

export const ZAuditList = z.object({ audits: z.array(ZAuditSummary) });

export const ZAuditOptions = z.object({
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
});

const ZCriterionResult = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  na: z.number().int(),
  /** Share of "yes" among the reports it applies to; null when it applied to none. */
  percent: z.number().int().nullable(),
});

export const ZAuditResult = z.object({
  auditId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  finishedAt: z.string(),
  sampled: z.number().int(),
  criteria: z.object({
    factsNotOpinions: ZCriterionResult,
    followUpOnTime: ZCriterionResult,
    measuresRecorded: ZCriterionResult,
    aftercareDone: ZCriterionResult,
  }),
  /** All "yes" over all applicable points of the audit. */
  percent: z.number().int().nullable(),
});
export type TAuditResult = z.infer<typeof ZAuditResult>;

export const ZAuditResults = z.object({ from: z.string(), to: z.string(), results: z.array(ZAuditResult) });
export type TAuditResults = z.infer<typeof ZAuditResults>;

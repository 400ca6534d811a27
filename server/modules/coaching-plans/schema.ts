import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { ZText } from '../protocols/content.js';

export const STAGES = ['micro_exercise', 'duo_coaching', 'repetition', 'audit'] as const;
export const SCRIPT_PARTS = ['acknowledge', 'goal', 'boundary', 'choice'] as const;

export const ZStartPlanRequest = z.strictObject({
  teamId: z.uuid(),
  /** Day 1; today when left out. */
  startDate: z.iso.date().optional(),
  /** The classroom session this plan follows up. */
  sessionId: z.uuid().optional(),
});
export type TStartPlanRequest = z.infer<typeof ZStartPlanRequest>;

/** The duo's short observation form (weeks 3–4): what was seen on the floor, in facts. */
export const ZObservation = z.strictObject({
  observedOn: z.iso.date(),
  situation: text({ min: 1, max: 2000 }),
  scriptParts: z.array(z.enum(SCRIPT_PARTS)).max(SCRIPT_PARTS.length),
  wentWell: text({ max: 2000 }),
  toSharpen: text({ max: 2000 }),
});
export type TObservation = z.infer<typeof ZObservation>;

export const ZTickRequest = z.strictObject({
  note: text({ max: 2000 }),
  /** Required for duo coaching; refused for other items. */
  observation: ZObservation.optional(),
});
export type TTickRequest = z.infer<typeof ZTickRequest>;

export const ZReplanRequest = z.strictObject({
  dueDate: z.iso.date(),
  note: text({ min: 1, max: 2000 }),
});
export type TReplanRequest = z.infer<typeof ZReplanRequest>;

const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZPlanItem = z.object({
  id: z.string(),
  planId: z.string(),
  stage: z.enum(STAGES),
  position: z.number().int(),
  dueDate: z.string(),
  owner: ZPerson,
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  note: z.string(),
  observation: ZObservation.nullable(),
  overdue: z.boolean(),
  auditId: z.string().nullable(),
  /** Read from the current protocol and the scenario library when shown, never copied into the plan. */
  sentences: z.array(z.object({ situation: ZText, sentence: ZText })),
  scenarios: z.array(z.object({ id: z.string(), title: ZText, level: z.string(), channel: z.string() })),
  pair: z.array(ZPerson),
  /** Whether the signed-in user may tick or re-plan it (owner, the team's manager, the safety officer). */
  mayWork: z.boolean(),
});
export type TPlanItem = z.infer<typeof ZPlanItem>;

export const ZPlanSummary = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  sessionTitle: z.string().nullable(),
  createdAt: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  nextDue: z.string().nullable(),
  stages: z.array(z.object({ stage: z.enum(STAGES), total: z.number().int(), done: z.number().int() })),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;

export const ZPlan = ZPlanSummary.extend({ items: z.array(ZPlanItem) });
export type TPlan = z.infer<typeof ZPlan>;

export const ZPlanList = z.object({ plans: z.array(ZPlanSummary) });

/** What the "start a plan" form offers: the teams the user may start one for, and recent classroom sessions. */
export const ZPlanOptions = z.object({
  teams: z.array(z.object({ id: z.string(), name: z.string(), departmentName: z.string(), running: z.boolean() })),
  sessions: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string() })),
});
export type TPlanOptions = z.infer<typeof ZPlanOptions>;

/** The signed-in person's own open items, across plans. */
export const ZMyItems = z.object({
  items: z.array(ZPlanItem.extend({ teamName: z.string() })),
});
export type TMyItems = z.infer<typeof ZMyItems>;

/** For the home screen: the owner's items past their due date. */
export const ZOverdueItem = z.object({
  id: z.string(),
  planId: z.string(),
  stage: z.enum(STAGES),
  teamName: z.string(),
  dueDate: z.string(),
});
export type TOverdueItem = z.infer<typeof ZOverdueItem>;

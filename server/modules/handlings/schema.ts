import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { CHANNELS, PROCEDURE_KEYS, ZPhaseGuidance, ZProcedure, ZProtocolContent } from '../protocols/content.js';

export const ZStartHandlingRequest = z.strictObject({
  procedure: z.enum(PROCEDURE_KEYS),
  channel: z.enum(CHANNELS).optional(),
});

export const ZStepRequest = z.strictObject({
  /** The step the employee sees; a stale screen (another device moved on) gets a 409 instead of a wrong step. */
  stepId: z.string().min(1).max(40),
  outcome: z.enum(['done', 'not_applicable', 'skipped']),
  branch: z.number().int().min(0).max(10).optional(),
  reason: text({ max: 500 }).optional(),
});

export const ZPhaseRequest = z.strictObject({
  phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});
export const ZHandoverRequest = z.strictObject({ toUserId: z.uuid() });
export const ZCloseRequest = z.strictObject({ summary: text({ max: 4000 }).default('') });

export const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZHandlingEvent = z.object({
  at: z.string(),
  type: z.string(),
  actor: ZPerson,
  stepId: z.string().nullable(),
  branch: z.number().nullable(),
  reason: z.string().nullable(),
  phase: z.number().nullable(),
  toUser: ZPerson.nullable(),
  alarmId: z.string().nullable(),
});

export const ZHandling = z.object({
  id: z.string(),
  status: z.enum(['active', 'closed']),
  protocolVersion: z.number(),
  procedure: ZProcedure,
  channel: z.string(),
  phase: z.number().nullable(),
  currentStepId: z.string(),
  startedAt: z.string(),
  closedAt: z.string().nullable(),
  summary: z.string(),
  startedBy: ZPerson,
  handler: ZPerson,
  /** Whether the viewer is the one handling it now (and so may record steps). */
  canAct: z.boolean(),
  events: z.array(ZHandlingEvent),
  guidance: z.object({
    phases: z.array(ZPhaseGuidance),
    script: ZProtocolContent.shape.script,
    route: ZProtocolContent.shape.route,
    /** The boundary sentences for this handling's channel, and those meant for every channel. */
    boundarySentences: ZProtocolContent.shape.boundarySentences,
    toleranceBoundary: ZProtocolContent.shape.toleranceBoundary,
    alarmNumber: z.string(),
    emergencyNumber: z.string(),
  }),
});
export type THandling = z.infer<typeof ZHandling>;

export const ZHandlingSummary = z.object({
  id: z.string(),
  status: z.enum(['active', 'closed']),
  procedureKey: z.string(),
  procedureTitle: ZProcedure.shape.title,
  startedAt: z.string(),
  startedBy: ZPerson,
  handler: ZPerson,
  phase: z.number().nullable(),
});
export type THandlingSummary = z.infer<typeof ZHandlingSummary>;

export const ZFollowUpTask = z.object({
  id: z.string(),
  kind: z.string(),
  handlingId: z.string().nullable(),
  /** The incident case the task belongs to, once the handling left a report. */
  incidentId: z.string().nullable(),
  /** Whether the case can be opened (the report was sent). */
  caseOpen: z.boolean(),
  employeeName: z.string().nullable(),
  procedureKey: z.string().nullable(),
  dueAt: z.string(),
  overdue: z.boolean(),
  status: z.enum(['open', 'done']),
});
export type TFollowUpTask = z.infer<typeof ZFollowUpTask>;

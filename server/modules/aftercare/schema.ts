import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { PERSON_ROLES, PROPOSAL_STATUSES, PROTOCOL_FOLLOWED, REFERRALS } from './schedule.js';

const day = z.iso.date();

export const ZScheduleMoment = z.strictObject({
  fromDay: z.number().int().min(0).max(365),
  dueDay: z.number().int().min(0).max(365),
});
export const ZAftercareSettings = z.object({
  schedule: z.array(z.object({ fromDay: z.number(), dueDay: z.number() })),
  isDefault: z.boolean(),
});
export type TAftercareSettings = z.infer<typeof ZAftercareSettings>;
export const ZUpdateSettingsRequest = z.strictObject({
  schedule: z
    .array(ZScheduleMoment)
    .min(1)
    .max(6)
    .refine((moments) => moments.every((moment) => moment.fromDay <= moment.dueDay), {
      message: 'Een moment begint niet na de uiterste dag / A moment cannot open after its due day',
    })
    .refine((moments) => moments.every((moment, i) => i === 0 || moment.dueDay > (moments[i - 1]?.dueDay ?? 0)), {
      message: 'De momenten volgen elkaar op / The moments must follow each other',
    }),
});
export type TUpdateSettingsRequest = z.infer<typeof ZUpdateSettingsRequest>;

export const ZAnswerRequest = z.strictObject({
  needs: text({ max: 4000 }),
  wellbeing: z.number().int().min(1).max(5),
  referrals: z.array(z.enum(REFERRALS)).max(REFERRALS.length),
});
export type TAnswerRequest = z.infer<typeof ZAnswerRequest>;

export const ZConversationRequest = z.strictObject({
  heldOn: day,
  notes: text({ max: 8000 }),
  agreements: text({ max: 4000 }),
});
export type TConversationRequest = z.infer<typeof ZConversationRequest>;

export const ZAskConversationRequest = z.strictObject({
  incidentId: z.uuid(),
  message: text({ max: 2000 }),
});
export type TAskConversationRequest = z.infer<typeof ZAskConversationRequest>;

export const ZAbsenceRequest = z.union([
  z.strictObject({ personId: z.uuid(), startOn: day, endOn: day }),
  z.strictObject({ personId: z.uuid(), startOn: day, days: z.number().int().min(1).max(365) }),
]);
export type TAbsenceRequest = z.infer<typeof ZAbsenceRequest>;

export const ZDebriefRequest = z.strictObject({
  heldOn: day,
  participants: text({ max: 1000 }),
  wentWell: text({ max: 4000 }),
  couldBeSharper: text({ max: 4000 }),
  triggers: text({ max: 4000 }),
});
export type TDebriefRequest = z.infer<typeof ZDebriefRequest>;

export const ZEvaluationRequest = z.strictObject({
  protocolFollowed: z.enum(PROTOCOL_FOLLOWED),
  explanation: text({ max: 4000 }),
  needsTightening: z.boolean(),
  /** New proposals to tighten the protocol; earlier ones stay on the safety officer's list. */
  proposals: z.array(text({ min: 3, max: 2000 })).max(10),
});
export type TEvaluationRequest = z.infer<typeof ZEvaluationRequest>;

export const ZProposalDecisionRequest = z.strictObject({
  status: z.enum(['under_consideration', 'adopted', 'rejected']),
  adoptedInVersion: z.number().int().min(1).max(100_000).optional(),
  rejectionReason: text({ max: 2000 }).optional(),
});
export type TProposalDecisionRequest = z.infer<typeof ZProposalDecisionRequest>;

const ZAnswer = z.object({
  answeredAt: z.string(),
  needs: z.string(),
  wellbeing: z.number().nullable(),
  referrals: z.array(z.enum(REFERRALS)),
});
const ZConversation = z.object({
  heldOn: z.string(),
  notes: z.string(),
  agreements: z.string(),
  recordedBy: z.string(),
});

/** A check-in as its person or its caretaker sees it; `answer` and `conversation` only for them. */
export const ZCheckin = z.object({
  id: z.string(),
  incidentId: z.string(),
  incidentOccurredAt: z.string().nullable(),
  person: z.object({ id: z.string(), name: z.string() }),
  personRole: z.enum(PERSON_ROLES),
  kind: z.enum(['scheduled', 'requested']),
  sequence: z.number().nullable(),
  opensOn: z.string(),
  dueOn: z.string(),
  /** open until the conversation was held; overdue when open past its due day. */
  status: z.enum(['upcoming', 'open', 'overdue', 'done']),
  answered: z.boolean(),
  /** Whether this user may see the answers and the conversation (the person and their caretaker). */
  private: z.boolean(),
  canAnswer: z.boolean(),
  canRecord: z.boolean(),
  answer: ZAnswer.nullable(),
  conversation: ZConversation.nullable(),
});
export type TCheckin = z.infer<typeof ZCheckin>;

export const ZAbsence = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  startOn: z.string(),
  endOn: z.string().nullable(),
  days: z.number(),
});
export type TAbsence = z.infer<typeof ZAbsence>;

export const ZDebrief = z.object({
  heldOn: z.string(),
  participants: z.string(),
  wentWell: z.string(),
  couldBeSharper: z.string(),
  triggers: z.string(),
  recordedBy: z.string(),
  updatedAt: z.string(),
});
export type TDebrief = z.infer<typeof ZDebrief>;

export const ZProposal = z.object({
  id: z.string(),
  incidentId: z.string(),
  incidentOccurredAt: z.string().nullable(),
  proposal: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  adoptedInVersion: z.number().nullable(),
  rejectionReason: z.string(),
  proposedBy: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type TProposal = z.infer<typeof ZProposal>;

export const ZEvaluation = z.object({
  protocolFollowed: z.enum(PROTOCOL_FOLLOWED),
  explanation: z.string(),
  needsTightening: z.boolean(),
  evaluatedBy: z.string(),
  updatedAt: z.string(),
});

/** The aftercare panel on the case. */
export const ZIncidentAftercare = z.object({
  incidentId: z.string(),
  checkins: z.array(ZCheckin),
  /** People an absence or check-in can be about: the employee, those involved and witnesses with an account. */
  people: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(PERSON_ROLES) })),
  absences: z.array(ZAbsence),
  /** The total recorded per person, the largest of which feeds the Arbo register. */
  absenceDays: z.number(),
  debrief: ZDebrief.nullable(),
  evaluation: ZEvaluation.nullable(),
  proposals: z.array(ZProposal),
});
export type TIncidentAftercare = z.infer<typeof ZIncidentAftercare>;

/** A referral an employee asked for, as HR sees it: who, what, and what they need; not how they feel. */
export const ZReferral = z.object({
  checkinId: z.string(),
  incidentId: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  departmentName: z.string().nullable(),
  referrals: z.array(z.enum(REFERRALS)),
  needs: z.string(),
  askedAt: z.string(),
  handledAt: z.string().nullable(),
});
export type TReferral = z.infer<typeof ZReferral>;

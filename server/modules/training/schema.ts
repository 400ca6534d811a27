import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { ZProtocolContent, ZText } from '../protocols/content.js';
import { REQUIREMENT_STATUSES, ZRequirement, ZRequirementList } from './requirements.js';
import { DECISIONS, LEVELS, OUTCOMES, TRAINING_CHANNELS, ZScenario } from './scenario.js';

export const ZStartAttemptRequest = z.strictObject({ scenarioId: z.string().trim().min(1).max(80) });

/** Either one of the options, or a typed sentence with the decision that goes with it. */
export const ZAnswerRequest = z.strictObject({
  /** The moment the trainee answers; a stale screen gets a 409 instead of an answer at the wrong moment. */
  nodeId: z.string().min(1).max(40),
  option: z.number().int().min(0).max(10).optional(),
  text: text({ min: 1, max: 600 }).optional(),
  decision: z.enum(DECISIONS).optional(),
});
export type TAnswerRequest = z.infer<typeof ZAnswerRequest>;

export const ZCheck = z.object({ rule: z.string(), passed: z.boolean(), explanation: ZText });
export const ZAnswerScore = z.object({
  points: z.number(),
  max: z.number(),
  good: z.boolean(),
  checks: z.array(ZCheck),
});

export const ZRecordedAnswer = z.object({
  nodeId: z.string(),
  phase: z.number(),
  client: ZText,
  source: z.enum(['option', 'text']),
  text: z.string(),
  decision: z.enum(DECISIONS),
  score: ZAnswerScore,
  /** The author's explanation of a chosen option. */
  feedback: ZText.nullable(),
});
export type TRecordedAnswer = z.infer<typeof ZRecordedAnswer>;

export const ZAttempt = z.object({
  id: z.string(),
  scenarioId: z.string(),
  title: ZText,
  channel: z.enum(TRAINING_CHANNELS),
  level: z.enum(LEVELS),
  situation: ZText,
  status: z.enum(['active', 'finished']),
  current: z.object({
    id: z.string(),
    phase: z.number(),
    client: ZText,
    options: z.array(z.object({ text: ZText, decision: z.enum(DECISIONS) })),
    freeText: z.boolean(),
    ending: z.object({ outcome: z.enum(OUTCOMES), debrief: ZText }).nullable(),
  }),
  answers: z.array(ZRecordedAnswer),
  points: z.number(),
  maxPoints: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The organisation's script and route, from the current protocol, as the reference beside the practice. */
  reference: z.object({
    script: ZProtocolContent.shape.script,
    route: ZProtocolContent.shape.route,
    phases: ZProtocolContent.shape.phases,
  }),
});
export type TAttempt = z.infer<typeof ZAttempt>;

export const ZScenarioSummary = z.object({
  id: z.string(),
  source: z.enum(['library', 'organisation']),
  title: ZText,
  channel: z.enum(TRAINING_CHANNELS),
  level: z.enum(LEVELS),
  situation: ZText,
  /** The user's own record with this scenario. */
  attempts: z.number(),
  completed: z.number(),
  bestPercent: z.number().nullable(),
  lastFinishedAt: z.string().nullable(),
});
export type TScenarioSummary = z.infer<typeof ZScenarioSummary>;

export const ZIssue = z.object({ code: z.string(), path: z.string(), message: z.string() });

export const ZCustomScenario = z.object({
  id: z.string(),
  status: z.enum(['draft', 'published']),
  content: ZScenario,
  issues: z.array(ZIssue),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type TCustomScenario = z.infer<typeof ZCustomScenario>;

export const ZSaveScenarioRequest = z.strictObject({ content: ZScenario });
export const ZPreviewResponse = z.object({ issues: z.array(ZIssue) });

/** A test play of the scenario in the editor: the answers so far, replayed from the start each time. */
export const ZTestPlayRequest = z.strictObject({
  content: ZScenario,
  answers: z.array(ZAnswerRequest.omit({ nodeId: true })).max(40),
});

export const ZSaveRequirementsRequest = z.strictObject({ requirements: ZRequirementList });

export const ZMemberRequirement = z.object({
  userId: z.string(),
  name: z.string(),
  departmentName: z.string().nullable(),
  requirement: ZRequirement,
  status: z.enum(REQUIREMENT_STATUSES),
  completedAt: z.string().nullable(),
  dueAt: z.string(),
  /** Scenarios that count, finished within the last interval. */
  recent: z.number(),
  /** Alarm drills of their office answered within the last interval. */
  recentDrills: z.number(),
});
export type TMemberRequirement = z.infer<typeof ZMemberRequirement>;

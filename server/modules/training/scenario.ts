import { z } from 'zod';
import { ZText } from '../protocols/content.js';

/**
 * A practice conversation (issue 9, seed 000/001): the client's lines, the trainee's options, and where each answer
 * leads: the conversation calms down or escalates. Pure Zod: the web client imports it for the player and the editor.
 */

/** The channels the trainer covers (seed 000: desk, telephone, home visit; issue 9: written). */
export const TRAINING_CHANNELS = ['telephone', 'desk', 'home_visit', 'written'] as const;
export type TrainingChannel = (typeof TRAINING_CHANNELS)[number];

/** Basic scenarios for weeks 1–4, harder ones for month 2 of the 90-day plan (seed 000). */
export const LEVELS = ['basic', 'month2'] as const;

/** Seed 000's script: erkenning → doel → grens → keuze, named as in the protocol content. */
export const SCRIPT_PARTS = ['acknowledge', 'goal', 'boundary', 'choice'] as const;
export type ScriptPart = (typeof SCRIPT_PARTS)[number];

/**
 * What the trainee decides with an answer. `continue`: keep talking. The others are the protocol's decisions: warn
 * the client, end the contact (end the call, the conversation or the visit; close the correspondence), hand over
 * to a colleague or the manager, raise the alarm.
 */
export const DECISIONS = ['continue', 'warn', 'end_contact', 'hand_over', 'raise_alarm'] as const;
export type Decision = (typeof DECISIONS)[number];
/** Decisions that take the trainee out of an unsafe contact; not taking one when it is due is the heroic reflex. */
export const SAFETY_DECISIONS: readonly Decision[] = ['end_contact', 'hand_over', 'raise_alarm'];

/** How a conversation can end. */
export const OUTCOMES = ['calmed', 'agreement', 'ended_safely', 'handed_over', 'alarm_raised', 'escalated'] as const;

const nodeId = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,40}$/, 'Use lowercase letters, digits, - and _');

export const ZOption = z.strictObject({
  /** What the trainee says (or writes). */
  text: ZText,
  decision: z.enum(DECISIONS),
  next: nodeId,
  /** The author's explanation, shown with the automatic checks. */
  feedback: ZText,
});
export type TOption = z.infer<typeof ZOption>;

/** What a good answer at this moment contains: the script parts, the route step, and the right decisions. */
export const ZExpectation = z.strictObject({
  script: z.array(z.enum(SCRIPT_PARTS)).max(4).default([]),
  /** Seed 000's route, 1–5: herkennen, afstemmen, begrenzen, keuze bieden, afronden/overdragen. */
  routeStep: z.number().int().min(1).max(5),
  decisions: z.array(z.enum(DECISIONS)).min(1).max(DECISIONS.length),
});
export type TExpectation = z.infer<typeof ZExpectation>;

export const ZNode = z.strictObject({
  id: nodeId,
  /** Seed 002's phase the client is in at this moment. */
  phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The client's line, or the e-mail in the written channel. */
  client: ZText,
  /** The trainee's turn; absent on an ending. */
  turn: z
    .strictObject({
      expect: ZExpectation,
      options: z.array(ZOption).min(2).max(5),
      /** Where a typed answer leads: a good one calms the client down, a poor one escalates. */
      freeText: z.strictObject({ calm: nodeId, escalate: nodeId }).nullable().default(null),
    })
    .nullable()
    .default(null),
  /** Set on the nodes where the conversation ends. */
  ending: z
    .strictObject({ outcome: z.enum(OUTCOMES), debrief: ZText })
    .nullable()
    .default(null),
});
export type TNode = z.infer<typeof ZNode>;

export const ZScenario = z.strictObject({
  title: ZText,
  channel: z.enum(TRAINING_CHANNELS),
  level: z.enum(LEVELS),
  /** The situation the trainee walks into. */
  situation: ZText,
  start: nodeId,
  nodes: z.array(ZNode).min(2).max(40),
});
export type TScenario = z.infer<typeof ZScenario>;

/** A typed or chosen answer as the engine scores it. */
export interface Answer {
  text: string;
  decision: Decision;
}

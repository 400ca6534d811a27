import { z } from 'zod';

/**
 * The protocol as data (seed 003 "Hoe te handelen in geval van agressie", seed 004's one organisation-wide
 * protocol): procedures of numbered steps, the tolerance boundary, the de-escalation script and boundary sentences.
 * Pure Zod: the web client imports it for the editor and the handling screen.
 */

// Texts are bounded and free of control characters other than newlines.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !CONTROL.test(value), { message: 'Control characters are not allowed' });

/** A text in Dutch (required) and English (may lag behind; the UI falls back to Dutch). */
export const ZText = z.strictObject({ nl: line(1000).min(1), en: line(1000) });
export type TText = z.infer<typeof ZText>;

/** Who carries out a step. Not all are Regie users: colleagues nearby, security, police. */
export const STEP_ROLES = ['employee', 'colleagues', 'manager', 'director', 'security', 'bhv', 'police'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export const STEP_KINDS = ['instruction', 'decision', 'action'] as const;

/** Actions the product knows and can support (alarm, handover, follow-up tasks). */
export const STEP_ACTIONS = [
  'warn_client',
  'end_call',
  'end_conversation',
  'call_for_help',
  'ask_to_leave',
  'call_security_or_police',
  'call_alarm_number',
  'call_police',
  'transfer_call',
  'decide_measures',
  'plan_ordegesprek',
  'register_incident',
  'inform_director',
  'written_warning',
  'complaint_procedure',
  'close_correspondence',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export const END = 'end';
const stepId = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,40}$/, 'Use lowercase letters, digits, - and _');
const target = z.union([stepId, z.literal(END)]);

export const ZBranch = z.strictObject({ label: ZText, next: target });

export const ZStep = z.strictObject({
  id: stepId,
  text: ZText,
  /** Any string, so that the validator (not the parser) can say exactly which role is unknown. */
  role: z.string().trim().min(1).max(40),
  kind: z.enum(STEP_KINDS),
  action: z.enum(STEP_ACTIONS).nullable().default(null),
  /** When the step applies ("de klant belt opnieuw"); such a step may be marked not applicable. */
  condition: ZText.nullable().default(null),
  /** Where to go after this step; null: the next step in the list (or the end after the last one). */
  next: target.nullable().default(null),
  /** For decisions: the choices and where each leads. */
  branches: z.array(ZBranch).max(6).default([]),
});
export type TStep = z.infer<typeof ZStep>;

export const PROCEDURE_KEYS = ['telephone', 'verbal', 'physical', 'written'] as const;
export type ProcedureKey = (typeof PROCEDURE_KEYS)[number];

export const CHANNELS = ['desk', 'telephone', 'home_visit', 'written', 'online', 'public_space', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ZProcedure = z.strictObject({
  key: z.enum(PROCEDURE_KEYS),
  title: ZText,
  /** Channels for which this procedure is suggested when a handling starts. */
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
  steps: z.array(ZStep).min(1).max(40),
});
export type TProcedure = z.infer<typeof ZProcedure>;

export const PHASES = [1, 2, 3, 4] as const;
export type Phase = (typeof PHASES)[number];

export const ZPhaseGuidance = z.strictObject({
  phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  name: ZText,
  signals: ZText,
  sentences: z.array(ZText).min(1).max(8),
});

export const ZBoundarySentence = z.strictObject({
  situation: ZText,
  sentence: ZText,
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
});

export const ZProtocolContent = z.strictObject({
  name: ZText,
  settings: z.strictObject({
    /** Internal alarm number (333 in seed 003). */
    alarmNumber: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{2,20}$/),
    emergencyNumber: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{2,20}$/),
  }),
  toleranceBoundary: z.strictObject({
    intro: ZText,
    accepted: z.array(ZText).max(20),
    notAccepted: z.array(ZText).min(1).max(30),
    always: z.array(ZText).max(20),
  }),
  /** Seed 000's script: erkenning → doel → grens → keuze. */
  script: z.strictObject({ acknowledge: ZText, goal: ZText, boundary: ZText, choice: ZText }),
  /** Seed 000's route: herkennen, afstemmen, begrenzen, keuze bieden, afronden/overdragen. */
  route: z.array(ZText).length(5),
  /** Seed 002's four phases with their signals and sentences. */
  phases: z.array(ZPhaseGuidance).length(4),
  boundarySentences: z.array(ZBoundarySentence).max(60),
  procedures: z.array(ZProcedure).min(1).max(PROCEDURE_KEYS.length),
});
export type TProtocolContent = z.infer<typeof ZProtocolContent>;

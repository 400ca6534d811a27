/** The three kinds of text the language assistant analyses (issue 6). */
export const KINDS = ['utterance', 'report', 'response'] as const;
export type Kind = (typeof KINDS)[number];

export type Phase = 1 | 2 | 3 | 4;

export interface AnalysisItem {
  id: string;
  kind: Kind;
  text: string;
}

/** A judging phrase in a report, with a replacement prompt that asks for the observable fact instead. */
export interface Judgement {
  start: number;
  end: number;
  text: string;
  reason: string;
  suggestion: string;
}

export const ADVICE_RULES = ['label_person', 'always_never', 'escalating', 'monologue'] as const;
export type AdviceRule = (typeof ADVICE_RULES)[number];

/** Advice on an employee's own sentence (seed 000: name behaviour, no "altijd/nooit", short sentences). */
export interface Advice {
  start: number;
  end: number;
  text: string;
  rule: AdviceRule;
  suggestion: string;
}

export const CUE_CODES = [
  'threat',
  'threat_model',
  'insult',
  'discrimination',
  'sexual',
  'personal_attack',
  'organisation_criticism',
  'frustration',
  'swearing_situation',
  'shouting_capitals',
  'shouting_exclamation',
  'negated_threat',
  'reported_threat',
  'quote',
  'script_erkenning',
  'script_doel',
  'script_grens',
  'script_keuze',
  'unsupported_language',
] as const;
export type CueCode = (typeof CUE_CODES)[number];

/** Why the assistant concluded something: a stable code and the part of the text it is based on. */
export interface Cue {
  code: CueCode;
  start: number;
  end: number;
  text: string;
}

export interface AnalysisResult {
  id: string;
  kind: Kind;
  phase: Phase | null;
  threat: boolean;
  insult: boolean;
  shouting: boolean;
  judgements: Judgement[];
  advice: Advice[];
  cues: Cue[];
}

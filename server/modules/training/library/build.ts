import type { TText } from '../../protocols/content.js';
import type { Decision, ScriptPart, TExpectation, TNode, TOption, TScenario } from '../scenario.js';

/** Small builders so the shipped scenarios read as conversations, not as JSON. */
export const t = (nl: string, en: string): TText => ({ nl, en });

export function say(decision: Decision, next: string, text: TText, feedback: TText): TOption {
  return { text, decision, next, feedback };
}

export function turn(
  id: string,
  phase: TNode['phase'],
  client: TText,
  expect: TExpectation,
  options: TOption[],
  freeText: { calm: string; escalate: string },
): TNode {
  return { id, phase, client, turn: { expect, options, freeText }, ending: null };
}

export function ending(
  id: string,
  phase: TNode['phase'],
  client: TText,
  outcome: NonNullable<TNode['ending']>['outcome'],
  debrief: TText,
): TNode {
  return { id, phase, client, turn: null, ending: { outcome, debrief } };
}

/** A shipped scenario: a stable id (progress refers to it) and its content. */
export interface LibraryScenario {
  id: string;
  scenario: TScenario;
}

/** The usual moments of a conversation, as expectations (seed 000's route and script). */
/** Phase 1: attune. Acknowledge and say what you will do. */
export const open: TExpectation = { script: ['acknowledge', 'goal'], routeStep: 2, decisions: ['continue'] };
/** Phase 2: acknowledge and offer a choice. */
export const choose: TExpectation = { script: ['acknowledge', 'choice'], routeStep: 4, decisions: ['continue'] };
/** Phase 3, first time: set the boundary with a choice, as a warning. */
export const warn: TExpectation = { script: ['boundary', 'choice'], routeStep: 3, decisions: ['warn'] };
/** Time to leave: end the contact, hand over or raise the alarm, with a boundary (or without words). */
export function leave(...decisions: Decision[]): TExpectation {
  return leaveWith(['boundary'], ...decisions);
}
export function leaveWith(script: ScriptPart[], ...decisions: Decision[]): TExpectation {
  return { script, routeStep: 5, decisions };
}

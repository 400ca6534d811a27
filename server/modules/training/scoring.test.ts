import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../protocols/default-protocol.js';
import type { Answer, TExpectation } from './scenario.js';
import { type Rule, scoreAnswer } from './scoring.js';
import { ruleBasedScorer } from './sentence.js';

const score = (expect: TExpectation, answer: Answer) =>
  scoreAnswer({ expect, answer, protocol: DEFAULT_PROTOCOL, scorer: ruleBasedScorer });
const check = (result: ReturnType<typeof score>, rule: Rule) => {
  const found = result.checks.find((candidate) => candidate.rule === rule);
  if (!found) throw new Error(`no check ${rule}`);
  return found;
};

/** Phase 2 at the desk: acknowledge, say what you will do, offer a choice; keep talking. */
const talk: TExpectation = { script: ['acknowledge', 'goal', 'choice'], routeStep: 4, decisions: ['continue'] };
/** Phase 3 on the phone after a warning: set the boundary and end the call. */
const leave: TExpectation = { script: ['boundary'], routeStep: 5, decisions: ['end_contact'] };

describe('scoring an answer', () => {
  it('marks a full, clean answer good with every check passed', () => {
    const result = score(talk, {
      text: 'Ik zie dat u boos bent. Ik wil dit voor u oplossen. We bellen morgen of u komt langs; u kiest.',
      decision: 'continue',
    });
    expect(result.checks.map((candidate) => candidate.rule)).toEqual([
      'script_acknowledge',
      'script_goal',
      'script_choice',
      'route',
      'behaviour_not_person',
      'no_absolutes',
      'short_sentences',
      'decision',
    ]);
    expect(result.checks.filter((candidate) => !candidate.passed)).toEqual([]);
    expect(result).toMatchObject({ points: 8, max: 8, good: true });
  });

  it("explains a missing script part with the protocol's own sentence", () => {
    const result = score(talk, {
      text: 'Ik wil dit voor u oplossen. U kiest: bellen of langskomen.',
      decision: 'continue',
    });
    const acknowledge = check(result, 'script_acknowledge');
    expect(acknowledge.passed).toBe(false);
    expect(acknowledge.explanation.nl).toContain(DEFAULT_PROTOCOL.script.acknowledge.nl);
    // One part missing is still good enough for the client to calm down.
    expect(result.good).toBe(true);
  });

  it('fails on two missing script parts', () => {
    const result = score(talk, { text: 'U kiest: bellen of langskomen.', decision: 'continue' });
    expect(result.good).toBe(false);
  });

  it('fails the route when the answer stays behind the step that is due', () => {
    const result = score(talk, { text: 'Ik zie dat u boos bent.', decision: 'continue' });
    expect(check(result, 'route')).toMatchObject({ passed: false });
    expect(check(result, 'route').explanation.nl).toContain('stap 4');
  });

  it('refuses a label on the person, and says which words', () => {
    const result = score(talk, {
      text: 'U bent agressief. Ik wil dit oplossen. U kiest: bellen of langskomen.',
      decision: 'continue',
    });
    expect(check(result, 'behaviour_not_person')).toMatchObject({ passed: false });
    expect(check(result, 'behaviour_not_person').explanation.nl).toContain('u bent agressief');
    expect(result.good).toBe(false);
  });

  it('refuses altijd/nooit', () => {
    const result = score(talk, {
      text: 'Ik zie dat u boos bent. Dit gaat nooit goed. U kiest: bellen of langskomen.',
      decision: 'continue',
    });
    expect(check(result, 'no_absolutes')).toMatchObject({ passed: false });
    expect(result.good).toBe(false);
  });

  it('refuses a monologue', () => {
    const monologue =
      'Ik zie dat u boos bent en ik begrijp dat heel goed want de regels rond de huurtoeslag en de betalingsregeling zijn ingewikkeld en daar kunnen wij ook niets aan doen omdat de wet dat zo bepaalt, dus u kiest maar of u wilt bellen.';
    const result = score(talk, { text: monologue, decision: 'continue' });
    expect(check(result, 'short_sentences')).toMatchObject({ passed: false });
    expect(result.good).toBe(false);
  });

  it('names the heroic reflex when the trainee keeps talking where the protocol says leave', () => {
    const result = score(leave, { text: 'Ik zie dat u boos bent. Ik wil u toch helpen.', decision: 'continue' });
    const decision = check(result, 'decision');
    expect(decision.passed).toBe(false);
    expect(decision.explanation.nl).toContain('Heldhaftige reflex');
    expect(result.good).toBe(false);
  });

  it('calls leaving while the client can still be reached too early', () => {
    const result = score(talk, { text: 'Ik beëindig dit gesprek nu.', decision: 'end_contact' });
    expect(check(result, 'decision').explanation.nl).toContain('Te vroeg');
  });

  it('accepts ending the call with a boundary at the right moment', () => {
    const result = score(leave, {
      text: 'U scheldt mij uit. Ik beëindig dit gesprek nu.',
      decision: 'end_contact',
    });
    expect(result).toMatchObject({ good: true, points: result.max });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../protocols/default-protocol.js';
import { type TScenario, ZScenario } from './scenario.js';
import { describeScenarioIssue } from './scenario-issue-messages.js';
import { ruleBasedScorer } from './sentence.js';
import { validateScenario } from './validate-scenario.js';

const t = (nl: string) => ({ nl, en: '' });

/** A small sound scenario: one turn, one calm and one escalated ending. */
function sound(): TScenario {
  return ZScenario.parse({
    title: t('Test'),
    channel: 'telephone',
    level: 'basic',
    situation: t('Een klant belt boos.'),
    start: 'a',
    nodes: [
      {
        id: 'a',
        phase: 1,
        client: t('Ik wacht al weken!'),
        turn: {
          expect: { script: ['acknowledge', 'goal'], routeStep: 2, decisions: ['continue'] },
          options: [
            {
              text: t('Ik hoor dat u lang wacht. Ik wil dit voor u oplossen.'),
              decision: 'continue',
              next: 'calm',
              feedback: t('Goed.'),
            },
            { text: t('Dat is nu eenmaal zo.'), decision: 'continue', next: 'worse', feedback: t('Niet goed.') },
          ],
          freeText: { calm: 'calm', escalate: 'worse' },
        },
      },
      { id: 'calm', phase: 1, client: t('Oké.'), ending: { outcome: 'calmed', debrief: t('Rustig.') } },
      { id: 'worse', phase: 2, client: t('Belachelijk!'), ending: { outcome: 'escalated', debrief: t('Escalatie.') } },
    ],
  });
}

const validate = (scenario: TScenario) => validateScenario(scenario, DEFAULT_PROTOCOL, ruleBasedScorer);
const codes = (scenario: TScenario) => validate(scenario).map((issue) => `${issue.code}:${issue.nodeId ?? ''}`);

describe('scenario validation', () => {
  it('accepts a sound scenario', () => {
    expect(validate(sound())).toEqual([]);
  });

  it('refuses a dead end: a moment without answers that is not an ending', () => {
    const scenario = sound();
    const calm = scenario.nodes[1];
    if (calm) calm.ending = null;
    expect(codes(scenario)).toContain('dead_end:calm');
  });

  it('refuses an answer that leads nowhere', () => {
    const scenario = sound();
    const option = scenario.nodes[0]?.turn?.options[1];
    if (option) option.next = 'nergens';
    expect(validate(scenario)).toContainEqual({ code: 'unknown_target', nodeId: 'a', value: 'nergens' });
    // The moment that was only reached through it is now unreachable too.
    expect(codes(scenario)).not.toContain('unreachable_node:worse');
  });

  it('refuses an unreachable moment', () => {
    const scenario = sound();
    scenario.nodes.push({
      id: 'los',
      phase: 1,
      client: t('Hallo?'),
      turn: null,
      ending: { outcome: 'calmed', debrief: t('x') },
    });
    expect(codes(scenario)).toEqual(['unreachable_node:los']);
  });

  it('refuses a path that never ends (a loop)', () => {
    const scenario = sound();
    const option = scenario.nodes[0]?.turn?.options[1];
    if (option) option.next = 'a';
    expect(codes(scenario)).toContain('never_ends:a');
  });

  it('refuses an unknown start, duplicate codes, an ending with answers, a scenario without ending', () => {
    const scenario = sound();
    scenario.start = 'b';
    expect(codes(scenario)).toContain('unknown_start:');
    const duplicate = sound();
    duplicate.nodes.push({ ...(duplicate.nodes[1] as TScenario['nodes'][number]) });
    expect(codes(duplicate)).toContain('duplicate_node:calm');
    const both = sound();
    const first = both.nodes[0];
    if (first) first.ending = { outcome: 'calmed', debrief: t('x') };
    expect(codes(both)).toContain('ending_with_turn:a');
    const noEnding = sound();
    for (const node of noEnding.nodes) node.ending = null;
    expect(codes(noEnding)).toContain('no_ending:');
  });

  it('refuses a turn where no option is good by its own scoring', () => {
    const scenario = sound();
    const good = scenario.nodes[0]?.turn?.options[0];
    if (good) good.text = t('U bent altijd zo onredelijk.');
    expect(codes(scenario)).toEqual(['no_good_option:a']);
  });

  it('describes every issue in Dutch and English', () => {
    const scenario = sound();
    scenario.nodes.push({ id: 'los', phase: 1, client: t('x'), turn: null, ending: null });
    for (const issue of validate(scenario)) {
      expect(describeScenarioIssue(issue, 'nl')).toMatch(/Moment los/);
      expect(describeScenarioIssue(issue, 'en')).toMatch(/Moment los/);
    }
  });
});

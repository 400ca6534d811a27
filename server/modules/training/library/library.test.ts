import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../protocols/default-protocol.js';
import { TRAINING_CHANNELS, ZScenario } from '../scenario.js';
import { scoreAnswer } from '../scoring.js';
import { ruleBasedScorer } from '../sentence.js';
import { validateScenario } from '../validate-scenario.js';
import { LIBRARY } from './index.js';

describe.each(LIBRARY.map((entry) => [entry.id, entry] as const))('shipped scenario %s', (_id, entry) => {
  it('parses and passes validation', () => {
    const scenario = ZScenario.parse(entry.scenario);
    expect(validateScenario(scenario, DEFAULT_PROTOCOL, ruleBasedScorer)).toEqual([]);
  });

  it('has every text in Dutch and English', () => {
    const texts = JSON.stringify(entry.scenario).match(/"en":""/g);
    expect(texts).toBeNull();
  });

  it('agrees with the scoring: an option leads where a typed answer of the same quality would', () => {
    const disagreements: string[] = [];
    for (const node of entry.scenario.nodes) {
      if (!node.turn?.freeText) continue;
      const { calm, escalate } = node.turn.freeText;
      if (calm === escalate) continue;
      for (const option of node.turn.options) {
        const { good } = scoreAnswer({
          expect: node.turn.expect,
          answer: { text: option.text.nl, decision: option.decision },
          protocol: DEFAULT_PROTOCOL,
          scorer: ruleBasedScorer,
        });
        if (good !== (option.next === calm)) disagreements.push(`${node.id}: ${option.text.nl} (good: ${good})`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('the library', () => {
  it('has three scenarios per channel, at least one of them for month 2', () => {
    for (const channel of TRAINING_CHANNELS) {
      const ofChannel = LIBRARY.filter((entry) => entry.scenario.channel === channel);
      expect(ofChannel, channel).toHaveLength(3);
      expect(
        ofChannel.some((entry) => entry.scenario.level === 'month2'),
        channel,
      ).toBe(true);
    }
  });

  it('has unique ids', () => {
    const ids = LIBRARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

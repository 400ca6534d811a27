import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../protocols/default-protocol.js';
import { SCRIPT_PARTS } from './scenario.js';
import { ruleBasedScorer } from './sentence.js';

const score = (text: string) => ruleBasedScorer.scoreSentence(text);

describe('script parts', () => {
  it.each(SCRIPT_PARTS)("finds the protocol's own %s sentence, in Dutch and in English", (part) => {
    const sentence = DEFAULT_PROTOCOL.script[part];
    expect(score(sentence.nl).scriptParts).toContain(part);
    expect(score(sentence.en).scriptParts).toContain(part);
  });

  it.each([
    ['acknowledge', 'Ik hoor dat u teleurgesteld bent.'],
    ['acknowledge', 'Wat vervelend voor u.'],
    ['goal', 'Ik ga het voor u uitzoeken.'],
    ['goal', 'Ik help u graag verder.'],
    ['boundary', 'U schreeuwt nu. Zo praat ik niet verder.'],
    ['boundary', 'Als u blijft schelden, beëindig ik het gesprek.'],
    ['boundary', 'Wilt u een stap terug doen?'],
    ['choice', 'U kunt nu rustig verder praten of later terugbellen.'],
    ['choice', 'U kiest.'],
  ] as const)('finds %s in "%s"', (part, text) => {
    expect(score(text).scriptParts).toContain(part);
  });

  it.each([
    ['acknowledge', 'Dat is het beleid.'],
    ['goal', 'Daar ga ik niet over.'],
    ['boundary', 'Ik zie dat u boos bent.'],
    ['choice', 'Ik wil dit voor u oplossen.'],
  ] as const)('does not find %s in "%s"', (part, text) => {
    expect(score(text).scriptParts).not.toContain(part);
  });
});

describe('name the behaviour, not the person', () => {
  it.each([
    'U bent agressief.',
    'Meneer, u bent echt onredelijk.',
    'Omdat u zo brutaal bent, help ik u niet.',
    'Wat bent u kinderachtig.',
    'Je bent een querulant.',
    'You are being aggressive.',
  ])('flags "%s"', (text) => {
    expect(score(text).personLabel).not.toBeNull();
  });

  it.each(['U schreeuwt nu.', 'Ik zie dat u boos bent.', 'U bent teleurgesteld, dat hoor ik.', 'You are shouting.'])(
    'accepts "%s"',
    (text) => {
      expect(score(text).personLabel).toBeNull();
    },
  );
});

describe('no altijd/nooit', () => {
  it('finds the absolutes', () => {
    expect(score('U belt altijd op het laatste moment en u betaalt nooit.').absolutes).toEqual(['altijd', 'nooit']);
    expect(score('You always do this.').absolutes).toEqual(['always']);
  });
  it('accepts a sentence without them', () => {
    expect(score('U belde vandaag drie keer.').absolutes).toEqual([]);
  });
});

describe('short sentences', () => {
  it('counts the sentences and the longest one', () => {
    const analysis = score('U schreeuwt nu. Ik wil u helpen, maar zo praat ik niet verder.');
    expect(analysis.sentenceCount).toBe(2);
    expect(analysis.longestSentenceWords).toBe(10);
    expect(analysis.wordCount).toBe(13);
  });
});

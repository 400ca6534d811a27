import { analyse } from '../language/analyse.js';
import type { ScriptPart } from './scenario.js';
import { ruleBasedScorer, type SentenceAnalysis, type SentenceScorer } from './sentence.js';

const PART_OF_CUE: Record<string, ScriptPart> = {
  script_erkenning: 'acknowledge',
  script_doel: 'goal',
  script_grens: 'boundary',
  script_keuze: 'choice',
};

/**
 * The trainer's language checks through the Dutch language assistant (issue 6), on top of the trainer's own narrow
 * rules: a script part or a label either of them finds counts, so feedback in the trainer and advice in Taalhulp
 * agree. Sentence and word counts stay the trainer's own, which its length rules are written for.
 */
export const assistantScorer: SentenceScorer = {
  scoreSentence(text: string): SentenceAnalysis {
    const own = ruleBasedScorer.scoreSentence(text);
    const result = analyse({ id: 'training', kind: 'response', text });
    const parts = new Set(own.scriptParts);
    for (const cue of result.cues) {
      const part = PART_OF_CUE[cue.code];
      if (part) parts.add(part);
    }
    const label = result.advice.find((advice) => advice.rule === 'label_person');
    const absolutes = result.advice.filter((advice) => advice.rule === 'always_never').map((advice) => advice.text);
    return {
      ...own,
      scriptParts: (['acknowledge', 'goal', 'boundary', 'choice'] as const).filter((part) => parts.has(part)),
      personLabel: own.personLabel ?? label?.text ?? null,
      absolutes: own.absolutes.length > 0 ? own.absolutes : absolutes,
    };
  },
};

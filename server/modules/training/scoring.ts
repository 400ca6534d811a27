import type { TProtocolContent, TText } from '../protocols/content.js';
import {
  type Answer,
  type Decision,
  SAFETY_DECISIONS,
  SCRIPT_PARTS,
  type ScriptPart,
  type TExpectation,
} from './scenario.js';
import { MAX_ANSWER_WORDS, MAX_SENTENCE_WORDS, type SentenceAnalysis, type SentenceScorer } from './sentence.js';

/** The rules an answer is scored on (issue 9): script parts, route, language rules, the protocol decision. */
export const RULES = [
  'script_acknowledge',
  'script_goal',
  'script_boundary',
  'script_choice',
  'route',
  'behaviour_not_person',
  'no_absolutes',
  'short_sentences',
  'decision',
] as const;
export type Rule = (typeof RULES)[number];

export interface Check {
  rule: Rule;
  passed: boolean;
  /** Why, in Dutch and English, with the protocol's own sentence as the example where one helps. */
  explanation: TText;
}

export interface AnswerScore {
  points: number;
  max: number;
  /** Good enough for the client to calm down: right decision, clean language, at most one script part missing. */
  good: boolean;
  checks: Check[];
}

const t = (nl: string, en: string): TText => ({ nl, en });

const PART_NAMES: Record<ScriptPart, TText> = {
  acknowledge: t('Erkenning', 'Acknowledgement'),
  goal: t('Doel', 'Goal'),
  boundary: t('Grens', 'Boundary'),
  choice: t('Keuze', 'Choice'),
};

export const DECISION_NAMES: Record<Decision, TText> = {
  continue: t('doorpraten', 'keep talking'),
  warn: t('waarschuwen', 'warn'),
  end_contact: t('het contact beëindigen', 'end the contact'),
  hand_over: t('overdragen', 'hand over'),
  raise_alarm: t('alarm slaan', 'raise the alarm'),
};

/** The route step an answer takes (seed 000): leaving the contact is step 5, a choice 4, a boundary 3. */
function routeStepOf(answer: Answer, analysis: SentenceAnalysis): number {
  if (SAFETY_DECISIONS.includes(answer.decision)) return 5;
  if (analysis.scriptParts.includes('choice')) return 4;
  if (analysis.scriptParts.includes('boundary') || answer.decision === 'warn') return 3;
  if (analysis.scriptParts.includes('acknowledge') || analysis.scriptParts.includes('goal')) return 2;
  return 1;
}

function scriptChecks(expect: TExpectation, analysis: SentenceAnalysis, protocol: TProtocolContent): Check[] {
  return SCRIPT_PARTS.filter((part) => expect.script.includes(part)).map((part) => {
    const passed = analysis.scriptParts.includes(part);
    const example = protocol.script[part];
    return {
      rule: `script_${part}` as Rule,
      passed,
      explanation: passed
        ? t(`${PART_NAMES[part].nl} zit erin.`, `${PART_NAMES[part].en} is there.`)
        : t(
            `${PART_NAMES[part].nl} ontbreekt. Bijvoorbeeld: „${example.nl}”`,
            `${PART_NAMES[part].en} is missing. For example: "${example.en || example.nl}"`,
          ),
    };
  });
}

function routeCheck(
  expect: TExpectation,
  answer: Answer,
  analysis: SentenceAnalysis,
  protocol: TProtocolContent,
): Check {
  const step = routeStepOf(answer, analysis);
  const due = protocol.route[expect.routeStep - 1] ?? { nl: '', en: '' };
  const passed = step >= expect.routeStep;
  return {
    rule: 'route',
    passed,
    explanation: passed
      ? t(`Route: u zet stap ${expect.routeStep}. ${due.nl}`, `Route: you take step ${expect.routeStep}. ${due.en}`)
      : t(
          `Route: hier is stap ${expect.routeStep} aan de beurt, u blijft bij stap ${step}. ${due.nl}`,
          `Route: step ${expect.routeStep} is due here, you stay at step ${step}. ${due.en}`,
        ),
  };
}

function languageChecks(analysis: SentenceAnalysis): Check[] {
  const shortEnough = analysis.longestSentenceWords <= MAX_SENTENCE_WORDS && analysis.wordCount <= MAX_ANSWER_WORDS;
  return [
    {
      rule: 'behaviour_not_person',
      passed: analysis.personLabel === null,
      explanation:
        analysis.personLabel === null
          ? t('U oordeelt niet over de persoon.', 'You do not judge the person.')
          : t(
              `„${analysis.personLabel}” is een oordeel over de persoon. Benoem het gedrag: „u schreeuwt”.`,
              `"${analysis.personLabel}" judges the person. Name the behaviour: "you are shouting".`,
            ),
    },
    {
      rule: 'no_absolutes',
      passed: analysis.absolutes.length === 0,
      explanation:
        analysis.absolutes.length === 0
          ? t('Geen „altijd” of „nooit”.', 'No "always" or "never".')
          : t(
              `Vermijd „${analysis.absolutes.join('”, „')}”: dat lokt tegenspraak uit.`,
              `Avoid "${analysis.absolutes.join('", "')}": it invites contradiction.`,
            ),
    },
    {
      rule: 'short_sentences',
      passed: shortEnough,
      explanation: shortEnough
        ? t('Korte zinnen.', 'Short sentences.')
        : t(
            `Te lang (${analysis.wordCount} woorden, langste zin ${analysis.longestSentenceWords}). Houd zinnen onder ${MAX_SENTENCE_WORDS} woorden en laat stiltes vallen.`,
            `Too long (${analysis.wordCount} words, longest sentence ${analysis.longestSentenceWords}). Keep sentences under ${MAX_SENTENCE_WORDS} words and allow silences.`,
          ),
    },
  ];
}

function decisionCheck(expect: TExpectation, answer: Answer): Check {
  const passed = expect.decisions.includes(answer.decision);
  const right = expect.decisions.map((decision) => DECISION_NAMES[decision]);
  const rightNl = right.map((name) => name.nl).join(' of ');
  const rightEn = right.map((name) => name.en).join(' or ');
  if (passed) {
    return {
      rule: 'decision',
      passed,
      explanation: t(
        `Juiste beslissing: ${DECISION_NAMES[answer.decision].nl}.`,
        `Right decision: ${DECISION_NAMES[answer.decision].en}.`,
      ),
    };
  }
  const safetyDue = expect.decisions.some((decision) => SAFETY_DECISIONS.includes(decision));
  const leaving = SAFETY_DECISIONS.includes(answer.decision);
  let explanation: TText;
  if (safetyDue && !leaving) {
    // Seed 000's pitfall: staying too long in an unsafe situation instead of handing over in time.
    explanation = t(
      `Heldhaftige reflex: u blijft te lang in een onveilige situatie. Nu is het moment om te ${rightNl}.`,
      `Heroic reflex: you stay too long in an unsafe situation. Now is the moment to ${rightEn}.`,
    );
  } else if (leaving && !safetyDue) {
    explanation = t(
      `Te vroeg: de klant is nog te bereiken. Probeer eerst te ${rightNl}.`,
      `Too early: the client can still be reached. First try to ${rightEn}.`,
    );
  } else {
    explanation = t(`Niet de juiste beslissing: hier past ${rightNl}.`, `Not the right decision: here, ${rightEn}.`);
  }
  return { rule: 'decision', passed, explanation };
}

/** Scores one answer at one moment of a scenario and explains every check. Pure: no database, no clock. */
export function scoreAnswer(input: {
  expect: TExpectation;
  answer: Answer;
  protocol: TProtocolContent;
  scorer: SentenceScorer;
}): AnswerScore {
  const { expect, answer, protocol, scorer } = input;
  const analysis = scorer.scoreSentence(answer.text);
  const script = scriptChecks(expect, analysis, protocol);
  const language = languageChecks(analysis);
  const decision = decisionCheck(expect, answer);
  const checks = [...script, routeCheck(expect, answer, analysis, protocol), ...language, decision];
  const missingParts = script.filter((check) => !check.passed).length;
  const good = decision.passed && language.every((check) => check.passed) && missingParts <= 1;
  return { points: checks.filter((check) => check.passed).length, max: checks.length, good, checks };
}

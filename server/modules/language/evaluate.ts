import { analyse } from './analyse.js';
import type { AdviceRule, Kind, Phase } from './types.js';

/**
 * Scores the assistant against the labelled data set (dataset/LABELLING.md). Spans match when they overlap by
 * at least one character, one gold span to at most one predicted span (greedy, in text order); advice spans
 * must also have the same rule. Exact matches (same start and end) are reported alongside.
 */

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  rule?: AdviceRule;
}

export interface LabelledItem {
  id: string;
  kind: Kind;
  channel: string;
  text: string;
  labels: {
    phase?: Phase;
    threat?: boolean;
    insult?: boolean;
    shouting?: boolean;
    judgements?: GoldSpan[];
    advice?: GoldSpan[];
    script?: string[];
  };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  id: string;
  label: string;
  expected: unknown;
  got: unknown;
  text: string;
}

export interface Evaluation {
  items: { utterance: number; report: number; response: number };
  labels: Record<string, Score>;
  phase: { accuracy: number; correct: number; total: number; confusion: number[][] };
  exactSpans: { judgements: Score; advice: Score };
  mistakes: Mistake[];
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

class Counter {
  tp = 0;
  fp = 0;
  fn = 0;
  score(): Score {
    return score(this.tp, this.fp, this.fn);
  }
}

function matchSpans(
  gold: readonly GoldSpan[],
  predicted: readonly GoldSpan[],
  exact: boolean,
): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = predicted.findIndex(
      (p, index) =>
        !used.has(index) &&
        (g.rule === undefined || p.rule === g.rule) &&
        (exact ? p.start === g.start && p.end === g.end : p.start < g.end && g.start < p.end),
    );
    if (i !== -1) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

export function evaluate(items: readonly LabelledItem[]): Evaluation {
  const counters: Record<string, Counter> = {};
  const counter = (name: string) => {
    counters[name] ??= new Counter();
    return counters[name];
  };
  const exactJudgements = new Counter();
  const exactAdvice = new Counter();
  const confusion = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  let phaseCorrect = 0;
  let phaseTotal = 0;
  const mistakes: Mistake[] = [];
  const counts = { utterance: 0, report: 0, response: 0 };

  const binary = (name: string, expected: boolean, got: boolean, item: LabelledItem) => {
    const c = counter(name);
    if (expected && got) c.tp++;
    else if (!expected && got) c.fp++;
    else if (expected && !got) c.fn++;
    if (expected !== got) mistakes.push({ id: item.id, label: name, expected, got, text: item.text });
  };
  const spans = (name: string, gold: GoldSpan[], predicted: GoldSpan[], exactCounter: Counter, item: LabelledItem) => {
    const overlap = matchSpans(gold, predicted, false);
    const c = counter(name);
    c.tp += overlap.tp;
    c.fp += overlap.fp;
    c.fn += overlap.fn;
    const exact = matchSpans(gold, predicted, true);
    exactCounter.tp += exact.tp;
    exactCounter.fp += exact.fp;
    exactCounter.fn += exact.fn;
    if (overlap.fp > 0 || overlap.fn > 0) {
      mistakes.push({
        id: item.id,
        label: name,
        expected: gold.map((g) => (g.rule ? `${g.rule}: ${g.text}` : g.text)),
        got: predicted.map((p) => (p.rule ? `${p.rule}: ${p.text}` : p.text)),
        text: item.text,
      });
    }
  };

  for (const item of items) {
    counts[item.kind]++;
    const result = analyse({ id: item.id, kind: item.kind, text: item.text });
    const labels = item.labels;
    if (item.kind === 'utterance') {
      binary('threat', labels.threat ?? false, result.threat, item);
      binary('insult', labels.insult ?? false, result.insult, item);
      binary('shouting', labels.shouting ?? false, result.shouting, item);
      if (labels.phase !== undefined && result.phase !== null) {
        phaseTotal++;
        const row = confusion[labels.phase - 1] as number[];
        row[result.phase - 1] = (row[result.phase - 1] ?? 0) + 1;
        if (labels.phase === result.phase) phaseCorrect++;
        else mistakes.push({ id: item.id, label: 'phase', expected: labels.phase, got: result.phase, text: item.text });
      }
    } else if (item.kind === 'report') {
      spans('judgement', labels.judgements ?? [], result.judgements, exactJudgements, item);
    } else {
      spans('advice', labels.advice ?? [], result.advice, exactAdvice, item);
      const got = new Set(result.cues.map((c) => c.code.replace('script_', '')));
      for (const part of ['erkenning', 'doel', 'grens', 'keuze']) {
        binary(`script_${part}`, (labels.script ?? []).includes(part), got.has(part), item);
      }
    }
  }

  const labels: Record<string, Score> = {};
  for (const [name, c] of Object.entries(counters)) labels[name] = c.score();
  return {
    items: counts,
    labels,
    phase: {
      accuracy: round(phaseTotal === 0 ? 0 : phaseCorrect / phaseTotal),
      correct: phaseCorrect,
      total: phaseTotal,
      confusion,
    },
    exactSpans: { judgements: exactJudgements.score(), advice: exactAdvice.score() },
    mistakes,
  };
}

import type { LabelledItem } from './evaluate.js';
import { DEFAULT_LOGISTIC_OPTIONS, type LogisticOptions, predict, store, trainLogistic } from './logistic.js';
import { fold } from './text.js';
import { features, type StoredThreatModel } from './threat-model.js';
import { visibleText } from './threat-vetoes.js';
import { findUtteranceThreats } from './threats.js';

/**
 * Training of the threat model (`npm run train:language`), on the utterances of the `TRAINING_SPLITS`: `dev` and
 * the test splits whose errors have been read and which are no longer blind (`test2`–`test4` since the seventh
 * round, `test5` since the eighth, `test6` since the ninth; docs/LANGUAGE.md). `test` stays out, as the reported
 * test split.
 * 1. every utterance becomes the features of what the model may read of it (quotes and vetoed clauses blanked,
 *    exactly as at run time, see threat-model.ts);
 * 2. five-fold cross-validation (folds by a hash of the id) gives every training utterance a probability from a
 *    model that did not see it;
 * 3. the threshold is the one with the highest out-of-fold recall at out-of-fold precision ≥ `MIN_PRECISION`
 *    (ties: the higher threshold). The rules are left out of this choice: they were tuned on dev, so their dev
 *    recall says nothing about fresh text, and the model has to stand on its own where they miss;
 * 4. the final model is trained on all training utterances.
 * Everything is deterministic: the same training splits give the same file, byte for byte.
 */

export const FOLDS = 5;
/**
 * The splits the model learns from, in this order; `test` is never among them. `test5` joined in the eighth round
 * and `test6` in the ninth, each after it had been measured blind and its errors read.
 */
export const TRAINING_SPLITS = ['dev', 'test2', 'test3', 'test4', 'test5', 'test6'] as const;
/**
 * Above the target's 0.90, as a margin for fresh text and for the rules' own false threats, which add to the
 * model's. The sixth round used 0.95; the seventh round lowered it to 0.93 before measuring the fresh split
 * `test5`. The eighth round kept 0.93: a model trained without one new writer's 450 utterances kept about its
 * out-of-fold precision on them (0.92–0.93), and 0.92 would have bought little recall for more false threats on
 * the hard negatives of the unit tests (docs/LANGUAGE.md, "Eighth round").
 */
export const MIN_PRECISION = 0.93;

export interface TrainingReport {
  documents: number;
  threats: number;
  features: number;
  threshold: number;
  crossValidation: { precision: number; recall: number; tp: number; fp: number; fn: number };
  /** Not used by the model: the thresholds the same procedure would pick at out-of-fold precision ≥ 0.95 / 0.90. */
  thresholdAtPrecision95: number;
  thresholdAtPrecision90: number;
}

export function documentOf(text: string): string[] {
  const folded = fold(text);
  return features(visibleText(folded, findUtteranceThreats(folded)).text);
}

/** FNV-1a over the id: a stable fold number without Node's crypto (this module stays pure). */
export function foldOf(id: string, folds = FOLDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

export function chooseThreshold(
  probabilities: readonly number[],
  labels: readonly number[],
  minPrecision = MIN_PRECISION,
): { threshold: number; precision: number; recall: number; tp: number; fp: number; fn: number } {
  let best = { threshold: 1, precision: 1, recall: 0, tp: 0, fp: 0, fn: labels.filter((y) => y === 1).length };
  for (let t = 99; t >= 5; t--) {
    const threshold = t / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probabilities.forEach((p, i) => {
      const positive = p >= threshold;
      if (positive && labels[i] === 1) tp++;
      else if (positive) fp++;
      else if (labels[i] === 1) fn++;
    });
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    if (precision >= minPrecision && recall > best.recall) best = { threshold, precision, recall, tp, fp, fn };
  }
  return best;
}

export function trainThreatModel(
  training: readonly LabelledItem[],
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
): { model: StoredThreatModel; report: TrainingReport } {
  const utterances = training.filter((item) => item.kind === 'utterance');
  const documents = utterances.map((item) => documentOf(item.text));
  const labels = utterances.map((item) => (item.labels.threat ? 1 : 0));
  const folds = utterances.map((item) => foldOf(item.id));

  const outOfFold = new Array<number>(utterances.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = documents.flatMap((_, i) => (folds[i] === k ? [] : [i]));
    const model = trainLogistic(
      train.map((i) => documents[i] as string[]),
      train.map((i) => labels[i] as number),
      options,
    );
    documents.forEach((doc, i) => {
      if (folds[i] === k) outOfFold[i] = predict(model, doc);
    });
  }
  const chosen = chooseThreshold(outOfFold, labels);
  const final = store(trainLogistic(documents, labels, options));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    model: { bias: final.bias, threshold: chosen.threshold, features: final.features, weights: final.weights },
    report: {
      documents: documents.length,
      threats: labels.filter((y) => y === 1).length,
      features: final.features.length,
      threshold: chosen.threshold,
      crossValidation: {
        precision: round(chosen.precision),
        recall: round(chosen.recall),
        tp: chosen.tp,
        fp: chosen.fp,
        fn: chosen.fn,
      },
      thresholdAtPrecision95: chooseThreshold(outOfFold, labels, 0.95).threshold,
      thresholdAtPrecision90: chooseThreshold(outOfFold, labels, 0.9).threshold,
    },
  };
}

/** The shipped file: small header fields first, then one feature and one weight array (read by threat-model.ts). */
export function serialiseThreatModel(model: StoredThreatModel): string {
  return `{"bias":${model.bias},"threshold":${model.threshold},\n"features":${JSON.stringify(model.features)},\n"weights":${JSON.stringify(model.weights)}}\n`;
}

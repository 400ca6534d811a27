/**
 * Binary logistic regression over sparse binary features, trained by full-batch gradient descent with L2
 * regularisation. Deliberately small and deterministic: no random initialisation, no shuffling, a fixed number
 * of steps, and features visited in a fixed (sorted) order, so the same documents always give the same weights.
 *
 * A document is a set of feature names; its vector has the value 1/√k on each of its k known features (unit
 * length), so long and short texts weigh alike and one step size fits every data set.
 */

export interface LogisticOptions {
  /** L2 penalty on the weights (not on the bias). */
  l2: number;
  /** Gradient steps over the whole training set. */
  steps: number;
  /** Step size; the mean log loss of unit-length inputs has a gradient that is 1/4-Lipschitz, so ≤ 4 is stable. */
  rate: number;
  /** Features seen in fewer training documents are left out of the vocabulary. */
  minDocuments: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { l2: 1e-4, steps: 800, rate: 4, minDocuments: 2 };

export interface LogisticModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

/** The shipped form: the vocabulary in sorted order and its weights, as two parallel arrays. */
export interface StoredLogisticModel {
  bias: number;
  features: string[];
  weights: number[];
}

export function store(model: LogisticModel): StoredLogisticModel {
  return { bias: model.bias, features: [...model.weights.keys()], weights: [...model.weights.values()] };
}

export function load(stored: StoredLogisticModel): LogisticModel {
  if (stored.features.length !== stored.weights.length) throw new Error('features and weights differ in length');
  return { bias: stored.bias, weights: new Map(stored.features.map((f, i) => [f, stored.weights[i] as number])) };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The probability of the positive class for a document (a set of feature names). */
export function predict(model: LogisticModel, features: readonly string[]): number {
  let sum = 0;
  let known = 0;
  for (const f of features) {
    const w = model.weights.get(f);
    if (w !== undefined) {
      sum += w;
      known++;
    }
  }
  return sigmoid(model.bias + (known === 0 ? 0 : sum / Math.sqrt(known)));
}

/**
 * Trains on documents (arrays of feature names) with labels 0/1. Weights are rounded to `digits` decimals, which
 * makes the shipped file independent of the last bits of floating-point arithmetic. Every vocabulary feature is
 * kept, also with weight 0, because `predict` normalises over the features the model knows, exactly as
 * training normalised over the vocabulary.
 */
export function trainLogistic(
  documents: readonly (readonly string[])[],
  labels: readonly number[],
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
  digits = 4,
): LogisticModel {
  if (documents.length !== labels.length) throw new Error('documents and labels differ in length');
  const df = new Map<string, number>();
  for (const doc of documents) for (const f of new Set(doc)) df.set(f, (df.get(f) ?? 0) + 1);
  const vocabulary = [...df.entries()]
    .filter(([, n]) => n >= options.minDocuments)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = documents.map((doc) => {
    const ids = [...new Set(doc)].flatMap((f) => index.get(f) ?? []).sort((a, b) => a - b);
    return { ids, value: ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length) };
  });

  const n = documents.length;
  const w = new Float64Array(vocabulary.length);
  const grad = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    let biasGrad = 0;
    for (let i = 0; i < n; i++) {
      const row = rows[i] as { ids: number[]; value: number };
      let z = bias;
      for (const j of row.ids) z += (w[j] as number) * row.value;
      const error = sigmoid(z) - (labels[i] as number);
      biasGrad += error;
      for (const j of row.ids) grad[j] = (grad[j] as number) + error * row.value;
    }
    for (let j = 0; j < w.length; j++) {
      w[j] = (w[j] as number) - options.rate * ((grad[j] as number) / n + options.l2 * (w[j] as number));
    }
    bias -= (options.rate * biasGrad) / n;
  }

  const scale = 10 ** digits;
  const weights = new Map<string, number>();
  for (let j = 0; j < vocabulary.length; j++) {
    // `+ 0` turns a rounded -0 into 0, so that JSON and equality agree.
    weights.set(vocabulary[j] as string, Math.round((w[j] as number) * scale) / scale + 0);
  }
  return { bias: Math.round(bias * scale) / scale + 0, weights };
}

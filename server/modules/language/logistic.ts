/**
 * Binary logistic regression over sparse binary features, trained by full-batch gradient descent with Nesterov
 * momentum and L2 regularisation. Deliberately small and deterministic: no random initialisation, no shuffling, a
 * fixed number of steps, and features visited in a fixed (sorted) order, so the same documents always give the
 * same weights.
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
  /**
   * Nesterov momentum (0 = plain gradient descent). With many thousands of features plain descent needs many
   * hundreds of steps to converge; momentum gets there in a few hundred, which keeps training (and the unit test
   * that retrains the shipped model) fast.
   */
  momentum?: number;
}

/** Chosen by out-of-fold figures on the training data (docs/LANGUAGE.md, seventh round). */
export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = {
  l2: 3e-5,
  steps: 300,
  rate: 4,
  minDocuments: 2,
  momentum: 0.9,
};

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
  // Documents as one flat, sorted list of feature numbers with offsets (compressed sparse rows): the inner loops
  // below run over typed arrays only.
  const offsets = new Int32Array(documents.length + 1);
  const idList: number[] = [];
  const values = new Float64Array(documents.length);
  documents.forEach((doc, i) => {
    const ids = [...new Set(doc)].flatMap((f) => index.get(f) ?? []).sort((a, b) => a - b);
    for (const j of ids) idList.push(j);
    offsets[i + 1] = idList.length;
    values[i] = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
  });
  const ids = Int32Array.from(idList);

  const n = documents.length;
  const m = vocabulary.length;
  const w = new Float64Array(m);
  // Nesterov: the gradient is taken at the look-ahead point w + momentum·velocity.
  const velocity = new Float64Array(m);
  const ahead = new Float64Array(m);
  const grad = new Float64Array(m);
  let bias = 0;
  let biasVelocity = 0;
  const mu = options.momentum ?? 0;
  for (let step = 0; step < options.steps; step++) {
    for (let j = 0; j < m; j++) ahead[j] = (w[j] as number) + mu * (velocity[j] as number);
    const biasAhead = bias + mu * biasVelocity;
    grad.fill(0);
    let biasGrad = 0;
    for (let i = 0; i < n; i++) {
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      const value = values[i] as number;
      let z = 0;
      for (let k = from; k < to; k++) z += ahead[ids[k] as number] as number;
      const error = sigmoid(biasAhead + z * value) - (labels[i] as number);
      biasGrad += error;
      const g = error * value;
      for (let k = from; k < to; k++) grad[ids[k] as number] = (grad[ids[k] as number] as number) + g;
    }
    for (let j = 0; j < m; j++) {
      const v =
        mu * (velocity[j] as number) - options.rate * ((grad[j] as number) / n + options.l2 * (ahead[j] as number));
      velocity[j] = v;
      w[j] = (w[j] as number) + v;
    }
    biasVelocity = mu * biasVelocity - (options.rate * biasGrad) / n;
    bias += biasVelocity;
  }

  const scale = 10 ** digits;
  const weights = new Map<string, number>();
  for (let j = 0; j < vocabulary.length; j++) {
    // `+ 0` turns a rounded -0 into 0, so that JSON and equality agree.
    weights.set(vocabulary[j] as string, Math.round((w[j] as number) * scale) / scale + 0);
  }
  return { bias: Math.round(bias * scale) / scale + 0, weights };
}

import { describe, expect, it } from 'vitest';
import { load, predict, sigmoid, store, trainLogistic } from './logistic.js';
import { chooseThreshold, foldOf } from './train-threat-model.js';

const documents = [
  ['a', 'x'],
  ['a', 'y'],
  ['a', 'x', 'y'],
  ['b', 'x'],
  ['b', 'y'],
  ['b', 'x', 'y'],
];
const labels = [1, 1, 1, 0, 0, 0];
const options = { l2: 1e-3, steps: 500, rate: 4, minDocuments: 1 };

describe('logistic regression', () => {
  it('learns which feature carries the label and which does not', () => {
    const model = trainLogistic(documents, labels, options);
    expect(model.weights.get('a')).toBeGreaterThan(1);
    expect(model.weights.get('b')).toBeLessThan(-1);
    expect(Math.abs(model.weights.get('x') ?? 1)).toBeLessThan(0.1);
    expect(predict(model, ['a', 'x'])).toBeGreaterThan(0.8);
    expect(predict(model, ['b', 'y'])).toBeLessThan(0.2);
  });

  it('is deterministic, keeps rounded weights and survives storing and loading', () => {
    const first = trainLogistic(documents, labels, options);
    const second = trainLogistic([...documents], [...labels], options);
    expect(store(second)).toEqual(store(first));
    for (const w of first.weights.values()) expect(Math.round(w * 1e4) / 1e4).toBe(w);
    expect(store(load(JSON.parse(JSON.stringify(store(first)))))).toEqual(store(first));
  });

  it('leaves rare features out of the vocabulary and ignores unknown features', () => {
    const model = trainLogistic([...documents, ['a', 'rare']], [...labels, 1], { ...options, minDocuments: 2 });
    expect(model.weights.has('rare')).toBe(false);
    expect(predict(model, ['never-seen'])).toBeCloseTo(sigmoid(model.bias), 10);
    expect(predict(model, ['a', 'never-seen'])).toBe(predict(model, ['a']));
  });

  it('has a sigmoid that stays finite for large inputs', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });

  it('refuses documents and labels of different lengths', () => {
    expect(() => trainLogistic(documents, [1], options)).toThrow();
  });
});

describe('choosing the threshold', () => {
  it('takes the highest recall at the required precision', () => {
    const probabilities = [0.95, 0.9, 0.8, 0.7, 0.6, 0.4, 0.3];
    const truth = [1, 1, 0, 1, 1, 0, 1];
    // At 0.60 four of five flagged are threats (precision 0.8); at 0.90 two of two (precision 1).
    expect(chooseThreshold(probabilities, truth, 0.8)).toMatchObject({ threshold: 0.6, tp: 4, fp: 1, fn: 1 });
    expect(chooseThreshold(probabilities, truth, 0.95)).toMatchObject({ threshold: 0.9, tp: 2, fp: 0, fn: 3 });
  });

  it('puts every id in a stable fold', () => {
    expect(foldOf('u001')).toBe(foldOf('u001'));
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 500; i++) counts[foldOf(`u${i}`)] = (counts[foldOf(`u${i}`)] ?? 0) + 1;
    for (const n of counts) expect(n).toBeGreaterThan(50);
  });
});

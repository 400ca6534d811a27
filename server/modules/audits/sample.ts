import { createHash } from 'node:crypto';

/** mulberry32: a small, well-known 32-bit generator; good enough to pick reports, and the same everywhere. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Draws `size` ids at random, reproducibly: the candidates are sorted first, so the same seed over the same
 * eligible reports gives the same sample in the same order, whatever order the database returned them in.
 */
export function drawSample(candidates: readonly string[], seed: string, size: number): string[] {
  const pool = [...new Set(candidates)].sort();
  const random = generator(createHash('sha256').update(seed).digest().readUInt32BE(0));
  // A partial Fisher–Yates shuffle: every subset of `size` is equally likely.
  const take = Math.min(size, pool.length);
  for (let index = 0; index < take; index++) {
    const pick = index + Math.floor(random() * (pool.length - index));
    [pool[index], pool[pick]] = [pool[pick] as string, pool[index] as string];
  }
  return pool.slice(0, take);
}

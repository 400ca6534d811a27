import { describe, expect, it } from 'vitest';
import { drain, startLoop } from './loop.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a background loop', () => {
  it('never runs two ticks at once, and its stop waits for the tick in hand', async () => {
    let running = 0;
    let most = 0;
    let finished = 0;
    const stop = startLoop(
      async () => {
        running++;
        most = Math.max(most, running);
        await pause(40);
        running--;
        finished++;
      },
      () => {},
      5,
      { runAtStart: true },
    );
    await pause(400);
    await stop();
    expect(most).toBe(1);
    expect(running).toBe(0);
    expect(finished).toBeGreaterThanOrEqual(2);
    const after = finished;
    await pause(30);
    expect(finished).toBe(after);
  });

  it('reports a failing tick and keeps going', async () => {
    const errors: unknown[] = [];
    let ticks = 0;
    const stop = startLoop(
      async () => {
        ticks++;
        throw new Error(`tick ${ticks}`);
      },
      (error) => errors.push(error),
      5,
    );
    await pause(300);
    await stop();
    expect(ticks).toBeGreaterThanOrEqual(2);
    expect(errors).toHaveLength(ticks);
  });

  it('drains batch by batch until a batch finds nothing', async () => {
    const batches = [3, 2, 0, 5];
    const tick = drain(async () => batches.shift() ?? 0);
    await tick(() => false);
    expect(batches).toEqual([5]);
  });
});

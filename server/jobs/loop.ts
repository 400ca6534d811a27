/**
 * A background job that every process runs: `tick` every `intervalMs`, and once at the start when asked. Ticks
 * never overlap (a tick still running when the next is due is left to finish; the next one is skipped). Errors go
 * to `onError`, except after the stop. The returned function stops the loop and waits for the tick in hand, so a
 * shutdown never cuts a job off half-way.
 */
export function startLoop(
  tick: (stopped: () => boolean) => Promise<unknown>,
  onError: (error: unknown) => void,
  intervalMs: number,
  options: { runAtStart?: boolean } = {},
): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> | null = null;
  const isStopped = () => stopped;
  const run = () => {
    if (stopped || running) return;
    running = tick(isStopped)
      .catch((error: unknown) => {
        if (!stopped) onError(error);
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  if (options.runAtStart) run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** A tick that repeats `batch` while it still finds work (it answers how many it did) and the loop runs. */
export function drain(batch: () => Promise<number>): (stopped: () => boolean) => Promise<void> {
  return async (stopped) => {
    while ((await batch()) > 0 && !stopped()) {
      // the next batch
    }
  };
}

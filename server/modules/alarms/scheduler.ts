import type { AppContext } from '../../app-context.js';
import { drain, startLoop } from '../../jobs/loop.js';
import { fireAndPublish } from './service.js';

/** How often every process looks for due escalation deadlines; the error against a deadline stays below this. */
export const ESCALATION_POLL_MS = 250;

/**
 * Runs in every process. The deadlines are rows, so a restart or a crash loses nothing: the next poll of any
 * process fires what is due, late ones at once.
 */
export function startEscalationScheduler(
  ctx: AppContext,
  log: (message: string, error?: unknown) => void,
  intervalMs = ESCALATION_POLL_MS,
): () => Promise<void> {
  return startLoop(
    drain(() => fireAndPublish(ctx)),
    (error) => log('firing escalation deadlines failed', error),
    intervalMs,
  );
}

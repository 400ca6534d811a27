const STEP_OUTCOMES = new Set(['step_done', 'step_not_applicable', 'step_skipped']);

/**
 * Seconds each step took: from the previous step's outcome (or the start) to this one's, the same measure the
 * compliance overview uses. Phase changes, handovers and alarms in between belong to the step's time.
 */
export function stepDurations(events: { type: string; at: string }[]): (number | undefined)[] {
  let since: number | null = null;
  return events.map((event) => {
    const at = new Date(event.at).getTime();
    if (event.type === 'started') {
      since = at;
      return undefined;
    }
    if (!STEP_OUTCOMES.has(event.type) || since === null) return undefined;
    const seconds = (at - since) / 1000;
    since = at;
    return seconds;
  });
}

import { useState } from 'react';

/**
 * Runs a form's or button's work and keeps its error for an ErrorAlert: the pattern every screen repeats.
 * `run` answers whether the work succeeded, so callers can clear fields or move on.
 */
export function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function run(work: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    setBusy(true);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}

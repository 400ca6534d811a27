import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import type { SectionSpec } from './kpis/types.js';

/**
 * Settings for one section's queries, local to their transaction (issue 8):
 * - `jit = off`: over five years the planner's cost passes PostgreSQL's JIT threshold, and compiling the query took
 *   longer than the scan it was meant to speed up (a few hundred milliseconds per query on the 2-core machine).
 * - `work_mem`: an exact median sorts the period's values; five years of follow-up intervals or alarm responses
 *   sort in memory instead of spilling to disk. One dashboard runs its sections one after another on one
 *   connection, so this is one sort's worth per dashboard being read, not per section.
 */
const SETTINGS = sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`;

/** The section, measuring in its own transaction with the dashboard's read settings (see SETTINGS). */
export function withReadSettings(section: SectionSpec): SectionSpec {
  return {
    ...section,
    measure: (db, scope) =>
      (db as Db).transaction(async (tx: Executor) => {
        await tx.execute(SETTINGS);
        return section.measure(tx, scope);
      }),
  };
}

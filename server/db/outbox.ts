import { and, asc, inArray, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

/**
 * The shared mechanics of Regie's outboxes (mail, webhook deliveries): rows written in the business transaction,
 * then sent by a background loop that any number of processes may run at the same time.
 */
export interface OutboxTable {
  table: PgTable;
  id: AnyPgColumn;
  status: AnyPgColumn;
  nextAttemptAt: AnyPgColumn;
}

/**
 * Claims up to `batch` due rows (pending, or failed and due again). SKIP LOCKED keeps two processes from taking the
 * same row; the lease pushes the row's next attempt forward, so a process that crashes while sending leaves the row
 * to be picked up again once the lease has passed.
 */
export async function claimDue(
  db: Db,
  outbox: OutboxTable,
  options: { batch: number; leaseSeconds: number; now: Date },
): Promise<number[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox.table)
      .where(and(inArray(outbox.status, ['pending', 'failed']), lte(outbox.nextAttemptAt, options.now)))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(options.batch)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const ids = due.map((row) => Number(row.id));
    const lease = sql`${options.now.toISOString()}::timestamptz + make_interval(secs => ${options.leaseSeconds})`;
    await tx.execute(
      sql`update ${outbox.table} set ${sql.identifier(outbox.nextAttemptAt.name)} = ${lease} where ${inArray(outbox.id, ids)}`,
    );
    return ids;
  });
}

/** After a failed attempt: when to try again, or dead once the back-off list is used up. */
export function afterFailure(
  attempts: number,
  delaysSeconds: readonly number[],
  now: Date,
): { status: 'failed' | 'dead'; nextAttemptAt: Date } {
  const delay = delaysSeconds[attempts - 1];
  return {
    status: delay === undefined ? 'dead' : 'failed',
    nextAttemptAt: new Date(now.getTime() + (delay ?? 0) * 1000),
  };
}

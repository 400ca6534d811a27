import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { GENESIS_HASH } from './chain.js';
import { auditHead } from './tables.js';

export interface VerificationResult {
  ok: boolean;
  checked: number;
  /** The first sequence number where the chain is broken, when it is. */
  brokenAt: number | null;
  reason: 'changed' | 'missing' | 'head_mismatch' | null;
}

const PAGE = 1000;

/** Walks the whole chain: recomputes each hash and checks that no row is missing, in the middle or at the end. */
export async function verifyAuditChain(db: Executor): Promise<VerificationResult> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    // Each row's hash is recomputed by the same SQL function that sealed it (migration 0015).
    const rows = await queryRows<{ seq: number; prevHash: string; hash: string; recomputed: string }>(
      db,
      sql`select seq::int as seq, prev_hash as "prevHash", hash,
            audit_row_hash(seq, at, actor_id, actor_label, action, entity_type, entity_id, changes, prev_hash)
              as recomputed
          from audit_log where seq > ${expectedSeq - 1} order by seq limit ${PAGE}`,
    );
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, reason: 'missing' };
      // The previous row was rewritten together with its own hash: the link to it no longer holds.
      if (row.prevHash !== prevHash) return { ok: false, checked, brokenAt: row.seq - 1, reason: 'changed' };
      if (row.recomputed !== row.hash) return { ok: false, checked, brokenAt: row.seq, reason: 'changed' };
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < PAGE) break;
  }
  const [head] = await db.select().from(auditHead);
  const headSeq = head?.seq ?? 0;
  if (headSeq !== checked || (head && head.hash !== prevHash)) {
    return { ok: false, checked, brokenAt: checked + 1, reason: 'head_mismatch' };
  }
  return { ok: true, checked, brokenAt: null, reason: null };
}

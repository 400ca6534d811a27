import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { ADVISORY_LOCKS } from '../../db/locks.js';
import { GENESIS_HASH, rowHash } from './chain.js';
import { auditHead, auditLog } from './tables.js';

/** Who did it: a signed-in user, or the system itself (demo data, jobs). */
export interface Actor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };

/** Fields whose values never enter the audit log; only the fact that they changed. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'csrfToken', 'totpSecret', 'totpPendingSecret']);

type Plain = Record<string, unknown>;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/** The fields that differ between before and after, as { field: { from, to } }; secrets are masked. */
export function changedFields(before: Plain | null, after: Plain | null): Plain {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Plain = {};
  for (const key of keys) {
    const from = normalise(before?.[key]);
    const to = normalise(after?.[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = SECRET_FIELDS.has(key) ? { changed: true } : { from, to };
  }
  return changes;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Plain | null;
  after?: Plain | null;
  /** Extra facts that are not field changes (e.g. the reason of a failed login). */
  details?: Plain;
}

/** Appends one audit row inside the caller's transaction, chained to the previous row. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.auditChain})`);
  const [head] = await tx.select().from(auditHead).where(sql`${auditHead.id} = 1`);
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const changes = JSON.parse(
    JSON.stringify({ ...changedFields(entry.before ?? null, entry.after ?? null), ...(entry.details ?? {}) }),
  ) as Plain;
  const row = {
    seq,
    at: new Date(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    changes,
    prevHash,
  };
  const hash = rowHash(row);
  await tx.insert(auditLog).values({ ...row, hash });
  await tx
    .insert(auditHead)
    .values({ id: 1, seq, hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq, hash } });
}

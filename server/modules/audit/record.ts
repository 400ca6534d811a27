import type { Tx } from '../../db/client.js';
import { auditPending } from './tables.js';

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

/**
 * The fields that differ between before and after, as { field: { from, to } }. Secrets, and the personal fields the
 * caller names, are only marked as changed.
 */
export function changedFields(before: Plain | null, after: Plain | null, personal: readonly string[] = []): Plain {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Plain = {};
  for (const key of keys) {
    const from = normalise(before?.[key]);
    const to = normalise(after?.[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = SECRET_FIELDS.has(key) || personal.includes(key) ? { changed: true } : { from, to };
  }
  return changes;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Plain | null;
  after?: Plain | null;
  /**
   * Fields of before/after that hold someone's personal data (a client's name, phone, address): the append-only log
   * records that they changed, never their values, so an erasure request leaves nothing of them behind.
   */
  personal?: readonly string[];
  /** Extra facts that are not field changes (e.g. the reason of a failed login). */
  details?: Plain;
}

/**
 * Appends one audit row inside the caller's transaction. The row is numbered and chained to the previous one while
 * the transaction commits (trigger audit_seal, migration audit_sealed_at_commit), so a rolled-back write leaves no
 * row and writers do not wait for each other's open transactions.
 */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  const changes = JSON.parse(
    JSON.stringify({
      ...changedFields(entry.before ?? null, entry.after ?? null, entry.personal),
      ...(entry.details ?? {}),
    }),
  ) as Plain;
  await tx.insert(auditPending).values({
    at: new Date(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    changes,
  });
}

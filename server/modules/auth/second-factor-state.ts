import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SecondFactorState } from '../../http/policy.js';
import { organisation } from '../org/tables.js';
import { type Role, SENSITIVE_DATA_ROLES } from '../users/roles.js';

async function twoFactorRequiredByOrganisation(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ required: organisation.twoFactorRequired })
    .from(organisation)
    .where(eq(organisation.id, 1));
  return row?.required ?? true;
}

/**
 * Whether these roles must sign in with a second factor. The organisation's setting is read only for roles that
 * see sensitive data, so most requests (employees) cost no extra query.
 */
export async function secondFactorRequired(db: Executor, roles: readonly Role[]): Promise<boolean> {
  if (!roles.some((role) => SENSITIVE_DATA_ROLES.includes(role))) return false;
  return twoFactorRequiredByOrganisation(db);
}

/** Where a session stands with the second factor: verified (or not needed), still to verify, or still to set up. */
export async function secondFactorState(
  db: Executor,
  input: { pendingSecondFactor: boolean; totpEnabled: boolean; roles: readonly Role[] },
): Promise<SecondFactorState> {
  if (input.pendingSecondFactor) return 'verify';
  if (!input.totpEnabled && (await secondFactorRequired(db, input.roles))) return 'setup';
  return 'ok';
}

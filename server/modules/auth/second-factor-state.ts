import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SecondFactorState } from '../../http/policy.js';
import { organisation } from '../org/tables.js';
import { type Role, SENSITIVE_DATA_ROLES } from '../users/roles.js';

export async function twoFactorRequiredByOrganisation(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ required: organisation.twoFactorRequired })
    .from(organisation)
    .where(eq(organisation.id, 1));
  return row?.required ?? true;
}

export function secondFactorRequiredFor(roles: readonly Role[], organisationRequires: boolean): boolean {
  return organisationRequires && roles.some((role) => SENSITIVE_DATA_ROLES.includes(role));
}

/** Where a session stands with the second factor: verified (or not needed), still to verify, or still to set up. */
export function secondFactorState(input: {
  pendingSecondFactor: boolean;
  totpEnabled: boolean;
  roles: readonly Role[];
  organisationRequires: boolean;
}): SecondFactorState {
  if (input.pendingSecondFactor) return 'verify';
  if (!input.totpEnabled && secondFactorRequiredFor(input.roles, input.organisationRequires)) return 'setup';
  return 'ok';
}

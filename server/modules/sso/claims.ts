import { isRole, type Role } from '../users/roles.js';
import type { RoleMappingEntry } from './tables.js';

/** A claim's values as strings: a group list, a single role, or nothing usable. */
function claimValues(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string');
  return [];
}

/**
 * The Regie roles the provider's claim gives, in the order of ROLES: every mapping entry whose value the claim
 * holds (case-sensitive: group ids are exact), else the default role, else none (the sign-in is refused).
 */
export function rolesFromClaims(
  claims: Record<string, unknown>,
  settings: { roleClaim: string; roleMapping: RoleMappingEntry[]; defaultRole: string | null },
): Role[] {
  const values = new Set(claimValues(claims[settings.roleClaim]));
  const roles = new Set<Role>();
  for (const entry of settings.roleMapping) {
    if (values.has(entry.value) && isRole(entry.role)) roles.add(entry.role);
  }
  if (roles.size === 0 && settings.defaultRole && isRole(settings.defaultRole)) roles.add(settings.defaultRole);
  return [...roles].sort();
}

// RFC 8176 methods that are themselves a second factor or say several were used.
const MULTI_FACTOR_AMR = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'fpt', 'face', 'iris']);

/**
 * Whether the provider says it used more than one factor: amr holds mfa/otp (or another second-factor method),
 * or an acr names a level above a single password (anything but "0", "1" or the plain-password urn).
 */
export function providerAssertedMfa(claims: Record<string, unknown>): boolean {
  if (claimValues(claims.amr).some((method) => MULTI_FACTOR_AMR.has(method.toLowerCase()))) return true;
  const acr = typeof claims.acr === 'string' ? claims.acr.trim() : '';
  if (acr === '' || acr === '0' || acr === '1') return false;
  return !/password|pwd/i.test(acr);
}

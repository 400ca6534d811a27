import type { UserRow } from './repository.js';
import type { Role } from './roles.js';
import type { TUser } from './schema.js';

/** What leaves the server about a user: never the password hash or lockout counters. */
export function presentUser(row: UserRow, roles: Role[], now = new Date()): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles,
    language: row.language === 'en' ? 'en' : 'nl',
    active: row.active,
    officeId: row.officeId,
    departmentId: row.departmentId,
    teamId: row.teamId,
    mustChangePassword: row.mustChangePassword,
    locked: row.lockedUntil !== null && row.lockedUntil > now,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

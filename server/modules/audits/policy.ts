import { hasAnyRole, type SessionUser } from '../../http/policy.js';

export const auditPolicy = {
  /** Drawing samples and scoring them is the safety officer's (seed 000: audit of registrations in month 3). */
  manage: hasAnyRole('safety_officer'),
  /** The director answers for the approach and reads the audits, sampled reports included. */
  read: hasAnyRole('safety_officer', 'director'),
  /** Outcomes per department: managers see their own department's (checked in the service). */
  results: hasAnyRole('safety_officer', 'director', 'manager'),
};

/** All departments (true), one department (its id), or none. */
export function resultScope(user: SessionUser): true | string | null {
  if (user.roles.includes('safety_officer') || user.roles.includes('director')) return true;
  if (user.roles.includes('manager') && user.departmentId) return user.departmentId;
  return null;
}

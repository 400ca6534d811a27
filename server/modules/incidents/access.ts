import type { SessionUser } from '../../http/policy.js';
import type { incidents } from './tables.js';

type IncidentRow = typeof incidents.$inferSelect;

/**
 * How a user stands to one report:
 * - 'case': follows up the case (the safety officer always; a manager of the employee's department unless the
 *   reporter routed it to the safety officer);
 * - 'reporter': wrote it or is the employee it is about;
 * - 'none': may not know it exists (the API answers 404).
 * Pure, so the rule is tested without a database.
 */
export function accessTo(incident: IncidentRow, user: SessionUser): 'case' | 'reporter' | 'none' {
  if (incident.status === 'draft') return incident.reportedBy === user.id ? 'reporter' : 'none';
  if (user.roles.includes('safety_officer')) return 'case';
  if (
    user.roles.includes('manager') &&
    incident.routeTo === 'manager' &&
    user.departmentId !== null &&
    user.departmentId === incident.departmentId
  )
    return 'case';
  if (incident.reportedBy === user.id || incident.employeeId === user.id) return 'reporter';
  return 'none';
}

/** A closed or archived case is no longer completed by the reporter; archived ones by nobody. */
export function mayEdit(incident: IncidentRow, access: 'case' | 'reporter' | 'none'): boolean {
  if (access === 'none' || incident.caseStatus === 'archived') return false;
  if (access === 'case') return true;
  return incident.caseStatus !== 'closed';
}

/** The essentials of a quick report: when, which channel, what kind, and what happened. */
export function missingEssentials(incident: IncidentRow): string[] {
  const missing: string[] = [];
  if (!incident.occurredAt) missing.push('occurredAt');
  if (!incident.channel) missing.push('channel');
  if (incident.forms.length === 0) missing.push('forms');
  if (incident.facts.trim().length === 0) missing.push('facts');
  return missing;
}

/** Arbowet art. 9: death, hospital admission or permanent (also psychological) injury is reported at once. */
export function isSerious(incident: Pick<IncidentRow, 'hospitalAdmission' | 'permanentInjury' | 'death'>): boolean {
  return incident.hospitalAdmission || incident.permanentInjury || incident.death;
}

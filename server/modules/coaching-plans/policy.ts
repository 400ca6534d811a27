import { hasAnyRole, type SessionUser, signedIn } from '../../http/policy.js';

export const coachingPlanPolicy = {
  /** Progress per team: managers their own department's teams (checked in the service), safety officer and director all. */
  read: hasAnyRole('manager', 'safety_officer', 'director'),
  /** After a training, or on demand: the safety officer for any team, a manager for their own teams. */
  start: hasAnyRole('manager', 'safety_officer'),
  /** Anyone can own an item (a duo coaches itself); whether this user may work on it is checked in the service. */
  work: signedIn,
};

/** Whether a user sees all plans (true), only those of teams in their own department (a department id), or none. */
export function planScope(user: SessionUser): true | string | null {
  if (user.roles.includes('safety_officer') || user.roles.includes('director')) return true;
  if (user.roles.includes('manager') && user.departmentId) return user.departmentId;
  return null;
}

/** Who may tick or re-plan an item: its owner, the safety officer, a manager of the team's department. */
export function mayWorkOn(user: SessionUser, ownerId: string, departmentId: string): boolean {
  if (user.id === ownerId || user.roles.includes('safety_officer')) return true;
  return user.roles.includes('manager') && user.departmentId === departmentId;
}

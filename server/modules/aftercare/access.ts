import type { SessionUser } from '../../http/policy.js';
import type { aftercareCheckins } from './tables.js';

type CheckinRow = Pick<typeof aftercareCheckins.$inferSelect, 'personId' | 'caretaker' | 'departmentId'>;

/**
 * Whether a user holds a person's aftercare conversations: a manager of the person's department, or the safety
 * officer when the report went to them. Never the person themself (a manager's own aftercare is someone else's).
 * Pure, so the rule is tested without a database.
 */
export function isCaretaker(checkin: CheckinRow, user: SessionUser): boolean {
  if (checkin.personId === user.id) return false;
  if (checkin.caretaker === 'safety_officer') return user.roles.includes('safety_officer');
  return user.roles.includes('manager') && user.departmentId !== null && user.departmentId === checkin.departmentId;
}

/** The answers and the conversation are the person's and their caretaker's alone. */
export function maySeeAnswers(checkin: CheckinRow, user: SessionUser): boolean {
  return checkin.personId === user.id || isCaretaker(checkin, user);
}

import { hasAnyRole, type SessionUser } from '../../http/policy.js';

export const dutyPolicy = {
  /** Teams, rosters and escalation of an office: its managers (checked per office), the safety officer, the admin. */
  manage: hasAnyRole('manager', 'safety_officer', 'admin'),
  /** Who is on duty now and the under-staffing warning: the office's managers and the safety officer. */
  overview: hasAnyRole('manager', 'safety_officer', 'admin'),
  /** Own availability, room/desk and heartbeat: whoever raises or answers alarms. */
  own: hasAnyRole('employee', 'responder', 'manager'),
};

/** A manager manages the office they work at; the safety officer and the admin every office. */
export function mayManageOffice(user: SessionUser, officeId: string): boolean {
  if (user.roles.includes('safety_officer') || user.roles.includes('admin')) return true;
  return user.roles.includes('manager') && user.officeId === officeId;
}

import { hasAnyRole, signedIn } from '../../http/policy.js';

/**
 * Who may try what in aftercare; the service decides per check-in (access.ts):
 * - anyone signed in answers their own check-ins and asks for a conversation (a witness can hold any role);
 * - the manager of the person's department (or the safety officer when the report was routed there) holds the
 *   conversations, records absence, the debrief and the evaluation;
 * - HR sees the referrals employees asked for, and records absence;
 * - the safety officer works through the protocol proposals; the schedule is set by the safety officer or admin.
 */
export const aftercarePolicy = {
  own: signedIn,
  caretaker: hasAnyRole('manager', 'safety_officer'),
  absence: hasAnyRole('manager', 'safety_officer', 'hr'),
  referrals: hasAnyRole('hr'),
  proposals: hasAnyRole('safety_officer'),
  readSettings: hasAnyRole('manager', 'safety_officer', 'admin'),
  settings: hasAnyRole('safety_officer', 'admin'),
  /** Numbers without names (dashboards). */
  figures: hasAnyRole('director', 'safety_officer', 'hr'),
};

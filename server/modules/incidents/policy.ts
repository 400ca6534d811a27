import { hasAnyRole } from '../../http/policy.js';

/**
 * Who may do what with incident reports. The route policies say which roles may try; the service decides per
 * report (incidents/access.ts):
 * - anyone who meets clients reports (also on behalf of a colleague) and sees their own reports ("Mijn meldingen");
 * - a draft is its writer's alone;
 * - the case is followed up by the managers of the employee's department, unless the reporter routed it to the
 *   safety officer, who sees every case; the director decides heavy measures (measures/policy.ts);
 * - HR, the confidential counsellor and the administrator see no incident reports here (HR gets anonymised figures,
 *   the counsellor the confidential route: both elsewhere).
 */
export const incidentPolicy = {
  report: hasAnyRole('employee', 'responder', 'manager', 'safety_officer'),
  /** Opening one report: its writer, its employee, or whoever follows up the case (checked per report). */
  view: hasAnyRole('employee', 'responder', 'manager', 'safety_officer'),
  /** The list of cases with filters and CSV export. */
  followUp: hasAnyRole('manager', 'safety_officer'),
};

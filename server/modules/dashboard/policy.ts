import { hasAnyRole } from '../../http/policy.js';

export const dashboardPolicy = {
  /**
   * Figures, never records: the director and the safety officer see the organisation, a manager their own
   * department (narrowed in the service), HR anonymised figures. Employees and responders see no dashboard.
   */
  view: hasAnyRole('director', 'safety_officer', 'manager', 'hr'),
  /** Complaints are counted in another system; the safety officer enters the monthly counts (director reads). */
  viewComplaints: hasAnyRole('safety_officer', 'director'),
  enterComplaints: hasAnyRole('safety_officer'),
  /** The evidence report goes to management, the works council and the RI&E: the safety officer makes it. */
  evidence: hasAnyRole('safety_officer', 'director'),
};

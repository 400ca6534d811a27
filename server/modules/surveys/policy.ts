import { hasAnyRole, signedIn } from '../../http/policy.js';

export const surveyPolicy = {
  /** The safety officer owns measurement (DOMAIN.md): campaigns, items, targets, reminders. */
  manage: hasAnyRole('safety_officer'),
  /**
   * Results: the safety officer and the director the organisation, HR anonymised figures (all survey figures are),
   * a manager the teams of their own department (narrowed in the service).
   */
  read: hasAnyRole('safety_officer', 'director', 'hr', 'manager'),
  /** Anyone invited answers; whether the user was invited is checked in the service (404 otherwise). */
  answer: signedIn,
};

import { hasAnyRole, signedIn } from '../../http/policy.js';

/**
 * The confidential route (seed 001): anyone in the organisation may report unwanted behaviour by a colleague and
 * follow their report with its code; only the confidential counsellor (vertrouwenspersoon) reads reports. No
 * other role is listed here, managers and the administrator included: they are not told a report exists.
 */
export const confidentialPolicy = {
  report: signedIn,
  follow: signedIn,
  counsel: hasAnyRole('confidant'),
};

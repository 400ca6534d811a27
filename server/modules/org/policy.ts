import { hasAnyRole, signedIn } from '../../http/policy.js';

export const orgPolicy = {
  /** Offices, departments and teams are needed by everyone (location of an alarm, the report form). */
  read: signedIn,
  manage: hasAnyRole('admin'),
};

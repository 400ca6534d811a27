import { hasAnyRole, signedIn } from '../../http/policy.js';

export const usersPolicy = {
  /** Managing accounts, roles and passwords is the admin's job alone. */
  manage: hasAnyRole('admin'),
  /** Everyone manages their own profile (language). */
  ownProfile: signedIn,
};

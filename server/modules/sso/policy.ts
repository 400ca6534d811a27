import { anyone, hasAnyRole } from '../../http/policy.js';

export const ssoPolicy = {
  /** Connecting the identity provider and deciding who gets which role is the admin's. */
  manage: hasAnyRole('admin'),
  /** Signing in through the provider starts without a session. */
  signIn: anyone,
};

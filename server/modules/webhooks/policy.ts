import { hasAnyRole } from '../../http/policy.js';

export const webhookPolicy = {
  /** Connecting outside systems is the admin's: they also decide how much a subscriber may receive. */
  manage: hasAnyRole('admin'),
};

import { hasAnyRole, signedIn } from '../../http/policy.js';

export const signalCardPolicy = {
  /** Everyone carries the card. */
  read: signedIn,
  /** The safety officer owns it, as the protocol it comes from (DOMAIN.md). */
  edit: hasAnyRole('safety_officer'),
};

import { hasAnyRole, signedIn } from '../../http/policy.js';

export const protocolPolicy = {
  /** Every employee can look up the protocol and the tolerance boundary, including earlier versions. */
  read: signedIn,
  /** The safety officer owns the protocol: drafts, review and publishing. */
  edit: hasAnyRole('safety_officer'),
};

import { hasAnyRole, signedIn } from '../../http/policy.js';

export const languagePolicy = {
  /** Everyone who writes in Regie may have their text checked; nothing is stored. */
  analyse: signedIn,
  /** The audit of registrations and language use is the safety officer's (seed 000, month 3). */
  audit: hasAnyRole('safety_officer'),
};

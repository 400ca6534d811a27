import { signedIn } from '../../http/policy.js';

export const languagePolicy = {
  /** Everyone who writes in Regie may have their text checked; nothing is stored. */
  analyse: signedIn,
};

import { hasAnyRole, signedIn } from '../../http/policy.js';

export const trainingPolicy = {
  /** Everyone practises: front line, managers who back them, and whoever trains (seed 004: repeated training for all). */
  practise: signedIn,
  /**
   * Writing scenarios is the safety officer's, who owns the protocol they teach. Managers practise and follow
   * their team's training, but do not author: a scenario teaches the organisation's line, not a department's.
   */
  author: hasAnyRole('safety_officer'),
};

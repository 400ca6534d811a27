import { hasAnyRole, signedIn } from '../../http/policy.js';

export const trainingPolicy = {
  /** Everyone practises: front line, managers who back them, and whoever trains (seed 004: repeated training for all). */
  practise: signedIn,
  /**
   * Writing scenarios is the safety officer's, who owns the protocol they teach. Managers practise and follow
   * their team's training, but do not author: a scenario teaches the organisation's line, not a department's.
   */
  author: hasAnyRole('safety_officer'),
  /** Managers follow their own department's training (checked in the service: own department only). */
  team: hasAnyRole('manager'),
  /** Requirements and the RI&E evidence belong to the safety officer's training plan; HR keeps training records. */
  records: hasAnyRole('safety_officer', 'hr'),
  plan: hasAnyRole('safety_officer'),
};

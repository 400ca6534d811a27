import { hasAnyRole } from '../../http/policy.js';

export const compliancePolicy = {
  /**
   * How well the protocol is followed: the safety officer evaluates the protocol (seed 004), the director answers
   * for it, a manager looks at their own department (narrowed in the service). Figures only, no client data.
   */
  view: hasAnyRole('safety_officer', 'director', 'manager'),
};

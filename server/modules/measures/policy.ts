import { hasAnyRole } from '../../http/policy.js';

export const measurePolicy = {
  /** Deciding a measure is part of following up the case: the department's manager or the safety officer. */
  decide: hasAnyRole('manager', 'safety_officer'),
  /** Heavy measures (access ban, the employer's police report) wait for the director (seed 003). */
  approve: hasAnyRole('director'),
};

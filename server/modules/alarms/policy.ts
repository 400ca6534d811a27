import { hasAnyRole } from '../../http/policy.js';

export const alarmPolicy = {
  /** Whoever meets clients can raise an alarm; responders and managers also answer them. */
  raise: hasAnyRole('employee', 'responder', 'manager'),
  /** Acting on an alarm (answer, arrive, refine, cancel, resolve): who may is checked per alarm in the service. */
  act: hasAnyRole('employee', 'responder', 'manager'),
  /** Looking at an alarm and its timeline: also the safety officer, who evaluates incidents. */
  view: hasAnyRole('employee', 'responder', 'manager', 'safety_officer'),
  /** The live connection: whoever can raise or be called. */
  stream: hasAnyRole('employee', 'responder', 'manager'),
};

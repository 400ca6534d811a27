import { hasAnyRole } from '../../http/policy.js';

export const handlingPolicy = {
  /** Whoever meets clients handles contacts live; which handling a user may see is decided per handling. */
  handle: hasAnyRole('employee', 'responder', 'manager'),
  /** Viewing one handling: the people involved, their managers and the safety officer (checked in the service). */
  view: hasAnyRole('employee', 'responder', 'manager', 'safety_officer'),
  /** Follow-up tasks are the manager's; the safety officer receives them where a department has no manager. */
  tasks: hasAnyRole('manager', 'safety_officer'),
};

import { hasAnyRole } from '../../http/policy.js';
import type { Role } from '../users/roles.js';

/**
 * Client records are personal data (AVG: limit who sees it). Who needs them:
 * - those who meet clients (employee, responder, manager) look a client up while handling a contact and must see
 *   the active measures (an access ban, a contact restriction) to recognise "the client calls again";
 * - the manager, director and safety officer decide and evaluate measures.
 * HR, the confidential counsellor and the administrator have no task with client records and see none.
 */
export const CLIENT_READERS: Role[] = ['employee', 'responder', 'manager', 'director', 'safety_officer'];

/** Who may see why a measure was taken (the reason and the incident behind it): those who decide and evaluate. */
export const MEASURE_REASON_READERS: Role[] = ['manager', 'director', 'safety_officer'];

export const clientPolicy = {
  /** Search and view a client with its active measures. */
  view: hasAnyRole(...CLIENT_READERS),
  /** Record a new client or correct one: whoever meets them (during a handling) and those who follow up. */
  edit: hasAnyRole('employee', 'responder', 'manager', 'safety_officer'),
  /** Link a client to a live handling: the person handling it (checked in the service). */
  link: hasAnyRole('employee', 'responder', 'manager'),
};

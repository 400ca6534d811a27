import type { Executor } from '../../db/client.js';
import { readSsoSettings, ssoActive } from './repository.js';

/**
 * Whether non-administrators may sign in with a password. Off only while SSO is on: administrators always keep
 * their password (with two-step verification) as the break-glass way in when the identity provider is down or
 * misconfigured.
 */
export async function passwordLoginAllowed(db: Executor): Promise<boolean> {
  const settings = await readSsoSettings(db);
  return settings.passwordLoginEnabled || !ssoActive(settings);
}

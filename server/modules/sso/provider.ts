import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Config } from '../../config.js';
import type { SsoSettingsRow } from './repository.js';
import { openSecret } from './secret-box.js';

// The provider's metadata and keys change rarely; re-discovering on every sign-in would make each one slower.
const CACHE_MS = 10 * 60_000;
const cache = new Map<string, { at: number; configuration: Promise<oidc.Configuration> }>();

/** Plain http is accepted only for a provider on this machine outside production (tests, a local Keycloak). */
export function insecureAllowed(issuer: string, config: Config): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && !config.production && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** The provider's configuration for this client (discovery document, endpoints, keys), cached per settings. */
export function providerConfiguration(settings: SsoSettingsRow, config: Config): Promise<oidc.Configuration> {
  const secret = openSecret(settings.clientSecret, config.secretKey);
  const key = createHash('sha256').update(`${settings.issuer}\n${settings.clientId}\n${secret}`).digest('hex');
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.configuration;
  const configuration = oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    secret === '' ? { token_endpoint_auth_method: 'none' } : secret,
    secret === '' ? oidc.None() : oidc.ClientSecretPost(secret),
    {
      timeout: 10,
      ...(insecureAllowed(settings.issuer, config) ? { execute: [oidc.allowInsecureRequests] } : {}),
    },
  );
  // A failed discovery is not cached: the next sign-in tries again.
  configuration.catch(() => cache.delete(key));
  cache.set(key, { at: Date.now(), configuration });
  return configuration;
}

/** After the admin changed the settings the next sign-in discovers again. */
export function forgetProviderConfigurations(): void {
  cache.clear();
}

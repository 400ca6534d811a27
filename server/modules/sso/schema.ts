import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { ROLES } from '../users/roles.js';

export const ZRoleMappingEntry = z.strictObject({
  value: text({ min: 1, max: 200 }),
  role: z.enum(ROLES),
});

/** The SSO settings as the admin sees them; the client secret never leaves the server, only whether one is set. */
export const ZSsoSettings = z.object({
  enabled: z.boolean(),
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  scopes: z.string(),
  roleClaim: z.string(),
  roleMapping: z.array(z.object({ value: z.string(), role: z.enum(ROLES) })),
  defaultRole: z.enum(ROLES).nullable(),
  defaultOfficeId: z.string().nullable(),
  defaultDepartmentId: z.string().nullable(),
  passwordLoginEnabled: z.boolean(),
  ssoEnforcesTwoFactor: z.boolean(),
  /** The address to register at the provider as redirect URI. */
  redirectUri: z.string(),
});
export type TSsoSettings = z.infer<typeof ZSsoSettings>;

const scopeList = text({ min: 1, max: 500 }).refine(
  (value) => value.split(/\s+/).includes('openid') && /^[\x21-\x7e ]+$/.test(value),
  { message: 'Scopes are separated by spaces and include openid' },
);

export const ZUpdateSsoSettingsRequest = z.strictObject({
  enabled: z.boolean(),
  issuer: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]),
  clientId: text({ max: 200 }),
  /** Omitted: keep the stored secret. An empty string removes it (public client with PKCE only). */
  clientSecret: text({ max: 500 }).optional(),
  scopes: scopeList,
  roleClaim: text({ min: 1, max: 100 }),
  roleMapping: z.array(ZRoleMappingEntry).max(100),
  defaultRole: z.enum(ROLES).nullable(),
  defaultOfficeId: z.uuid().nullable(),
  defaultDepartmentId: z.uuid().nullable(),
  passwordLoginEnabled: z.boolean(),
  ssoEnforcesTwoFactor: z.boolean(),
});
export type TUpdateSsoSettingsRequest = z.infer<typeof ZUpdateSsoSettingsRequest>;

/** What the login page needs to know, for everyone. */
export const ZSsoStatus = z.object({ enabled: z.boolean(), passwordLoginEnabled: z.boolean() });

export const ZSsoCallbackQuery = z
  .object({
    code: z.string().max(2000).optional(),
    state: z.string().max(200).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(1000).optional(),
    iss: z.string().max(500).optional(),
    session_state: z.string().max(500).optional(),
  })
  // Providers may add their own parameters to the callback; they are ignored rather than refused.
  .passthrough();

import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, offices } from '../org/tables.js';
import { users } from '../users/tables.js';

/** One value of the role claim (a group id or name, or a role name the provider sends) and the Regie role it gives. */
export interface RoleMappingEntry {
  value: string;
  role: string;
}

/**
 * The organisation's OpenID Connect provider (one per installation, like the organisation row). The client secret
 * is stored encrypted when SECRET_KEY is set (see crypto.ts) and never leaves the server.
 */
export const ssoSettings = pgTable('sso_settings', {
  id: integer('id').primaryKey().default(1),
  enabled: boolean('enabled').notNull().default(false),
  issuer: text('issuer').notNull().default(''),
  clientId: text('client_id').notNull().default(''),
  clientSecret: text('client_secret').notNull().default(''),
  scopes: text('scopes').notNull().default('openid email profile'),
  /** The ID token claim holding groups or roles, e.g. "groups" (Entra ID) or "roles". */
  roleClaim: text('role_claim').notNull().default('groups'),
  roleMapping: jsonb('role_mapping').$type<RoleMappingEntry[]>().notNull().default([]),
  /** Role for someone the mapping gives no role; null refuses them. */
  defaultRole: text('default_role'),
  defaultOfficeId: uuid('default_office_id').references(() => offices.id),
  defaultDepartmentId: uuid('default_department_id').references(() => departments.id),
  /** Off: only administrators may still sign in with a password (the break-glass path). */
  passwordLoginEnabled: boolean('password_login_enabled').notNull().default(true),
  /** The provider's MFA (amr mfa/otp, or an acr) counts as Regie's second factor. */
  ssoEnforcesTwoFactor: boolean('sso_enforces_two_factor').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which provider account (issuer + subject) belongs to which Regie user. */
export const ssoIdentities = pgTable(
  'sso_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] })],
);

/**
 * A sign-in on its way through the provider: the state (also in a cookie of the browser that started it), the
 * nonce and the PKCE verifier. Used once; older than ten minutes it no longer counts.
 */
export const ssoLoginAttempts = pgTable('sso_login_attempts', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

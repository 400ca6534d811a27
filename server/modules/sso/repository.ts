import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ssoSettings } from './tables.js';

export type SsoSettingsRow = typeof ssoSettings.$inferSelect;

/** The settings row, or the defaults (SSO off, password login on) before the admin saved any. */
export async function readSsoSettings(db: Executor): Promise<SsoSettingsRow> {
  const [row] = await db.select().from(ssoSettings).where(eq(ssoSettings.id, 1));
  return (
    row ?? {
      id: 1,
      enabled: false,
      issuer: '',
      clientId: '',
      clientSecret: '',
      scopes: 'openid email profile',
      roleClaim: 'groups',
      roleMapping: [],
      defaultRole: null,
      defaultOfficeId: null,
      defaultDepartmentId: null,
      passwordLoginEnabled: true,
      ssoEnforcesTwoFactor: false,
      updatedAt: new Date(0),
    }
  );
}

/** Whether SSO is configured and switched on: only then can password login be off. */
export function ssoActive(settings: SsoSettingsRow): boolean {
  return settings.enabled && settings.issuer !== '' && settings.clientId !== '';
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { departments, offices } from '../org/tables.js';
import { forgetProviderConfigurations, insecureAllowed } from './provider.js';
import { readSsoSettings, type SsoSettingsRow } from './repository.js';
import type { TSsoSettings, TUpdateSsoSettingsRequest } from './schema.js';
import { sealSecret } from './secret-box.js';
import { ssoSettings } from './tables.js';

export const CALLBACK_PATH = '/api/v1/auth/sso/callback';

/** Where the provider sends the browser back: PUBLIC_URL when set, else the address this request came to. */
export function redirectUri(ctx: AppContext, requestOrigin: string): string {
  return `${ctx.config.publicUrlConfigured ? ctx.config.publicUrl : requestOrigin}${CALLBACK_PATH}`;
}

function present(row: SsoSettingsRow, uri: string): TSsoSettings {
  return {
    enabled: row.enabled,
    issuer: row.issuer,
    clientId: row.clientId,
    hasClientSecret: row.clientSecret !== '',
    scopes: row.scopes,
    roleClaim: row.roleClaim,
    roleMapping: row.roleMapping as TSsoSettings['roleMapping'],
    defaultRole: row.defaultRole as TSsoSettings['defaultRole'],
    defaultOfficeId: row.defaultOfficeId,
    defaultDepartmentId: row.defaultDepartmentId,
    passwordLoginEnabled: row.passwordLoginEnabled,
    ssoEnforcesTwoFactor: row.ssoEnforcesTwoFactor,
    redirectUri: uri,
  };
}

export async function getSsoSettings(ctx: AppContext, requestOrigin: string): Promise<TSsoSettings> {
  return present(await readSsoSettings(ctx.db), redirectUri(ctx, requestOrigin));
}

/** What the audit log keeps of the settings: everything but the secret, which shows only as changed. */
function auditable(row: Omit<SsoSettingsRow, 'id' | 'updatedAt'>) {
  const { clientSecret, ...rest } = row;
  return { ...rest, clientSecret: clientSecret === '' ? 'none' : 'set' };
}

export async function updateSsoSettings(
  ctx: AppContext,
  user: SessionUser,
  input: TUpdateSsoSettingsRequest,
  requestOrigin: string,
): Promise<TSsoSettings> {
  if (input.enabled && (input.issuer === '' || input.clientId === '')) {
    throw new ProblemError(400, 'sso_incomplete');
  }
  if (
    input.issuer !== '' &&
    new URL(input.issuer).protocol !== 'https:' &&
    !insecureAllowed(input.issuer, ctx.config)
  ) {
    throw new ProblemError(400, 'sso_issuer_not_https');
  }
  // Password login can only be off while there is another way in.
  if (!input.passwordLoginEnabled && !input.enabled) throw new ProblemError(400, 'sso_password_login_needed');
  if (input.enabled && input.roleMapping.length === 0 && input.defaultRole === null) {
    throw new ProblemError(400, 'sso_no_roles_configured');
  }
  const saved = await ctx.db.transaction(async (tx) => {
    if (input.defaultOfficeId) {
      const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, input.defaultOfficeId));
      if (!office) throw new ProblemError(400, 'unknown_reference', { field: 'kantoor / office' });
    }
    if (input.defaultDepartmentId) {
      const [department] = await tx
        .select({ id: departments.id })
        .from(departments)
        .where(eq(departments.id, input.defaultDepartmentId));
      if (!department) throw new ProblemError(400, 'unknown_reference', { field: 'afdeling / department' });
    }
    const before = await readSsoSettings(tx);
    const values = {
      enabled: input.enabled,
      issuer: input.issuer.replace(/\/+$/, ''),
      clientId: input.clientId,
      clientSecret:
        input.clientSecret === undefined ? before.clientSecret : sealSecret(input.clientSecret, ctx.config.secretKey),
      scopes: input.scopes.split(/\s+/).join(' '),
      roleClaim: input.roleClaim,
      roleMapping: input.roleMapping,
      defaultRole: input.defaultRole,
      defaultOfficeId: input.defaultOfficeId,
      defaultDepartmentId: input.defaultDepartmentId,
      passwordLoginEnabled: input.passwordLoginEnabled,
      ssoEnforcesTwoFactor: input.ssoEnforcesTwoFactor,
    };
    const [row] = await tx
      .insert(ssoSettings)
      .values({ id: 1, ...values, updatedAt: new Date() })
      .onConflictDoUpdate({ target: ssoSettings.id, set: { ...values, updatedAt: new Date() } })
      .returning();
    if (!row) throw new Error('sso settings upsert returned nothing');
    const { id: _id, updatedAt: _at, ...previous } = before;
    await recordAudit(tx, actorOf(user), {
      action: 'sso.settings_updated',
      entityType: 'organisation',
      entityId: '1',
      before: auditable(previous),
      after: {
        ...auditable(values),
        // A new secret is a change even when both are "set".
        ...(input.clientSecret !== undefined && input.clientSecret !== '' ? { clientSecret: 'new' } : {}),
      },
    });
    return row;
  });
  forgetProviderConfigurations();
  return present(saved, redirectUri(ctx, requestOrigin));
}

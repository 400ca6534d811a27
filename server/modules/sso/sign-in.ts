import { and, eq, lt } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { AppContext } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { secondFactorState } from '../auth/second-factor-state.js';
import type { LoginResult } from '../auth/service.js';
import { openSession } from '../auth/sessions.js';
import {
  countOtherActiveAdmins,
  findUserByEmail,
  findUserById,
  replaceRoles,
  rolesOf,
  toSessionUser,
} from '../users/repository.js';
import type { Role } from '../users/roles.js';
import { users } from '../users/tables.js';
import { providerAssertedMfa, rolesFromClaims } from './claims.js';
import { providerConfiguration } from './provider.js';
import { readSsoSettings, ssoActive } from './repository.js';
import { ssoIdentities, ssoLoginAttempts } from './tables.js';

/** How long a browser may take at the provider (typing a password, approving on a phone). */
const ATTEMPT_MINUTES = 10;

/** Starts a sign-in: remembers state, nonce and PKCE verifier, and returns where to send the browser. */
export async function startSignIn(ctx: AppContext, callbackUri: string): Promise<{ url: string; state: string }> {
  const settings = await readSsoSettings(ctx.db);
  if (!ssoActive(settings)) throw new ProblemError(404, 'sso_not_configured');
  const configuration = await providerConfiguration(settings, ctx.config).catch(() => {
    throw new ProblemError(502, 'sso_provider_unreachable');
  });
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    // Abandoned attempts are cleared here, so the table never grows.
    await tx
      .delete(ssoLoginAttempts)
      .where(lt(ssoLoginAttempts.createdAt, new Date(now.getTime() - ATTEMPT_MINUTES * 60_000)));
    await tx.insert(ssoLoginAttempts).values({ state, nonce, codeVerifier, createdAt: now });
  });
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: callbackUri,
    scope: settings.scopes,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

/** Takes the attempt out (it works once), if it belongs to this browser and is fresh. */
async function takeAttempt(ctx: AppContext, state: string | undefined, cookieState: string | undefined) {
  if (!state || !cookieState || state !== cookieState) throw new ProblemError(400, 'sso_state_invalid');
  const [attempt] = await ctx.db.delete(ssoLoginAttempts).where(eq(ssoLoginAttempts.state, state)).returning();
  if (!attempt || attempt.createdAt.getTime() < Date.now() - ATTEMPT_MINUTES * 60_000) {
    throw new ProblemError(400, 'sso_state_invalid');
  }
  return attempt;
}

interface Identity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
  claims: Record<string, unknown>;
}

async function identityFrom(
  configuration: oidc.Configuration,
  tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>,
  roleClaim: string,
): Promise<Identity> {
  const idClaims = tokens.claims();
  if (!idClaims) throw new ProblemError(400, 'sso_failed');
  let claims: Record<string, unknown> = { ...idClaims };
  // Some providers put e-mail or groups only in the userinfo answer.
  if ((claims.email === undefined || claims[roleClaim] === undefined) && tokens.access_token) {
    const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub).catch(() => null);
    if (info) claims = { ...info, ...claims, [roleClaim]: claims[roleClaim] ?? info[roleClaim] };
  }
  const email =
    typeof claims.email === 'string'
      ? claims.email
      : typeof claims.preferred_username === 'string' && claims.preferred_username.includes('@')
        ? claims.preferred_username
        : null;
  return {
    issuer: idClaims.iss,
    subject: idClaims.sub,
    email: email?.trim().toLowerCase().slice(0, 254) ?? null,
    emailVerified: typeof claims.email_verified === 'boolean' ? claims.email_verified : null,
    name: typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim().slice(0, 200) : null,
    claims,
  };
}

/**
 * Finishes a sign-in at the callback: checks state (against this browser's cookie), PKCE and nonce through the
 * code exchange, finds or creates the user, sets their roles from the mapping, and opens a session. The provider's
 * MFA replaces Regie's own second factor only when the admin said so.
 */
export async function finishSignIn(
  ctx: AppContext,
  input: { currentUrl: URL; cookieState: string | undefined; ip: string; userAgent: string },
): Promise<LoginResult> {
  const settings = await readSsoSettings(ctx.db);
  if (!ssoActive(settings)) throw new ProblemError(404, 'sso_not_configured');
  const attempt = await takeAttempt(ctx, input.currentUrl.searchParams.get('state') ?? undefined, input.cookieState);
  if (input.currentUrl.searchParams.has('error')) throw new ProblemError(401, 'sso_cancelled');
  const configuration = await providerConfiguration(settings, ctx.config).catch(() => {
    throw new ProblemError(502, 'sso_provider_unreachable');
  });
  const tokens = await oidc
    .authorizationCodeGrant(configuration, input.currentUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    })
    .catch((error: unknown) => {
      throw Object.assign(new ProblemError(400, 'sso_failed'), { cause: error });
    });
  const identity = await identityFrom(configuration, tokens, settings.roleClaim);
  const mappedRoles = rolesFromClaims(identity.claims, settings);
  if (mappedRoles.length === 0) {
    await ctx.db.transaction((tx) =>
      recordAudit(
        tx,
        { id: null, label: input.ip },
        {
          action: 'auth.sso_refused',
          entityType: 'user',
          entityId: null,
          details: { reason: 'no_role', issuer: identity.issuer, subject: identity.subject },
        },
      ),
    );
    throw new ProblemError(403, 'sso_no_role');
  }
  const mfa = providerAssertedMfa(identity.claims);
  const mfaCounts = mfa && settings.ssoEnforcesTwoFactor;
  const now = new Date();

  return ctx.db.transaction(async (tx) => {
    const [linked] = await tx
      .select()
      .from(ssoIdentities)
      .where(and(eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.subject, identity.subject)));
    let user = linked ? await findUserById(tx, linked.userId) : undefined;
    let created = false;
    if (!user) {
      if (!identity.email) throw new ProblemError(400, 'sso_email_missing');
      // An existing account is taken over only by an address the provider has not called unverified.
      const existing = await findUserByEmail(tx, identity.email);
      if (existing && identity.emailVerified === false) throw new ProblemError(409, 'sso_email_unverified');
      user = existing;
      if (!user) {
        const [inserted] = await tx
          .insert(users)
          .values({
            email: identity.email,
            name: identity.name ?? identity.email,
            passwordHash: null,
            officeId: settings.defaultOfficeId,
            departmentId: settings.defaultDepartmentId,
          })
          .returning();
        if (!inserted) throw new Error('user insert returned nothing');
        user = inserted;
        created = true;
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: 'user.created_by_sso',
          entityType: 'user',
          entityId: user.id,
          after: { email: user.email, name: user.name, officeId: user.officeId, departmentId: user.departmentId },
          details: { issuer: identity.issuer },
        });
      }
      await tx
        .insert(ssoIdentities)
        .values({ issuer: identity.issuer, subject: identity.subject, userId: user.id, lastLoginAt: now });
    } else {
      await tx
        .update(ssoIdentities)
        .set({ lastLoginAt: now })
        .where(and(eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.subject, identity.subject)));
    }
    if (!user.active) throw new ProblemError(403, 'account_inactive');

    const before = (await rolesOf(tx, [user.id])).get(user.id) ?? [];
    let roles: Role[] = mappedRoles;
    // The provider may not take away the last administrator: the organisation would lock itself out.
    if (before.includes('admin') && !roles.includes('admin') && (await countOtherActiveAdmins(tx, user.id)) === 0) {
      roles = [...roles, 'admin' as const].sort();
    }
    if (created || before.join() !== roles.join()) {
      await replaceRoles(tx, user.id, roles);
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'user.roles_from_sso',
        entityType: 'user',
        entityId: user.id,
        before: { roles: before },
        after: { roles },
      });
    }
    const pendingSecondFactor = user.totpEnabledAt !== null && !mfaCounts;
    // With the code still to come the sign-in is not complete yet (the second-factor step records it then).
    if (!pendingSecondFactor) {
      await tx
        .update(users)
        .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
        .where(eq(users.id, user.id));
    }
    const actor = { id: user.id, label: user.email };
    await recordAudit(tx, actor, {
      action: pendingSecondFactor ? 'auth.password_accepted' : 'auth.login',
      entityType: 'user',
      entityId: user.id,
      details: { method: 'sso', providerMfa: mfa },
    });
    const opened = await openSession(tx, ctx.config, user.id, {
      ip: input.ip,
      userAgent: input.userAgent,
      pendingSecondFactor,
      secondFactorByProvider: mfaCounts,
    });
    const stage = await secondFactorState(tx, {
      pendingSecondFactor,
      totpEnabled: user.totpEnabledAt !== null || mfaCounts,
      roles,
    });
    return { ...opened, user: toSessionUser(user, roles, stage) };
  });
}

import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { passwordLoginAllowed } from '../sso/password-login.js';
import { findUserByEmail, findUserById, rolesOf, toSessionUser } from '../users/repository.js';
import { users } from '../users/tables.js';
import { dummyPasswordHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import { deleteSession, deleteSessionsOfUser } from './repository.js';
import { secondFactorState } from './second-factor-state.js';
import { type OpenedSession, openSession } from './sessions.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, label: user.email };
}

export interface LoginResult extends OpenedSession {
  user: SessionUser;
}

/**
 * A wrong password or second-factor code: counted in the database, not from a row read earlier, so that guesses
 * sent in parallel all count; the fifth locks the account. Always throws.
 */
export async function recordFailedAttempt(
  ctx: AppContext,
  userId: string,
  ip: string,
  failure: 'invalid_credentials' | 'second_factor_invalid' = 'invalid_credentials',
): Promise<never> {
  const now = new Date();
  const lockedUntil = await ctx.db.transaction(async (tx) => {
    const [counted] = await tx
      .update(users)
      .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
      .where(eq(users.id, userId))
      .returning({ failures: users.failedLoginCount });
    const failures = counted?.failures ?? MAX_FAILED_LOGINS;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    if (lockedUntil) await tx.update(users).set({ failedLoginCount: 0, lockedUntil }).where(eq(users.id, userId));
    await recordAudit(
      tx,
      { id: null, label: ip },
      {
        action: lockedUntil ? 'auth.locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: userId,
        details: { failures },
      },
    );
    return lockedUntil;
  });
  if (lockedUntil) throw new ProblemError(423, 'account_locked', { minutes: LOCKOUT_MINUTES });
  throw new ProblemError(401, failure);
}

export async function login(
  ctx: AppContext,
  input: { email: string; password: string; ip: string; userAgent: string },
): Promise<LoginResult> {
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new ProblemError(401, 'invalid_credentials');
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new ProblemError(423, 'account_locked', { minutes });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailedAttempt(ctx, user.id, input.ip);
  }
  if (!user.active) throw new ProblemError(403, 'account_inactive');
  const roles = (await rolesOf(ctx.db, [user.id])).get(user.id) ?? [];
  // Checked after the password, so the answer never tells a stranger which accounts are administrators.
  if (!roles.includes('admin') && !(await passwordLoginAllowed(ctx.db))) {
    throw new ProblemError(403, 'password_login_disabled');
  }
  if (ctx.config.production && (user.isDemo || input.password === DEMO_PASSWORD)) {
    throw new ProblemError(403, 'demo_password_refused');
  }
  // With an authenticator app set up, the password only opens the door to the code step.
  const pendingSecondFactor = user.totpEnabledAt !== null;
  const stage = await secondFactorState(ctx.db, {
    pendingSecondFactor,
    totpEnabled: pendingSecondFactor,
    roles,
  });
  const sessionUser = toSessionUser(user, roles, stage);
  const opened = await ctx.db.transaction(async (tx) => {
    // The failure count starts again only once the whole sign-in succeeded, second factor included.
    if (!pendingSecondFactor) {
      await tx
        .update(users)
        .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
        .where(eq(users.id, user.id));
    }
    await recordAudit(tx, actorOf(sessionUser), {
      action: pendingSecondFactor ? 'auth.password_accepted' : 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
    return openSession(tx, ctx.config, user.id, { ...input, pendingSecondFactor });
  });
  return { ...opened, user: sessionUser };
}

export async function logout(ctx: AppContext, user: SessionUser, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, actorOf(user), { action: 'auth.logout', entityType: 'user', entityId: user.id });
  });
}

export function assertPasswordStrength(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new ProblemError(400, 'password_too_weak');
}

/** The user's own password change; other sessions of the user end, the current one stays. */
export async function changePassword(
  ctx: AppContext,
  user: SessionUser,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await findUserById(ctx.db, user.id);
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new ProblemError(400, 'current_password_wrong');
  }
  assertPasswordStrength(input.newPassword);
  if (input.newPassword === input.currentPassword) throw new ProblemError(400, 'password_reused');
  if (ctx.config.production && input.newPassword === DEMO_PASSWORD)
    throw new ProblemError(400, 'demo_password_refused');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, isDemo: false, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await deleteSessionsOfUser(tx, user.id, sessionId);
    await recordAudit(tx, actorOf(user), {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
      before: { passwordHash: 'old', mustChangePassword: row.mustChangePassword },
      after: { passwordHash: 'new', mustChangePassword: false },
    });
  });
}

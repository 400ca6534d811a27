import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { getOrganisation } from '../org/repository.js';
import { findUserById } from '../users/repository.js';
import { users } from '../users/tables.js';
import { verifyPassword } from './passwords.js';
import { deleteSession, deleteSessionsOfUser } from './repository.js';
import { secondFactorRequired } from './second-factor-state.js';
import { actorOf, recordFailedAttempt } from './service.js';
import { recoveryCodes, sessions } from './tables.js';
import {
  acceptedTotpStep,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  type TotpEnrolment,
  totpEnrolment,
} from './totp.js';

async function userRow(ctx: AppContext, id: string) {
  const row = await findUserById(ctx.db, id);
  if (!row) throw new ProblemError(404, 'not_found');
  return row;
}

/** Accepts a code once: the step is stored only when it is newer than the last accepted one, also under races. */
async function claimTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
  const claimed = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length === 1;
}

/** Two-step verification off: secret, pending secret, last step and recovery codes all gone. */
async function clearTotp(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

export interface TotpStatus {
  enabled: boolean;
  enabledAt: string | null;
  required: boolean;
  recoveryCodesLeft: number;
}

export async function totpStatus(ctx: AppContext, user: SessionUser): Promise<TotpStatus> {
  const row = await userRow(ctx, user.id);
  const [left] = await ctx.db
    .select({ count: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  return {
    enabled: row.totpEnabledAt !== null,
    enabledAt: row.totpEnabledAt?.toISOString() ?? null,
    required: await secondFactorRequired(ctx.db, user.roles),
    recoveryCodesLeft: Number(left?.count ?? 0),
  };
}

/** Step 1 of setting up: a new secret for the authenticator app; nothing changes until a code proves it works. */
export async function startTotpSetup(ctx: AppContext, user: SessionUser): Promise<TotpEnrolment> {
  const row = await userRow(ctx, user.id);
  if (row.totpEnabledAt) throw new ProblemError(409, 'totp_already_enabled');
  const secret = newTotpSecret();
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, user.id));
    await recordAudit(tx, actorOf(user), {
      action: 'auth.totp_setup_started',
      entityType: 'user',
      entityId: user.id,
      before: { totpPendingSecret: row.totpPendingSecret },
      after: { totpPendingSecret: secret },
    });
  });
  const organisation = await getOrganisation(ctx.db);
  return totpEnrolment(secret, user.email, organisation ? `Regie · ${organisation.name}` : 'Regie');
}

/** Step 2: the first code from the app switches it on and yields the recovery codes, shown this once. */
export async function enableTotp(
  ctx: AppContext,
  user: SessionUser,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const row = await userRow(ctx, user.id);
  if (row.totpEnabledAt) throw new ProblemError(409, 'totp_already_enabled');
  if (!row.totpPendingSecret) throw new ProblemError(409, 'totp_setup_not_started');
  const step = acceptedTotpStep(row.totpPendingSecret, code.trim());
  if (step === null) throw new ProblemError(400, 'second_factor_invalid');
  const secret = row.totpPendingSecret;
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: secret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step })
      .where(eq(users.id, user.id));
    const codes = await replaceRecoveryCodes(tx, user.id);
    await recordAudit(tx, actorOf(user), {
      action: 'auth.totp_enabled',
      entityType: 'user',
      entityId: user.id,
      before: { totpSecret: null },
      after: { totpSecret: secret },
    });
    return { recoveryCodes: codes };
  });
}

/**
 * The sign-in's second step: a code from the app, or one of the recovery codes. A wrong code counts towards the
 * same lockout as a wrong password; the fifth ends the half-open session.
 */
export async function verifySecondFactor(
  ctx: AppContext,
  user: SessionUser,
  sessionId: string,
  input: { code: string; ip: string },
): Promise<void> {
  const row = await userRow(ctx, user.id);
  if (!row.totpSecret) throw new ProblemError(409, 'totp_not_enabled');
  if (row.lockedUntil && row.lockedUntil > new Date()) {
    await deleteSession(ctx.db, sessionId);
    const minutes = Math.ceil((row.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new ProblemError(423, 'account_locked', { minutes });
  }
  const code = input.code.trim();
  const secret = row.totpSecret;
  const accepted = await ctx.db.transaction(async (tx) => {
    const step = acceptedTotpStep(secret, code);
    let method: 'totp' | 'recovery_code' | null = null;
    if (step !== null && (await claimTotpStep(tx, user.id, step))) method = 'totp';
    if (method === null && step === null) {
      const used = await tx
        .update(recoveryCodes)
        .set({ usedAt: new Date() })
        .where(
          and(
            eq(recoveryCodes.userId, user.id),
            eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ id: recoveryCodes.id });
      if (used.length === 1) method = 'recovery_code';
    }
    if (method === null) return false;
    await tx.update(sessions).set({ pendingSecondFactor: false }).where(eq(sessions.id, sessionId));
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, actorOf(user), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      details: { secondFactor: method },
    });
    return true;
  });
  if (accepted) return;
  try {
    await recordFailedAttempt(ctx, user.id, input.ip, 'second_factor_invalid');
  } catch (problem) {
    if (problem instanceof ProblemError && problem.status === 423) await deleteSession(ctx.db, sessionId);
    throw problem;
  }
}

/** New recovery codes (the old ones stop working), confirmed with a current code from the app. */
export async function regenerateRecoveryCodes(
  ctx: AppContext,
  user: SessionUser,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const row = await userRow(ctx, user.id);
  if (!row.totpSecret) throw new ProblemError(409, 'totp_not_enabled');
  const step = acceptedTotpStep(row.totpSecret, code.trim());
  return ctx.db.transaction(async (tx) => {
    if (step === null || !(await claimTotpStep(tx, user.id, step)))
      throw new ProblemError(400, 'second_factor_invalid');
    const codes = await replaceRecoveryCodes(tx, user.id);
    await recordAudit(tx, actorOf(user), {
      action: 'auth.recovery_codes_renewed',
      entityType: 'user',
      entityId: user.id,
    });
    return { recoveryCodes: codes };
  });
}

/** Switching it off needs the password and a code, and is refused where the organisation requires it. */
export async function disableTotp(
  ctx: AppContext,
  user: SessionUser,
  input: { password: string; code: string },
): Promise<void> {
  const row = await userRow(ctx, user.id);
  if (!row.totpSecret) throw new ProblemError(409, 'totp_not_enabled');
  if (await secondFactorRequired(ctx.db, user.roles)) throw new ProblemError(403, 'totp_required');
  if (!(await verifyPassword(row.passwordHash, input.password))) throw new ProblemError(400, 'current_password_wrong');
  const step = acceptedTotpStep(row.totpSecret, input.code.trim());
  if (step === null) throw new ProblemError(400, 'second_factor_invalid');
  await ctx.db.transaction(async (tx) => {
    await clearTotp(tx, user.id);
    await recordAudit(tx, actorOf(user), {
      action: 'auth.totp_disabled',
      entityType: 'user',
      entityId: user.id,
      before: { totpSecret: row.totpSecret },
      after: { totpSecret: null },
    });
  });
}

/** The admin's way out for a lost phone without recovery codes: two-step verification off, every session ended. */
export async function resetTotpOf(ctx: AppContext, admin: SessionUser, userId: string): Promise<void> {
  const row = await userRow(ctx, userId);
  await ctx.db.transaction(async (tx) => {
    await clearTotp(tx, userId);
    await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, actorOf(admin), {
      action: 'user.totp_reset',
      entityType: 'user',
      entityId: userId,
      before: { totpSecret: row.totpSecret, totpEnabledAt: row.totpEnabledAt?.toISOString() ?? null },
      after: { totpSecret: null, totpEnabledAt: null },
    });
  });
}

import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { findUserById } from '../users/repository.js';
import { actorOf } from './service.js';
import { sessions } from './tables.js';

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
  current: boolean;
  pendingSecondFactor: boolean;
}

/** A user's open sessions, newest use first, so they can spot one that is not theirs. */
export async function sessionsOf(ctx: AppContext, userId: string, currentSessionId?: string): Promise<SessionInfo[]> {
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    current: row.id === currentSessionId,
    pendingSecondFactor: row.pendingSecondFactor,
  }));
}

/** Ends one of the user's own sessions (another device, or this one: then it is a logout). */
export async function endOwnSession(ctx: AppContext, user: SessionUser, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, user.id)))
      .returning({ id: sessions.id });
    if (ended.length === 0) throw new ProblemError(404, 'not_found');
    await recordAudit(tx, actorOf(user), {
      action: 'auth.session_ended',
      entityType: 'user',
      entityId: user.id,
      details: { sessionId },
    });
  });
}

/** The admin ends every session of a user at once, e.g. after a lost phone or a departure. */
export async function revokeSessionsOf(ctx: AppContext, admin: SessionUser, userId: string): Promise<number> {
  if (!(await findUserById(ctx.db, userId))) throw new ProblemError(404, 'not_found');
  return ctx.db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
    await recordAudit(tx, actorOf(admin), {
      action: 'user.sessions_revoked',
      entityType: 'user',
      entityId: userId,
      details: { sessions: ended.length },
    });
    return ended.length;
  });
}

import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { findUserById, rolesOf, toSessionUser } from '../users/repository.js';
import { users } from '../users/tables.js';
import { deleteSession, findSessionByTokenHash, insertSession, type SessionRow, touchSession } from './repository.js';
import { secondFactorState } from './second-factor-state.js';
import { sessions } from './tables.js';
import { hashToken, newToken } from './tokens.js';

export const SESSION_COOKIE = 'regie_session';

// Writing last_seen_at on every request would turn every read into a write; once a minute is precise enough.
const TOUCH_INTERVAL_MS = 60_000;

export interface OpenedSession {
  token: string;
  session: SessionRow;
}

export async function openSession(
  db: Executor,
  config: Config,
  userId: string,
  meta: { ip: string; userAgent: string; pendingSecondFactor?: boolean; secondFactorByProvider?: boolean },
): Promise<OpenedSession> {
  const token = newToken();
  const now = new Date();
  const session = await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    csrfToken: newToken(),
    ip: meta.ip,
    userAgent: meta.userAgent.slice(0, 500),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000),
    pendingSecondFactor: meta.pendingSecondFactor ?? false,
    secondFactorByProvider: meta.secondFactorByProvider ?? false,
  });
  return { token, session };
}

export interface ResolvedSession {
  session: SessionRow;
  user: SessionUser;
}

/**
 * Which of these sessions opened earlier still hold: they exist (not ended by logout, the user or an admin), the
 * second step is done, they have not expired or been idle too long, and their user is active. For long-lived
 * connections that authenticated once: the alarm sockets check theirs in batches of heartbeats, a thousand
 * sessions every fifteen seconds in a large office, so this is one query for all of them.
 */
export async function validSessionIds(db: Executor, config: Config, sessionIds: string[]): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const now = new Date();
  const idleSince = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        inArray(sessions.id, sessionIds),
        eq(sessions.pendingSecondFactor, false),
        gte(sessions.expiresAt, now),
        gte(sessions.lastSeenAt, idleSince),
        eq(users.active, true),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** The session behind a cookie token, or null when it is unknown, expired (idle or absolute) or its user inactive. */
export async function resolveSession(db: Executor, config: Config, token: string): Promise<ResolvedSession | null> {
  const session = await findSessionByTokenHash(db, hashToken(token));
  if (!session) return null;
  const now = Date.now();
  const idleExpired = session.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000 < now;
  if (idleExpired || session.expiresAt.getTime() < now) {
    await deleteSession(db, session.id);
    return null;
  }
  const user = await findUserById(db, session.userId);
  if (!user?.active) {
    await deleteSession(db, session.id);
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, session.id, new Date(now));
  const roles = (await rolesOf(db, [user.id])).get(user.id) ?? [];
  const stage = await secondFactorState(db, {
    pendingSecondFactor: session.pendingSecondFactor,
    // The provider's asserted MFA stands in for the authenticator app (only when the admin chose so at sign-in).
    totpEnabled: user.totpEnabledAt !== null || session.secondFactorByProvider,
    roles,
  });
  return { session, user: toSessionUser(user, roles, stage) };
}

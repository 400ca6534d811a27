import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.js';
import type { Tx } from '../../../db/client.js';
import type { SessionUser } from '../../../http/policy.js';
import { ProblemError } from '../../../http/problem.js';
import { recordAudit } from '../../audit/record.js';
import { actorOf } from '../../auth/service.js';
import { queueMails } from '../../mail/queue.js';
import { listDepartments } from '../../org/repository.js';
import { remeasureAfterTraining } from '../../surveys/after-training.js';
import { listUsers } from '../../users/repository.js';
import { users } from '../../users/tables.js';
import { requirementList } from '../records.js';
import { trainingSessionInvitees, trainingSessions } from '../tables.js';
import { type SessionFacts, type SessionMailKind, sessionMail } from './mail.js';
import type { ATTENDANCE, TChangeSessionRequest, TSession } from './schema.js';

type Attendance = (typeof ATTENDANCE)[number];
type Person = { id: string; email: string; name: string; language: string };

/** Read before a transaction (PGlite has one connection): a session can only serve a requirement that exists. */
async function refuseUnknownRequirement(ctx: AppContext, requirementId: string | null | undefined): Promise<void> {
  if (requirementId && !(await requirementList(ctx)).some((requirement) => requirement.id === requirementId))
    throw new ProblemError(400, 'unknown_reference', { field: 'verplichting / requirement' });
}

/** The people to invite, all of them existing and active, or the write is refused. */
async function activePeople(tx: Tx, ids: string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const known = await tx
    .select({ id: users.id, email: users.email, name: users.name, language: users.language, active: users.active })
    .from(users)
    .where(inArray(users.id, ids));
  if (known.length !== ids.length || known.some((person) => !person.active)) {
    throw new ProblemError(400, 'unknown_reference', { field: 'deelnemer' });
  }
  return known;
}

/** The active people invited to a session (someone who left since is not mailed). */
async function inviteesOf(tx: Tx, sessionId: string): Promise<Person[]> {
  return tx
    .select({ id: users.id, email: users.email, name: users.name, language: users.language })
    .from(trainingSessionInvitees)
    .innerJoin(users, eq(users.id, trainingSessionInvitees.userId))
    .where(and(eq(trainingSessionInvitees.sessionId, sessionId), eq(users.active, true)))
    .orderBy(asc(users.name));
}

/** One mail per invitee, queued in the writing transaction: a refused or rolled-back write sends nothing. */
function mailInvitees(tx: Tx, ctx: AppContext, kind: SessionMailKind, people: Person[], session: SessionFacts) {
  return queueMails(
    tx,
    people.map((person) => sessionMail(kind, person, session, ctx.config.publicUrl)),
  );
}

async function lockSession(tx: Tx, id: string) {
  const [session] = await tx.select().from(trainingSessions).where(eq(trainingSessions.id, id)).for('update');
  if (!session) throw new ProblemError(404, 'not_found');
  return session;
}

/** Who can be invited: every active person, with their department. */
export async function people(ctx: AppContext) {
  const [all, departments] = await Promise.all([listUsers(ctx.db), listDepartments(ctx.db)]);
  const names = new Map(departments.map((department) => [department.id, department.name]));
  return all
    .filter((person) => person.active)
    .map((person) => ({
      id: person.id,
      name: person.name,
      departmentName: person.departmentId ? (names.get(person.departmentId) ?? null) : null,
    }));
}

export async function sessionList(ctx: AppContext): Promise<TSession[]> {
  const sessions = await ctx.db.select().from(trainingSessions).orderBy(asc(trainingSessions.startsAt));
  if (sessions.length === 0) return [];
  const invitees = await ctx.db
    .select({
      sessionId: trainingSessionInvitees.sessionId,
      userId: trainingSessionInvitees.userId,
      attendance: trainingSessionInvitees.attendance,
      name: users.name,
    })
    .from(trainingSessionInvitees)
    .innerJoin(users, eq(users.id, trainingSessionInvitees.userId))
    .where(
      inArray(
        trainingSessionInvitees.sessionId,
        sessions.map((session) => session.id),
      ),
    )
    .orderBy(asc(users.name));
  return sessions.map((session) => ({
    id: session.id,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    location: session.location,
    trainer: session.trainer,
    requirementId: session.requirementId,
    note: session.note,
    cancelledAt: session.cancelledAt?.toISOString() ?? null,
    invitees: invitees
      .filter((invitee) => invitee.sessionId === session.id)
      .map((invitee) => ({ userId: invitee.userId, name: invitee.name, attendance: invitee.attendance as Attendance })),
  }));
}

export async function mySessions(ctx: AppContext, user: SessionUser) {
  const rows = await ctx.db
    .select({
      id: trainingSessions.id,
      title: trainingSessions.title,
      startsAt: trainingSessions.startsAt,
      location: trainingSessions.location,
      trainer: trainingSessions.trainer,
      requirementId: trainingSessions.requirementId,
      cancelledAt: trainingSessions.cancelledAt,
      attendance: trainingSessionInvitees.attendance,
    })
    .from(trainingSessionInvitees)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingSessionInvitees.sessionId))
    .where(eq(trainingSessionInvitees.userId, user.id))
    .orderBy(asc(trainingSessions.startsAt));
  return rows.map((row) => ({
    ...row,
    startsAt: row.startsAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    attendance: row.attendance as Attendance,
  }));
}

export async function planSession(
  ctx: AppContext,
  user: SessionUser,
  input: {
    title: string;
    startsAt: string;
    location: string;
    trainer: string;
    inviteeIds: string[];
    requirementId?: string | null;
  },
): Promise<string> {
  const inviteeIds = [...new Set(input.inviteeIds)];
  const requirementId = input.requirementId ?? null;
  await refuseUnknownRequirement(ctx, requirementId);
  return ctx.db.transaction(async (tx) => {
    const invitees = await activePeople(tx, inviteeIds);
    const [session] = await tx
      .insert(trainingSessions)
      .values({
        title: input.title,
        startsAt: new Date(input.startsAt),
        location: input.location,
        trainer: input.trainer,
        requirementId,
        plannedBy: user.id,
      })
      .returning();
    if (!session) throw new Error('session insert returned nothing');
    await tx.insert(trainingSessionInvitees).values(inviteeIds.map((userId) => ({ sessionId: session.id, userId })));
    await mailInvitees(tx, ctx, 'invitation', invitees, session);
    await recordAudit(tx, actorOf(user), {
      action: 'training.session_planned',
      entityType: 'training_session',
      entityId: session.id,
      details: { title: input.title, startsAt: input.startsAt, invitees: inviteeIds.length, requirementId },
    });
    return session.id;
  });
}

/**
 * Records who attended and the trainer's note; only people who were invited can be marked, and only once the
 * session has begun (attendance counts towards requirements, so it cannot be given in advance).
 */
export async function recordAttendance(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { attendance: { userId: string; attendance: Attendance }[]; note: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const session = await lockSession(tx, id);
    if (session.cancelledAt) throw new ProblemError(409, 'training_session_cancelled');
    if (session.startsAt.getTime() > Date.now()) throw new ProblemError(409, 'training_session_not_started');
    const invited = await tx.select().from(trainingSessionInvitees).where(eq(trainingSessionInvitees.sessionId, id));
    const invitedIds = new Set(invited.map((row) => row.userId));
    if (input.attendance.some((entry) => !invitedIds.has(entry.userId))) {
      throw new ProblemError(400, 'unknown_reference', { field: 'deelnemer' });
    }
    for (const entry of input.attendance) {
      await tx
        .update(trainingSessionInvitees)
        .set({ attendance: entry.attendance })
        .where(and(eq(trainingSessionInvitees.sessionId, id), eq(trainingSessionInvitees.userId, entry.userId)));
    }
    await tx.update(trainingSessions).set({ note: input.note }).where(eq(trainingSessions.id, id));
    await remeasureAfterTraining(tx, actorOf(user), id);
    await recordAudit(tx, actorOf(user), {
      action: 'training.attendance_recorded',
      entityType: 'training_session',
      entityId: id,
      details: {
        attended: input.attendance.filter((entry) => entry.attendance === 'attended').length,
        absent: input.attendance.filter((entry) => entry.attendance === 'absent').length,
      },
      before: { note: session.note },
      after: { note: input.note },
    });
  });
}

/**
 * Changes a planned session. Invitees hear of a new time, place or trainer by mail; a new title or requirement
 * alone is not worth a mail. A cancelled session cannot change.
 */
export async function changeSession(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TChangeSessionRequest,
): Promise<void> {
  await refuseUnknownRequirement(ctx, input.requirementId);
  await ctx.db.transaction(async (tx) => {
    const session = await lockSession(tx, id);
    if (session.cancelledAt) throw new ProblemError(409, 'training_session_cancelled');
    const next = {
      title: input.title ?? session.title,
      startsAt: input.startsAt !== undefined ? new Date(input.startsAt) : session.startsAt,
      location: input.location ?? session.location,
      trainer: input.trainer ?? session.trainer,
      requirementId: input.requirementId !== undefined ? input.requirementId : session.requirementId,
    };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      const was = session[key] instanceof Date ? (session[key] as Date).toISOString() : session[key];
      const is = next[key] instanceof Date ? (next[key] as Date).toISOString() : next[key];
      if (was !== is) {
        before[key] = was;
        after[key] = is;
      }
    }
    if (Object.keys(after).length === 0) return;
    await tx.update(trainingSessions).set(next).where(eq(trainingSessions.id, id));
    if ('startsAt' in after || 'location' in after || 'trainer' in after) {
      await mailInvitees(tx, ctx, 'changed', await inviteesOf(tx, id), { id, ...next });
    }
    await recordAudit(tx, actorOf(user), {
      action: 'training.session_changed',
      entityType: 'training_session',
      entityId: id,
      before,
      after,
    });
  });
}

/** Invites more people to a session; only the newly invited get the invitation mail. */
export async function inviteToSession(ctx: AppContext, user: SessionUser, id: string, ids: string[]): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const session = await lockSession(tx, id);
    if (session.cancelledAt) throw new ProblemError(409, 'training_session_cancelled');
    const people = await activePeople(tx, [...new Set(ids)]);
    const invited = new Set(
      (
        await tx
          .select({ userId: trainingSessionInvitees.userId })
          .from(trainingSessionInvitees)
          .where(eq(trainingSessionInvitees.sessionId, id))
      ).map((row) => row.userId),
    );
    const added = people.filter((person) => !invited.has(person.id));
    if (added.length === 0) return;
    await tx.insert(trainingSessionInvitees).values(added.map((person) => ({ sessionId: id, userId: person.id })));
    await mailInvitees(tx, ctx, 'invitation', added, session);
    await recordAudit(tx, actorOf(user), {
      action: 'training.session_invited',
      entityType: 'training_session',
      entityId: id,
      details: { added: added.length },
    });
  });
}

/**
 * Cancels a session that has not been held: it stays listed as cancelled (a coaching plan may refer to it) and
 * every invitee gets the cancellation. A session with attendance recorded was held and cannot be cancelled.
 */
export async function cancelSession(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const session = await lockSession(tx, id);
    if (session.cancelledAt) throw new ProblemError(409, 'training_session_cancelled');
    const held = await tx
      .select({ userId: trainingSessionInvitees.userId })
      .from(trainingSessionInvitees)
      .where(and(eq(trainingSessionInvitees.sessionId, id), ne(trainingSessionInvitees.attendance, 'invited')))
      .limit(1);
    if (held.length > 0) throw new ProblemError(409, 'training_session_held');
    const cancelledAt = new Date();
    await tx.update(trainingSessions).set({ cancelledAt }).where(eq(trainingSessions.id, id));
    await mailInvitees(tx, ctx, 'cancelled', await inviteesOf(tx, id), session);
    await recordAudit(tx, actorOf(user), {
      action: 'training.session_cancelled',
      entityType: 'training_session',
      entityId: id,
      before: { cancelledAt: null },
      after: { cancelledAt: cancelledAt.toISOString() },
    });
  });
}

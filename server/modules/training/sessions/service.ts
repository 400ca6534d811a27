import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.js';
import type { SessionUser } from '../../../http/policy.js';
import { ProblemError } from '../../../http/problem.js';
import { recordAudit } from '../../audit/record.js';
import { actorOf } from '../../auth/service.js';
import { listDepartments } from '../../org/repository.js';
import { listUsers } from '../../users/repository.js';
import { users } from '../../users/tables.js';
import { requirementList } from '../records.js';
import { trainingSessionInvitees, trainingSessions } from '../tables.js';
import type { ATTENDANCE, TSession } from './schema.js';

type Attendance = (typeof ATTENDANCE)[number];

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
      attendance: trainingSessionInvitees.attendance,
    })
    .from(trainingSessionInvitees)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingSessionInvitees.sessionId))
    .where(eq(trainingSessionInvitees.userId, user.id))
    .orderBy(asc(trainingSessions.startsAt));
  return rows.map((row) => ({
    ...row,
    startsAt: row.startsAt.toISOString(),
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
  // Read before the transaction (PGlite has one connection); a session can only serve a requirement that exists.
  if (requirementId && !(await requirementList(ctx)).some((requirement) => requirement.id === requirementId))
    throw new ProblemError(400, 'unknown_reference', { field: 'verplichting / requirement' });
  return ctx.db.transaction(async (tx) => {
    const known = await tx
      .select({ id: users.id, active: users.active })
      .from(users)
      .where(inArray(users.id, inviteeIds));
    if (known.length !== inviteeIds.length || known.some((person) => !person.active)) {
      throw new ProblemError(400, 'unknown_reference', { field: 'deelnemer' });
    }
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
    await recordAudit(tx, actorOf(user), {
      action: 'training.session_planned',
      entityType: 'training_session',
      entityId: session.id,
      details: { title: input.title, startsAt: input.startsAt, invitees: inviteeIds.length, requirementId },
    });
    return session.id;
  });
}

/** Records who attended and the trainer's note; only people who were invited can be marked. */
export async function recordAttendance(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { attendance: { userId: string; attendance: Attendance }[]; note: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [session] = await tx.select().from(trainingSessions).where(eq(trainingSessions.id, id)).for('update');
    if (!session) throw new ProblemError(404, 'not_found');
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
    await (await import('../../surveys/after-training.js')).remeasureAfterTraining(tx, actorOf(user), id);
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

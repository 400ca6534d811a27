import { and, asc, desc, eq, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { addCalendarDays, dutchDate } from '../../time/dutch-time.js';
import { recordAudit } from '../audit/record.js';
import { recordRead } from '../audit/record-read.js';
import { actorOf } from '../auth/service.js';
import { isCaretaker } from './access.js';
import { presentCheckins } from './presenter.js';
import { REQUESTED_DUE_DAYS } from './schedule.js';
import type { TAnswerRequest, TAskConversationRequest, TCheckin, TConversationRequest } from './schema.js';
import { aftercareCheckins } from './tables.js';

/** The check-ins a user holds as caretaker, as a SQL condition (never their own). */
export function caretakerCondition(user: SessionUser): SQL | undefined {
  const parts: SQL[] = [];
  if (user.roles.includes('manager') && user.departmentId)
    parts.push(
      and(eq(aftercareCheckins.caretaker, 'manager'), eq(aftercareCheckins.departmentId, user.departmentId)) as SQL,
    );
  if (user.roles.includes('safety_officer')) parts.push(eq(aftercareCheckins.caretaker, 'safety_officer'));
  if (parts.length === 0) return undefined;
  return and(or(...parts), ne(aftercareCheckins.personId, user.id));
}

/** The user's own check-ins, newest incident first: to answer, and to see what was agreed. */
export async function myCheckins(ctx: AppContext, user: SessionUser): Promise<TCheckin[]> {
  const rows = await ctx.db
    .select()
    .from(aftercareCheckins)
    .where(eq(aftercareCheckins.personId, user.id))
    .orderBy(desc(aftercareCheckins.createdAt), asc(aftercareCheckins.dueOn));
  return presentCheckins(ctx.db, rows, user);
}

/** The caretaker's queue: open check-ins that can be held now, the most urgent first. */
export async function caretakerQueue(ctx: AppContext, user: SessionUser): Promise<TCheckin[]> {
  const mine = caretakerCondition(user);
  if (!mine) return [];
  const rows = await ctx.db
    .select()
    .from(aftercareCheckins)
    .where(and(mine, isNull(aftercareCheckins.heldOn), lte(aftercareCheckins.opensOn, dutchDate())))
    .orderBy(asc(aftercareCheckins.dueOn), asc(aftercareCheckins.createdAt))
    .limit(200);
  // The queue shows who and when, not the answers: those are read (and logged) on the case.
  return (await presentCheckins(ctx.db, rows, user)).map((checkin) => ({ ...checkin, answer: null }));
}

async function checkinRow(ctx: AppContext, id: string) {
  const [row] = await ctx.db.select().from(aftercareCheckins).where(eq(aftercareCheckins.id, id));
  if (!row) throw new ProblemError(404, 'not_found');
  return row;
}

/** The person answers their own check-in; nobody else may, and nobody else learns it exists. */
export async function answerCheckin(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TAnswerRequest,
): Promise<TCheckin> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(aftercareCheckins).where(eq(aftercareCheckins.id, id)).for('update');
    if (!row || row.personId !== user.id) throw new ProblemError(404, 'not_found');
    if (row.heldOn) throw new ProblemError(409, 'checkin_closed');
    if (row.opensOn > dutchDate()) throw new ProblemError(409, 'checkin_not_open');
    await tx
      .update(aftercareCheckins)
      .set({
        answeredAt: new Date(),
        needs: input.needs,
        wellbeing: input.wellbeing,
        referrals: [...new Set(input.referrals)],
        referralHandledAt: null,
      })
      .where(eq(aftercareCheckins.id, id));
    // The answers are sensitive: the log keeps that they were given, not what they say.
    await recordAudit(tx, actorOf(user), {
      action: 'aftercare.answered',
      entityType: 'aftercare_checkin',
      entityId: id,
      details: { incidentId: row.incidentId, referrals: input.referrals.length, again: row.answeredAt !== null },
    });
  });
  const [presented] = await presentCheckins(ctx.db, [await checkinRow(ctx, id)], user);
  return presented as TCheckin;
}

/**
 * "Ik wil graag een gesprek": a person on a report asks for a conversation at any time. It reaches their
 * caretaker as a check-in due within two calendar days, with the person's message as what they need.
 */
export async function askConversation(
  ctx: AppContext,
  user: SessionUser,
  input: TAskConversationRequest,
): Promise<TCheckin> {
  const id = await ctx.db.transaction(async (tx) => {
    const [planned] = await tx
      .select()
      .from(aftercareCheckins)
      .where(and(eq(aftercareCheckins.incidentId, input.incidentId), eq(aftercareCheckins.personId, user.id)))
      .orderBy(asc(aftercareCheckins.createdAt))
      .limit(1);
    if (!planned) throw new ProblemError(404, 'not_found');
    const pending = await tx
      .select({ id: aftercareCheckins.id })
      .from(aftercareCheckins)
      .where(
        and(
          eq(aftercareCheckins.incidentId, input.incidentId),
          eq(aftercareCheckins.personId, user.id),
          eq(aftercareCheckins.kind, 'requested'),
          isNull(aftercareCheckins.heldOn),
        ),
      );
    if (pending.length > 0) throw new ProblemError(409, 'conversation_already_asked');
    const today = dutchDate();
    const [row] = await tx
      .insert(aftercareCheckins)
      .values({
        incidentId: input.incidentId,
        personId: user.id,
        personRole: planned.personRole,
        departmentId: planned.departmentId,
        caretaker: planned.caretaker,
        kind: 'requested',
        opensOn: today,
        dueOn: addCalendarDays(today, REQUESTED_DUE_DAYS),
        answeredAt: input.message ? new Date() : null,
        needs: input.message,
      })
      .returning({ id: aftercareCheckins.id });
    if (!row) throw new Error('check-in insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'aftercare.conversation_asked',
      entityType: 'aftercare_checkin',
      entityId: row.id,
      details: { incidentId: input.incidentId },
    });
    return row.id;
  });
  const [presented] = await presentCheckins(ctx.db, [await checkinRow(ctx, id)], user);
  return presented as TCheckin;
}

/** The caretaker records the conversation held: when, notes, and the follow-up agreed. Returns the incident. */
export async function recordConversation(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TConversationRequest,
): Promise<string> {
  if (input.heldOn > dutchDate()) throw new ProblemError(400, 'date_in_future');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(aftercareCheckins).where(eq(aftercareCheckins.id, id)).for('update');
    if (!row || !isCaretaker(row, user)) throw new ProblemError(404, 'not_found');
    await tx
      .update(aftercareCheckins)
      .set({ ...input, recordedBy: user.id, recordedAt: new Date() })
      .where(eq(aftercareCheckins.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'aftercare.conversation_recorded',
      entityType: 'aftercare_checkin',
      entityId: id,
      before: { heldOn: row.heldOn },
      after: { heldOn: input.heldOn },
      details: { incidentId: row.incidentId },
    });
    return row.incidentId;
  });
}

/** Reading answers someone else gave is logged: who looked at whose aftercare, and when. */
export async function logAnswersRead(ctx: AppContext, user: SessionUser, checkins: TCheckin[]): Promise<void> {
  for (const checkin of checkins)
    if (checkin.answer && checkin.person.id !== user.id)
      await recordRead(ctx, user, {
        entityType: 'aftercare_checkin',
        entityId: checkin.id,
        details: { incidentId: checkin.incidentId },
      });
}

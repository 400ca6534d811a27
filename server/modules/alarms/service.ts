import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { type Executor, queryRows, type Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { DEFAULT_OFFICE_SETTINGS, profileOf, settingsOf } from '../duty/repository.js';
import { lockHandling } from '../handlings/repository.js';
import { handlingEvents } from '../handlings/tables.js';
import { emitEvent } from '../webhooks/emit.js';
import {
  alertLevel,
  cancelPendingJobs,
  claimDueJobs,
  type FrozenLevel,
  finishJob,
  freezeChain,
  scheduleNext,
  WEBSOCKET,
} from './escalation.js';
import {
  type AlarmRow,
  alarmView,
  eventsOf,
  findAlarm,
  isOpen,
  lockAlarm,
  lockAlarmIfFree,
  openAlarmIdsOf,
  personalise,
  recipientOf,
} from './repository.js';
import { publish } from './runtime.js';
import type { TAlarm, TRaiseAlarmRequest, ZCancelAlarmRequest, ZRefineAlarmRequest } from './schema.js';
import { alarmEvents, alarmJobs, alarmRecipients, alarms } from './tables.js';

function factsOf(alarm: AlarmRow, departmentId: string | null) {
  return { id: alarm.id, raisedBy: alarm.raisedBy, officeId: alarm.officeId, room: alarm.room, departmentId };
}

/**
 * One press. The alarm is committed first, in a small transaction: the alarm, its frozen chain and the job that
 * alerts its first level, due at once. Then this process fires that job right away (the same code path as the
 * scheduler): recipients and deliveries are stored and every process is told to deliver. Should this process die
 * in between, the job row is still there and any process fires it within a poll.
 */
export async function raiseAlarm(ctx: AppContext, user: SessionUser, input: TRaiseAlarmRequest): Promise<string> {
  const pressedAt = new Date();
  const [profile, settings] = await Promise.all([
    profileOf(ctx.db, user.id),
    user.officeId ? settingsOf(ctx.db, user.officeId) : Promise.resolve(DEFAULT_OFFICE_SETTINGS),
  ]);
  const chain = freezeChain(user.officeId, settings);
  const id = await ctx.db.transaction(async (tx) => {
    let handlingPhase: number | null = null;
    if (input.handlingId) {
      // Pressed from a live handling: only by whoever handles it now, and it takes the handling's phase along.
      const handling = await lockHandling(tx, input.handlingId);
      if (!handling) throw new ProblemError(400, 'unknown_reference', { field: 'handeling / handling' });
      if (handling.status !== 'active') throw new ProblemError(409, 'handling_closed');
      if (handling.handlerId !== user.id) throw new ProblemError(403, 'not_handler');
      handlingPhase = handling.phase;
    }
    const [row] = await tx
      .insert(alarms)
      .values({
        raisedBy: user.id,
        officeId: user.officeId,
        room: input.room ?? profile?.room ?? '',
        type: input.type ?? null,
        phase: input.phase ?? handlingPhase,
        handlingId: input.handlingId ?? null,
        drill: input.drill ?? false,
        escalation: chain,
        raisedAt: pressedAt,
      })
      .returning();
    if (!row) throw new Error('alarm insert returned nothing');
    await tx.insert(alarmEvents).values({
      alarmId: row.id,
      at: pressedAt,
      type: 'raised',
      actorId: user.id,
      level: 0,
      data: { room: row.room, type: row.type, phase: row.phase, drill: row.drill, handlingId: row.handlingId },
    });
    await tx.insert(alarmJobs).values({ alarmId: row.id, level: 0, dueAt: pressedAt });
    if (input.handlingId) {
      await tx.insert(handlingEvents).values({
        handlingId: input.handlingId,
        actorId: user.id,
        type: 'alarm_raised',
        data: { alarmId: row.id },
      });
    }
    await recordAudit(tx, actorOf(user), {
      action: row.drill ? 'alarm.drill_raised' : 'alarm.raised',
      entityType: 'alarm',
      entityId: row.id,
      after: { officeId: row.officeId, room: row.room, handlingId: row.handlingId },
    });
    await emitEvent(tx, 'alarm.raised', {
      ids: { alarmId: row.id, officeId: row.officeId },
      details: { drill: row.drill, type: row.type, phase: row.phase, raisedAt: row.raisedAt.toISOString() },
    });
    return row.id;
  });
  // The moment the alarm became durable: the first figure of the timeline that a crash cannot undo.
  await ctx.db.insert(alarmEvents).values({ alarmId: id, at: new Date(), type: 'committed', level: 0 });
  if ((await fireAndPublish(ctx, id)) === 0) {
    // A scheduler claimed the job in the same instant and is firing it: wait for it, so the answer is complete.
    await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`select id from alarm_jobs where alarm_id = ${id} and level = 0 for update`);
    });
  }
  return id;
}

/** Fires what is due (for one alarm, or any), then tells every process; used right after a press and by the scheduler. */
export async function fireAndPublish(ctx: AppContext, alarmId?: string): Promise<number> {
  const fired = await fireDueEscalations(ctx, 20, alarmId);
  for (const changed of new Set(fired.map((job) => job.alarmId)))
    await publish(ctx, { alarmId: changed, audience: 'all' });
  return fired.length;
}

/** The presser, whoever was called, the office's managers and the safety officer may look at an alarm. */
async function assertMayView(db: Executor, alarm: AlarmRow, user: SessionUser): Promise<void> {
  if (alarm.raisedBy === user.id) return;
  if (await recipientOf(db, alarm.id, user.id)) return;
  if (user.roles.includes('safety_officer')) return;
  if (user.roles.includes('manager') && alarm.officeId !== null && alarm.officeId === user.officeId) return;
  throw new ProblemError(404, 'not_found');
}

export async function getAlarm(ctx: AppContext, user: SessionUser, id: string): Promise<TAlarm> {
  const alarm = await findAlarm(ctx.db, id);
  if (!alarm) throw new ProblemError(404, 'not_found');
  await assertMayView(ctx.db, alarm, user);
  const view = await alarmView(ctx.db, id);
  if (!view) throw new ProblemError(404, 'not_found');
  return personalise(view, user.id);
}

/** The full timeline, to the millisecond: what the incident report starts from. */
export async function alarmTimeline(ctx: AppContext, user: SessionUser, id: string) {
  const alarm = await getAlarm(ctx, user, id);
  return { alarm, events: await eventsOf(ctx.db, id) };
}

export async function myOpenAlarms(ctx: AppContext, user: SessionUser): Promise<TAlarm[]> {
  const result: TAlarm[] = [];
  for (const id of await openAlarmIdsOf(ctx.db, user.id)) {
    const view = await alarmView(ctx.db, id);
    if (view) result.push(personalise(view, user.id));
  }
  return result;
}

async function change(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  work: (tx: Tx, alarm: AlarmRow, at: Date) => Promise<boolean | undefined>,
): Promise<void> {
  const changed = await ctx.db.transaction(async (tx) => {
    const alarm = await lockAlarm(tx, id);
    if (!alarm) throw new ProblemError(404, 'not_found');
    await assertMayView(tx, alarm, user);
    return work(tx, alarm, new Date());
  });
  if (changed !== false) await publish(ctx, { alarmId: id, audience: 'all' });
}

function assertOpen(alarm: AlarmRow): void {
  if (!isOpen(alarm.state)) throw new ProblemError(409, 'alarm_closed');
}

async function lockedRecipient(tx: Tx, alarmId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(alarmRecipients)
    .where(and(eq(alarmRecipients.alarmId, alarmId), eq(alarmRecipients.userId, userId)))
    .for('update');
  if (!row) throw new ProblemError(403, 'not_recipient');
  return row;
}

/**
 * "Ik kom". The first acknowledgement is decided by a conditional UPDATE (state = 'raised'): when several press at
 * the same moment, PostgreSQL lets exactly one of them change the row; the others see it already acknowledged.
 */
async function acknowledgeIn(tx: Tx, user: SessionUser, alarm: AlarmRow, at: Date): Promise<boolean> {
  const mine = await tx
    .update(alarmRecipients)
    .set({ acknowledgedAt: at })
    .where(
      and(
        eq(alarmRecipients.alarmId, alarm.id),
        eq(alarmRecipients.userId, user.id),
        isNull(alarmRecipients.acknowledgedAt),
      ),
    )
    .returning({ userId: alarmRecipients.userId });
  if (mine.length === 0) return false;
  const first = await tx
    .update(alarms)
    .set({ state: 'acknowledged', firstAcknowledgedBy: user.id, firstAcknowledgedAt: at })
    .where(and(eq(alarms.id, alarm.id), eq(alarms.state, 'raised')))
    .returning({ id: alarms.id });
  await tx.insert(alarmEvents).values({
    alarmId: alarm.id,
    at,
    type: 'acknowledged',
    actorId: user.id,
    level: alarm.level,
    data: { first: first.length > 0 },
  });
  if (first.length > 0) await cancelPendingJobs(tx, alarm.id, at);
  await recordAudit(tx, actorOf(user), {
    action: 'alarm.acknowledged',
    entityType: 'alarm',
    entityId: alarm.id,
    details: { first: first.length > 0 },
  });
  return true;
}

export async function acknowledgeAlarm(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  await change(ctx, user, id, async (tx, alarm, at) => {
    assertOpen(alarm);
    await lockedRecipient(tx, id, user.id);
    return acknowledgeIn(tx, user, alarm, at);
  });
}

export async function arriveAtAlarm(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  await change(ctx, user, id, async (tx, alarm, at) => {
    assertOpen(alarm);
    const recipient = await lockedRecipient(tx, id, user.id);
    if (recipient.arrivedAt) return false;
    // Arriving without having pressed "ik kom" first still counts as coming.
    if (!recipient.acknowledgedAt) await acknowledgeIn(tx, user, alarm, at);
    await tx
      .update(alarmRecipients)
      .set({ arrivedAt: at })
      .where(and(eq(alarmRecipients.alarmId, id), eq(alarmRecipients.userId, user.id)));
    await tx
      .update(alarms)
      .set({ state: 'on_site' })
      .where(and(eq(alarms.id, id), sql`${alarms.state} in ('raised', 'acknowledged')`));
    await tx.insert(alarmEvents).values({ alarmId: id, at, type: 'arrived', actorId: user.id, level: alarm.level });
    await recordAudit(tx, actorOf(user), { action: 'alarm.arrived', entityType: 'alarm', entityId: id });
    return true;
  });
}

export async function refineAlarm(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: z.infer<typeof ZRefineAlarmRequest>,
): Promise<void> {
  await change(ctx, user, id, async (tx, alarm, at) => {
    if (alarm.raisedBy !== user.id) throw new ProblemError(403, 'not_presser');
    assertOpen(alarm);
    const values = {
      ...(input.room !== undefined ? { room: input.room } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.phase !== undefined ? { phase: input.phase } : {}),
    };
    if (Object.keys(values).length === 0) return false;
    await tx.update(alarms).set(values).where(eq(alarms.id, id));
    await tx.insert(alarmEvents).values({ alarmId: id, at, type: 'details_changed', actorId: user.id, data: values });
    await recordAudit(tx, actorOf(user), {
      action: 'alarm.details_changed',
      entityType: 'alarm',
      entityId: id,
      before: { room: alarm.room, type: alarm.type, phase: alarm.phase },
      after: { room: alarm.room, type: alarm.type, phase: alarm.phase, ...values },
    });
    return true;
  });
}

/** The presser stops the alarm: cancelled (no longer needed) or a false alarm, always with a reason. */
export async function cancelAlarm(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: z.infer<typeof ZCancelAlarmRequest>,
): Promise<void> {
  await change(ctx, user, id, async (tx, alarm, at) => {
    if (alarm.raisedBy !== user.id) throw new ProblemError(403, 'not_presser');
    assertOpen(alarm);
    const state = input.falseAlarm ? 'false_alarm' : 'cancelled';
    await closeIn(tx, user, alarm, state, input.reason, at);
    return true;
  });
}

/** Help came and it is over: the presser, a responder who came, or a manager of the office resolves it. */
export async function resolveAlarm(ctx: AppContext, user: SessionUser, id: string, note: string): Promise<void> {
  await change(ctx, user, id, async (tx, alarm, at) => {
    assertOpen(alarm);
    const recipient = await recipientOf(tx, id, user.id);
    const mayResolve =
      alarm.raisedBy === user.id ||
      recipient?.acknowledgedAt != null ||
      (user.roles.includes('manager') && alarm.officeId === user.officeId);
    if (!mayResolve) throw new ProblemError(403, 'forbidden');
    await closeIn(tx, user, alarm, 'resolved', note || null, at);
    return true;
  });
}

async function closeIn(
  tx: Tx,
  user: SessionUser,
  alarm: AlarmRow,
  state: 'resolved' | 'cancelled' | 'false_alarm',
  reason: string | null,
  at: Date,
): Promise<void> {
  await tx.update(alarms).set({ state, closedAt: at, closedBy: user.id, reason }).where(eq(alarms.id, alarm.id));
  await cancelPendingJobs(tx, alarm.id, at);
  await tx.insert(alarmEvents).values({ alarmId: alarm.id, at, type: state, actorId: user.id, data: { reason } });
  await recordAudit(tx, actorOf(user), {
    action: `alarm.${state}`,
    entityType: 'alarm',
    entityId: alarm.id,
    before: { state: alarm.state },
    after: { state, reason },
  });
  await emitEvent(tx, 'alarm.resolved', {
    ids: { alarmId: alarm.id, officeId: alarm.officeId },
    details: { state, drill: alarm.drill, closedAt: at.toISOString() },
  });
}

/**
 * Devices confirm they received (or showed) alarms. Telemetry of the delivery, not a decision: recorded in the
 * alarm's own timeline rather than the audit log. A thousand phones confirm within the same second, so
 * confirmations are written in batches: one statement per batch, not one transaction per phone. Idempotent: a
 * replayed confirmation changes nothing. Returns the alarms whose counts changed.
 */
export async function confirmDeliveries(
  ctx: AppContext,
  kind: 'delivered' | 'seen',
  items: { userId: string; alarmId: string }[],
): Promise<string[]> {
  if (items.length === 0) return [];
  const at = new Date().toISOString();
  // One text parameter each (Drizzle would spread an array into a list of parameters); ids are UUIDs, no commas.
  const users = items.map((item) => item.userId);
  const alarmIds = items.map((item) => item.alarmId);
  const set =
    kind === 'delivered'
      ? sql`delivered_at = ${at}::timestamptz`
      : sql`seen_at = ${at}::timestamptz, delivered_at = coalesce(d.delivered_at, ${at}::timestamptz)`;
  const pending = kind === 'delivered' ? sql`d.delivered_at is null` : sql`d.seen_at is null`;
  return ctx.db.transaction(async (tx) => {
    const changed = await queryRows<{ alarmId: string; userId: string }>(
      tx,
      sql`update alarm_deliveries d set ${set}
          from (select distinct * from unnest(string_to_array(${users.join(',')}, ',')::uuid[],
                                                 string_to_array(${alarmIds.join(',')}, ',')::uuid[]) as x(user_id, alarm_id)) x
          where d.user_id = x.user_id and d.alarm_id = x.alarm_id and d.channel = ${WEBSOCKET} and ${pending}
          returning d.alarm_id as "alarmId", d.user_id as "userId"`,
    );
    if (changed.length > 0)
      await tx.insert(alarmEvents).values(
        changed.map((row) => ({
          alarmId: row.alarmId,
          at: new Date(at),
          type: kind,
          actorId: row.userId,
          data: { channel: WEBSOCKET },
        })),
      );
    return [...new Set(changed.map((row) => row.alarmId))];
  });
}

/**
 * Fires the escalation deadlines that are due, each once, whichever process gets there first. Returns the alarms
 * that changed, to be published after the commit.
 */
export async function fireDueEscalations(
  ctx: AppContext,
  limit = 20,
  alarmId?: string,
): Promise<{ alarmId: string; lateMs: number }[]> {
  return ctx.db.transaction(async (tx) => {
    const jobs = await claimDueJobs(tx, limit, alarmId);
    const fired: { alarmId: string; lateMs: number }[] = [];
    for (const job of jobs) {
      const at = new Date();
      const alarm = await lockAlarmIfFree(tx, job.alarmId);
      // Someone is changing this alarm at this moment (an acknowledgement or closing cancels this deadline anyway):
      // the deadline stays due, and the next tick looks at it again.
      if (!alarm) continue;
      if (alarm.state !== 'raised') {
        await finishJob(tx, job.id, 'skipped', at);
        continue;
      }
      const chain = alarm.escalation as FrozenLevel[];
      const [presser] = await tx
        .execute(sql`select department_id as "departmentId" from users where id = ${alarm.raisedBy}`)
        .then((result) => (result as unknown as { rows: { departmentId: string | null }[] }).rows);
      const alerted = await alertLevel(tx, factsOf(alarm, presser?.departmentId ?? null), chain, job.level, at);
      await scheduleNext(tx, alarm.id, chain, job.level, alerted, at);
      await finishJob(tx, job.id, 'fired', at);
      const lateMs = at.getTime() - job.dueAt.getTime();
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: job.level === 0 ? 'alarm.notified' : 'alarm.escalated',
        entityType: 'alarm',
        entityId: alarm.id,
        details: { level: job.level, alerted, dueAt: job.dueAt.toISOString(), lateMs },
      });
      fired.push({ alarmId: alarm.id, lateMs });
    }
    return fired;
  });
}

import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { callable, type OfficeSettings, respondersOf } from '../duty/repository.js';
import { REACHABLE_WITHIN_SECONDS } from '../duty/roster.js';
import type { TEscalationLevel } from '../duty/schema.js';
import { alarmProfiles } from '../duty/tables.js';
import { userRoles, users } from '../users/tables.js';
import { alarmEvents, alarmJobs, alarms } from './tables.js';

/**
 * The chain as frozen into an alarm: level 0 is the office's own responders, then the office's configured levels,
 * and last the instruction to call 112 for the presser and the nearest colleagues.
 */
export type FrozenLevel =
  | { target: 'office_responders'; officeId: string | null; timeoutSeconds: number }
  | TEscalationLevel
  | { target: 'call_112' };

export function freezeChain(officeId: string | null, settings: OfficeSettings): FrozenLevel[] {
  return [
    { target: 'office_responders', officeId, timeoutSeconds: settings.ackTimeoutSeconds },
    ...settings.escalation,
    { target: 'call_112' },
  ];
}

/** The one channel there is today; a push or SMS channel would be a second value with its own delivery rows. */
export const WEBSOCKET = 'websocket';

export interface AlarmFacts {
  id: string;
  raisedBy: string;
  officeId: string | null;
  room: string;
  departmentId: string | null;
}

/** Who a level calls, and in which role. */
async function recipientsOf(
  tx: Tx,
  alarm: AlarmFacts,
  level: FrozenLevel,
  at: Date,
): Promise<{ userIds: string[]; role: string }> {
  switch (level.target) {
    case 'office_responders':
      if (!level.officeId) return { userIds: [], role: 'responder' };
      return {
        userIds: people(callable(await respondersOf(tx, { officeId: level.officeId, onlyToday: true }, at))),
        role: 'responder',
      };
    case 'office':
      return {
        userIds: people(callable(await respondersOf(tx, { officeId: level.officeId, onlyToday: true }, at))),
        role: 'responder',
      };
    case 'team':
      return {
        userIds: people(callable(await respondersOf(tx, { teamIds: [level.teamId], onlyToday: true }, at))),
        role: 'responder',
      };
    case 'managers': {
      // Managers are not on a roster: all active managers of the office or of the presser's department.
      const scope = [];
      if (alarm.officeId) scope.push(eq(users.officeId, alarm.officeId));
      if (alarm.departmentId) scope.push(eq(users.departmentId, alarm.departmentId));
      if (scope.length === 0) return { userIds: [], role: 'manager' };
      const rows = await tx
        .selectDistinct({ id: users.id })
        .from(users)
        .innerJoin(userRoles, eq(userRoles.userId, users.id))
        .where(and(eq(userRoles.role, 'manager'), eq(users.active, true), or(...scope)));
      return { userIds: rows.map((row) => row.id), role: 'manager' };
    }
    case 'call_112': {
      // The nearest colleagues: present in the same office now, the same room first.
      if (!alarm.officeId) return { userIds: [], role: 'colleague' };
      const rows = await tx
        .select({ id: users.id, room: alarmProfiles.room })
        .from(users)
        .innerJoin(alarmProfiles, eq(alarmProfiles.userId, users.id))
        .where(
          and(
            eq(users.active, true),
            eq(users.officeId, alarm.officeId),
            ne(users.id, alarm.raisedBy),
            sql`${alarmProfiles.lastHeartbeatAt} >= ${new Date(at.getTime() - REACHABLE_WITHIN_SECONDS * 1000).toISOString()}`,
          ),
        );
      const sameRoom = (room: string) => (alarm.room !== '' && room === alarm.room ? 0 : 1);
      rows.sort((a, b) => sameRoom(a.room) - sameRoom(b.room));
      return { userIds: rows.slice(0, 5).map((row) => row.id), role: 'colleague' };
    }
  }
}

function people(rows: { userId: string }[]): string[] {
  return [...new Set(rows.map((row) => row.userId))];
}

/**
 * Alerts one level: recipients and their deliveries (a person already alerted by an earlier level is not alerted
 * twice), and the event. Returns how many new people were alerted.
 */
export async function alertLevel(
  tx: Tx,
  alarm: AlarmFacts,
  chain: FrozenLevel[],
  index: number,
  at: Date,
): Promise<number> {
  const level = chain[index];
  if (!level) return 0;
  const { userIds, role } = await recipientsOf(tx, alarm, level, at);
  const others = userIds.filter((id) => id !== alarm.raisedBy);
  let added: string[] = [];
  if (others.length > 0) {
    // Set-based: one statement for a thousand recipients (ids travel as one text parameter).
    const list = others.join(',');
    const inserted = await queryRows<{ userId: string }>(
      tx,
      sql`insert into alarm_recipients (alarm_id, user_id, level, role, notified_at)
          select ${alarm.id}, u, ${index}, ${role}, ${at.toISOString()}::timestamptz
          from unnest(string_to_array(${list}, ',')::uuid[]) as u
          on conflict do nothing
          returning user_id as "userId"`,
    );
    added = inserted.map((row) => row.userId);
    if (added.length > 0)
      await tx.execute(
        sql`insert into alarm_deliveries (alarm_id, user_id, channel, created_at)
            select ${alarm.id}, u, ${WEBSOCKET}, ${at.toISOString()}::timestamptz
            from unnest(string_to_array(${added.join(',')}, ',')::uuid[]) as u
            on conflict do nothing`,
      );
  }
  if (level.target === 'call_112') {
    await tx.update(alarms).set({ call112At: at, level: index }).where(eq(alarms.id, alarm.id));
    await tx.insert(alarmEvents).values({
      alarmId: alarm.id,
      at,
      type: 'call_112',
      level: index,
      data: { colleagues: added },
    });
  } else {
    if (index > 0) await tx.update(alarms).set({ level: index }).where(eq(alarms.id, alarm.id));
    await tx.insert(alarmEvents).values({
      alarmId: alarm.id,
      at,
      type: index === 0 ? 'notified' : 'escalated',
      level: index,
      data: { target: level.target, recipients: added },
    });
  }
  return added.length;
}

/**
 * Stores the deadline of the next level. Nobody alerted at this level means nobody can answer: the next level is
 * due at once instead of after the timeout.
 */
export async function scheduleNext(
  tx: Tx,
  alarmId: string,
  chain: FrozenLevel[],
  index: number,
  alerted: number,
  at: Date,
): Promise<void> {
  const level = chain[index];
  if (!level || level.target === 'call_112' || index + 1 >= chain.length) return;
  const wait = alerted > 0 ? level.timeoutSeconds * 1000 : 0;
  await tx
    .insert(alarmJobs)
    .values({ alarmId, level: index + 1, dueAt: new Date(at.getTime() + wait) })
    .onConflictDoNothing();
}

export interface DueJob {
  id: number;
  alarmId: string;
  level: number;
  dueAt: Date;
}

/**
 * Claims due deadlines. SKIP LOCKED: a row another process is firing is left to it, and when that process dies
 * its transaction rolls back and the row is free again for the next poll of any process.
 */
export async function claimDueJobs(tx: Tx, limit: number, alarmId?: string): Promise<DueJob[]> {
  const onlyThis = alarmId ? sql`and alarm_id = ${alarmId}` : sql``;
  const rows = await queryRows<{ id: number | string; alarmId: string; level: number; dueAt: Date | string }>(
    tx,
    sql`select id, alarm_id as "alarmId", level, due_at as "dueAt" from alarm_jobs
        where done_at is null and due_at <= now() ${onlyThis}
        order by due_at, level limit ${limit} for update skip locked`,
  );
  return rows.map((row) => ({ ...row, id: Number(row.id), dueAt: new Date(row.dueAt) }));
}

export async function finishJob(tx: Tx, id: number, outcome: 'fired' | 'skipped', at: Date): Promise<void> {
  await tx.update(alarmJobs).set({ doneAt: at, outcome }).where(eq(alarmJobs.id, id));
}

/** Once someone comes, or the alarm is closed, the deadlines still pending are not needed. */
export async function cancelPendingJobs(tx: Tx, alarmId: string, at: Date): Promise<void> {
  await tx
    .update(alarmJobs)
    .set({ doneAt: at, outcome: 'skipped' })
    .where(and(eq(alarmJobs.alarmId, alarmId), sql`${alarmJobs.doneAt} is null`));
}

import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { offices } from '../org/tables.js';
import { users } from '../users/tables.js';
import { OPEN_ALARM_STATES, type TAlarm, type TAlarmEvent } from './schema.js';
import { alarmRecipients, alarms } from './tables.js';

export type AlarmRow = typeof alarms.$inferSelect;

export async function lockAlarm(db: Executor, id: string): Promise<AlarmRow | undefined> {
  const [row] = await db.select().from(alarms).where(eq(alarms.id, id)).for('update');
  return row;
}

/**
 * The alarm, locked, unless someone else holds it right now (then undefined). The escalation scheduler uses this: it
 * already holds its deadline rows, and an acknowledgement or closing holds the alarm while it cancels those rows, so
 * waiting here would be a deadlock.
 */
export async function lockAlarmIfFree(db: Executor, id: string): Promise<AlarmRow | undefined> {
  const [row] = await db.select().from(alarms).where(eq(alarms.id, id)).for('update', { skipLocked: true });
  return row;
}

export async function findAlarm(db: Executor, id: string): Promise<AlarmRow | undefined> {
  const [row] = await db.select().from(alarms).where(eq(alarms.id, id));
  return row;
}

export interface RecipientState {
  acknowledged: boolean;
  arrived: boolean;
}

/** The alarm as everyone involved sees it, and per recipient what they did (to personalise it). */
export interface AlarmView {
  base: Omit<TAlarm, 'you'>;
  recipients: Map<string, RecipientState>;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export async function alarmView(db: Executor, id: string): Promise<AlarmView | undefined> {
  const [row] = await db
    .select({
      alarm: alarms,
      presserName: users.name,
      officeName: offices.name,
      officeAddress: offices.address,
    })
    .from(alarms)
    .innerJoin(users, eq(users.id, alarms.raisedBy))
    .leftJoin(offices, eq(offices.id, alarms.officeId))
    .where(eq(alarms.id, id));
  if (!row) return undefined;
  const recipients = await queryRows<{
    userId: string;
    name: string;
    acknowledgedAt: Date | string | null;
    arrivedAt: Date | string | null;
    delivered: boolean;
  }>(
    db,
    sql`select r.user_id as "userId", u.name, r.acknowledged_at as "acknowledgedAt", r.arrived_at as "arrivedAt",
               exists (select 1 from alarm_deliveries d where d.alarm_id = r.alarm_id and d.user_id = r.user_id
                       and d.delivered_at is not null) as delivered
        from alarm_recipients r join users u on u.id = r.user_id
        where r.alarm_id = ${id}
        order by r.acknowledged_at nulls last, u.name`,
  );
  const [version] = await queryRows<{ version: number | string | null }>(
    db,
    sql`select max(id) as version from alarm_events where alarm_id = ${id}`,
  );
  const alarm = row.alarm;
  const firstName = recipients.find((recipient) => recipient.userId === alarm.firstAcknowledgedBy)?.name ?? '';
  return {
    base: {
      id: alarm.id,
      state: alarm.state as TAlarm['state'],
      drill: alarm.drill,
      raisedAt: alarm.raisedAt.toISOString(),
      raisedBy: { id: alarm.raisedBy, name: row.presserName },
      office: alarm.officeId
        ? { id: alarm.officeId, name: row.officeName ?? '', address: row.officeAddress ?? '' }
        : null,
      room: alarm.room,
      type: (alarm.type as TAlarm['type']) ?? null,
      phase: alarm.phase,
      handlingId: alarm.handlingId,
      level: alarm.level,
      call112At: iso(alarm.call112At),
      reason: alarm.reason,
      closedAt: iso(alarm.closedAt),
      notified: recipients.length,
      reached: recipients.filter((recipient) => recipient.delivered).length,
      firstAcknowledgedBy: alarm.firstAcknowledgedBy ? { id: alarm.firstAcknowledgedBy, name: firstName } : null,
      responders: recipients
        .filter((recipient) => recipient.acknowledgedAt !== null)
        .map((recipient) => ({
          id: recipient.userId,
          name: recipient.name,
          acknowledgedAt: iso(recipient.acknowledgedAt) as string,
          arrivedAt: iso(recipient.arrivedAt),
        })),
      version: Number(version?.version ?? 0),
    },
    recipients: new Map(
      recipients.map((recipient) => [
        recipient.userId,
        { acknowledged: recipient.acknowledgedAt !== null, arrived: recipient.arrivedAt !== null },
      ]),
    ),
  };
}

export function personalise(view: AlarmView, userId: string): TAlarm {
  const own = view.recipients.get(userId);
  const role = view.base.raisedBy.id === userId ? 'presser' : own ? 'recipient' : 'observer';
  return { ...view.base, you: { role, acknowledged: own?.acknowledged ?? false, arrived: own?.arrived ?? false } };
}

/** Open alarms a user raised or was called to: what a (re)connecting device must show. */
export async function openAlarmIdsOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select a.id from alarms a
        where a.state in ('raised', 'acknowledged', 'on_site')
          and (a.raised_by = ${userId}
               or exists (select 1 from alarm_recipients r where r.alarm_id = a.id and r.user_id = ${userId}))
        order by a.raised_at desc limit 20`,
  );
  return rows.map((row) => row.id);
}

/** Open alarms with a delivery to this user that no device of theirs confirmed yet. */
/** Per open alarm, which of these people have not confirmed that a device of theirs received it. */
export async function undeliveredOpenAlarms(db: Executor, userIds: string[]): Promise<Map<string, string[]>> {
  const unconfirmed = new Map<string, string[]>();
  if (userIds.length === 0) return unconfirmed;
  const rows = await queryRows<{ alarm_id: string; user_id: string }>(
    db,
    sql`select d.alarm_id, d.user_id from alarm_deliveries d join alarms a on a.id = d.alarm_id
        where d.user_id in (${sql.join(
          userIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) and d.delivered_at is null and a.state in ('raised', 'acknowledged', 'on_site')`,
  );
  for (const row of rows) unconfirmed.set(row.alarm_id, [...(unconfirmed.get(row.alarm_id) ?? []), row.user_id]);
  return unconfirmed;
}

interface EventRow {
  id: number | string;
  alarmId: string;
  at: Date | string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  level: number | null;
  data: Record<string, unknown> | string;
}

export async function eventsOf(db: Executor, alarmId: string): Promise<TAlarmEvent[]> {
  const rows = await queryRows<EventRow>(
    db,
    sql`select e.id, e.alarm_id as "alarmId", e.at, e.type, e.actor_id as "actorId", u.name as "actorName", e.level,
               e.data
        from alarm_events e left join users u on u.id = e.actor_id
        where e.alarm_id = ${alarmId} order by e.at, e.id`,
  );
  return rows.map(eventOf);
}

/** The newest event id of all alarms: where a device that just connected stands. */
export async function latestEventId(db: Executor): Promise<number> {
  const [row] = await queryRows<{ id: number | string | null }>(db, sql`select max(id) as id from alarm_events`);
  return Number(row?.id ?? 0);
}

/** Per device and reconnect at most this many missed events are sent; the alarms themselves always come whole. */
export const MISSED_EVENTS_LIMIT = 200;

/**
 * What a device missed since event `since`: the events of alarms the user raised or was called to (delivery and
 * seen confirmations of others left out: telemetry, not news), oldest first. Event ids grow with every insert, so
 * "after the last one I saw" is one index range.
 */
export async function eventsSince(
  db: Executor,
  userId: string,
  since: number,
): Promise<{ events: (TAlarmEvent & { alarmId: string })[]; more: boolean }> {
  const rows = await queryRows<EventRow>(
    db,
    sql`select e.id, e.alarm_id as "alarmId", e.at, e.type, e.actor_id as "actorId", u.name as "actorName", e.level,
               e.data
        from alarm_events e
        join alarms a on a.id = e.alarm_id
        left join users u on u.id = e.actor_id
        where e.id > ${since}
          and e.type not in ('delivered', 'seen', 'committed')
          and (a.raised_by = ${userId}
               or exists (select 1 from alarm_recipients r where r.alarm_id = a.id and r.user_id = ${userId}))
        order by e.id
        limit ${MISSED_EVENTS_LIMIT + 1}`,
  );
  return {
    events: rows.slice(0, MISSED_EVENTS_LIMIT).map((row) => ({ ...eventOf(row), alarmId: row.alarmId })),
    more: rows.length > MISSED_EVENTS_LIMIT,
  };
}

function eventOf(row: EventRow): TAlarmEvent {
  return {
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    type: row.type,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '' } : null,
    level: row.level,
    data: typeof row.data === 'string' ? (JSON.parse(row.data) as Record<string, unknown>) : row.data,
  };
}

export async function recipientOf(db: Executor, alarmId: string, userId: string) {
  const [row] = await db
    .select()
    .from(alarmRecipients)
    .where(and(eq(alarmRecipients.alarmId, alarmId), eq(alarmRecipients.userId, userId)));
  return row;
}

/** Recent alarms of an office (for its managers and the safety officer). */
export function recentAlarmIds(db: Executor, officeIds: string[] | 'all', limit = 20) {
  const query = db.select({ id: alarms.id }).from(alarms);
  const filtered =
    officeIds === 'all'
      ? query
      : query.where(inArray(alarms.officeId, officeIds.length ? officeIds : ['00000000-0000-0000-0000-000000000000']));
  return filtered.orderBy(desc(alarms.raisedAt)).limit(limit);
}

export const isOpen = (state: string) => (OPEN_ALARM_STATES as readonly string[]).includes(state);

import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { offices } from '../org/tables.js';
import { users } from '../users/tables.js';
import { amsterdamClock, isOnDuty, isReachable, type Shift } from './roster.js';
import type { ResponseTeamKind, TEscalationLevel } from './schema.js';
import {
  alarmProfiles,
  dutyExceptions,
  dutyShifts,
  officeAlarmSettings,
  responseTeamMembers,
  responseTeams,
} from './tables.js';

export type ResponseTeamRow = typeof responseTeams.$inferSelect;

export interface ResponderRow {
  userId: string;
  name: string;
  teamId: string;
  teamName: string;
  kind: ResponseTeamKind;
  officeId: string;
  shifts: Shift[];
  onDuty: boolean;
  available: boolean;
  reachable: boolean;
  lastHeartbeatAt: Date | null;
}

/**
 * Every member of the active response teams that match, with their duty status at `at`: one row per team
 * membership (a person in two teams appears twice; callers count distinct people).
 */
export async function respondersOf(
  db: Executor,
  scope: { officeId?: string; teamIds?: string[]; includeInactiveTeams?: boolean; onlyToday?: boolean },
  at: Date,
): Promise<ResponderRow[]> {
  const conditions = [eq(users.active, true)];
  if (!scope.includeInactiveTeams) conditions.push(eq(responseTeams.active, true));
  if (scope.officeId) conditions.push(eq(responseTeams.officeId, scope.officeId));
  if (scope.teamIds) {
    if (scope.teamIds.length === 0) return [];
    conditions.push(inArray(responseTeams.id, scope.teamIds));
  }
  const members = await db
    .select({
      userId: users.id,
      name: users.name,
      teamId: responseTeams.id,
      teamName: responseTeams.name,
      kind: responseTeams.kind,
      officeId: responseTeams.officeId,
      available: alarmProfiles.available,
      lastHeartbeatAt: alarmProfiles.lastHeartbeatAt,
    })
    .from(responseTeamMembers)
    .innerJoin(responseTeams, eq(responseTeams.id, responseTeamMembers.teamId))
    .innerJoin(users, eq(users.id, responseTeamMembers.userId))
    .leftJoin(alarmProfiles, eq(alarmProfiles.userId, users.id))
    .where(and(...conditions))
    .orderBy(asc(users.name));
  if (members.length === 0) return [];
  const teamIds = [...new Set(members.map((member) => member.teamId))];
  const [shifts, exceptions] = await Promise.all([
    // Deciding who is on duty now needs only today's shifts (a shift never crosses midnight): at an alarm that is
    // a seventh of the rows.
    db
      .select()
      .from(dutyShifts)
      .where(
        scope.onlyToday
          ? and(inArray(dutyShifts.teamId, teamIds), eq(dutyShifts.weekday, amsterdamClock(at).weekday))
          : inArray(dutyShifts.teamId, teamIds),
      ),
    db
      .select()
      .from(dutyExceptions)
      .where(and(inArray(dutyExceptions.teamId, teamIds), sql`${dutyExceptions.endsAt} > ${at.toISOString()}`)),
  ]);
  // Grouped once: an office may have a thousand members with a week of shifts each.
  const key = (row: { teamId: string; userId: string }) => `${row.teamId}/${row.userId}`;
  const shiftsBy = new Map<string, Shift[]>();
  for (const { teamId, userId, weekday, startMinute, endMinute } of shifts) {
    const list = shiftsBy.get(key({ teamId, userId })) ?? [];
    list.push({ weekday, startMinute, endMinute });
    shiftsBy.set(key({ teamId, userId }), list);
  }
  const exceptionsBy = new Map<string, typeof exceptions>();
  for (const exception of exceptions) {
    const list = exceptionsBy.get(key(exception)) ?? [];
    list.push(exception);
    exceptionsBy.set(key(exception), list);
  }
  return members.map((member) => {
    const memberShifts = (shiftsBy.get(key(member)) ?? []).sort(
      (a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute,
    );
    const lastHeartbeatAt = member.lastHeartbeatAt ? new Date(member.lastHeartbeatAt) : null;
    return {
      userId: member.userId,
      name: member.name,
      teamId: member.teamId,
      teamName: member.teamName,
      kind: member.kind as ResponseTeamKind,
      officeId: member.officeId,
      shifts: memberShifts,
      onDuty: isOnDuty(at, memberShifts, exceptionsBy.get(key(member)) ?? []),
      // No profile yet: a new responder is available until they say otherwise.
      available: member.available ?? true,
      reachable: isReachable(at, lastHeartbeatAt),
      lastHeartbeatAt,
    };
  });
}

/** Who an alarm can reach now: on duty, available and with a recent heartbeat. */
export function callable(rows: ResponderRow[]): ResponderRow[] {
  return rows.filter((row) => row.onDuty && row.available && row.reachable);
}

export function distinctPeople(rows: ResponderRow[]): number {
  return new Set(rows.map((row) => row.userId)).size;
}

export interface OfficeSettings {
  minReachable: number;
  ackTimeoutSeconds: number;
  escalation: TEscalationLevel[];
}

/** An office that nobody configured yet: two reachable responders, 30 seconds, then the managers. */
export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  minReachable: 2,
  ackTimeoutSeconds: 30,
  escalation: [{ target: 'managers', timeoutSeconds: 30 }],
};

export async function settingsOf(db: Executor, officeId: string): Promise<OfficeSettings> {
  const [row] = await db.select().from(officeAlarmSettings).where(eq(officeAlarmSettings.officeId, officeId));
  if (!row) return DEFAULT_OFFICE_SETTINGS;
  return {
    minReachable: row.minReachable,
    ackTimeoutSeconds: row.ackTimeoutSeconds,
    escalation: row.escalation as TEscalationLevel[],
  };
}

export function activeOffices(db: Executor) {
  return db
    .select({ id: offices.id, name: offices.name })
    .from(offices)
    .where(eq(offices.active, true))
    .orderBy(asc(offices.name));
}

export async function findResponseTeam(db: Executor, id: string): Promise<ResponseTeamRow | undefined> {
  const [row] = await db.select().from(responseTeams).where(eq(responseTeams.id, id));
  return row;
}

export function teamsOfOffice(db: Executor, officeId: string) {
  return db
    .select()
    .from(responseTeams)
    .where(eq(responseTeams.officeId, officeId))
    .orderBy(asc(responseTeams.kind), asc(responseTeams.name));
}

export function exceptionsOfTeams(db: Executor, teamIds: string[], from: Date) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: dutyExceptions.id,
      teamId: dutyExceptions.teamId,
      userId: dutyExceptions.userId,
      name: users.name,
      startsAt: dutyExceptions.startsAt,
      endsAt: dutyExceptions.endsAt,
      onDuty: dutyExceptions.onDuty,
      note: dutyExceptions.note,
    })
    .from(dutyExceptions)
    .innerJoin(users, eq(users.id, dutyExceptions.userId))
    .where(and(inArray(dutyExceptions.teamId, teamIds), sql`${dutyExceptions.endsAt} > ${from.toISOString()}`))
    .orderBy(asc(dutyExceptions.startsAt));
}

export async function profileOf(db: Executor, userId: string) {
  const [row] = await db.select().from(alarmProfiles).where(eq(alarmProfiles.userId, userId));
  return row;
}

/** Presence, not a business change: upserted without an audit row (every 15 s per open app would drown the log). */
export async function touchHeartbeat(db: Executor, userId: string, at: Date): Promise<void> {
  await touchHeartbeats(db, [userId], at);
}

/** The heartbeats of many people in one statement (the alarm sockets write theirs in batches). */
export async function touchHeartbeats(db: Executor, userIds: string[], at: Date): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insert(alarmProfiles)
    .values(userIds.map((userId) => ({ userId, lastHeartbeatAt: at })))
    .onConflictDoUpdate({ target: alarmProfiles.userId, set: { lastHeartbeatAt: at } });
}

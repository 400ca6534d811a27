import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { offices } from '../org/tables.js';
import { userRoles, users } from '../users/tables.js';
import { mayManageOffice } from './policy.js';
import {
  activeOffices,
  callable,
  distinctPeople,
  exceptionsOfTeams,
  findResponseTeam,
  profileOf,
  respondersOf,
  settingsOf,
  teamsOfOffice,
  touchHeartbeat,
} from './repository.js';
import type {
  ResponseTeamKind,
  TMyDuty,
  TOfficeDuty,
  TPressFeedback,
  TStaffingWarning,
  ZCreateExceptionRequest,
  ZCreateResponseTeamRequest,
  ZOfficeSettingsRequest,
  ZSetMembersRequest,
  ZUpdateMyDutyRequest,
  ZUpdateResponseTeamRequest,
} from './schema.js';
import {
  alarmProfiles,
  dutyExceptions,
  dutyShifts,
  officeAlarmSettings,
  responseTeamMembers,
  responseTeams,
} from './tables.js';

function assertMayManage(user: SessionUser, officeId: string): void {
  // A manager of another office learns nothing about this one.
  if (!mayManageOffice(user, officeId)) throw new ProblemError(404, 'not_found');
}

async function officeName(ctx: AppContext, officeId: string): Promise<string> {
  const [office] = await ctx.db.select({ name: offices.name }).from(offices).where(eq(offices.id, officeId));
  if (!office) throw new ProblemError(404, 'not_found');
  return office.name;
}

/** An office's teams, members with their roster and status now, exceptions ahead, settings and the warning. */
export async function getOfficeDuty(ctx: AppContext, user: SessionUser, officeId: string): Promise<TOfficeDuty> {
  assertMayManage(user, officeId);
  const name = await officeName(ctx, officeId);
  const now = new Date();
  const [teams, responders, settings] = await Promise.all([
    teamsOfOffice(ctx.db, officeId),
    respondersOf(ctx.db, { officeId, includeInactiveTeams: true }, now),
    settingsOf(ctx.db, officeId),
  ]);
  const exceptions = await exceptionsOfTeams(
    ctx.db,
    teams.map((team) => team.id),
    now,
  );
  const reachableOnDuty = distinctPeople(
    callable(responders.filter((row) => teams.find((t) => t.id === row.teamId)?.active)),
  );
  const candidates = await ctx.db
    .selectDistinct({ id: users.id, name: users.name, officeId: users.officeId })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.active, true), inArray(userRoles.role, ['responder', 'manager'])))
    .orderBy(users.name);
  return {
    office: { id: officeId, name },
    settings,
    reachableOnDuty,
    understaffed: reachableOnDuty < settings.minReachable,
    teams: teams.map((team) => ({
      id: team.id,
      officeId: team.officeId,
      kind: team.kind as ResponseTeamKind,
      name: team.name,
      active: team.active,
      members: responders
        .filter((row) => row.teamId === team.id)
        .map((row) => ({
          userId: row.userId,
          name: row.name,
          onDuty: row.onDuty,
          available: row.available,
          reachable: row.reachable,
          lastHeartbeatAt: row.lastHeartbeatAt?.toISOString() ?? null,
          shifts: row.shifts,
        })),
      exceptions: exceptions
        .filter((row) => row.teamId === team.id)
        .map((row) => ({
          id: row.id,
          userId: row.userId,
          name: row.name,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
          onDuty: row.onDuty,
          note: row.note,
        })),
    })),
    candidates,
  };
}

/** Reachable responders on duty per office the user looks after, and those below their minimum. */
export async function staffingOverview(ctx: AppContext, user: SessionUser) {
  const now = new Date();
  const visible = (await activeOffices(ctx.db)).filter((office) => mayManageOffice(user, office.id));
  const result = [];
  for (const office of visible) {
    const [responders, settings] = await Promise.all([
      respondersOf(ctx.db, { officeId: office.id, onlyToday: true }, now),
      settingsOf(ctx.db, office.id),
    ]);
    result.push({
      id: office.id,
      name: office.name,
      reachableOnDuty: distinctPeople(callable(responders)),
      minReachable: settings.minReachable,
    });
  }
  const warnings: TStaffingWarning[] = result
    .filter((office) => office.reachableOnDuty < office.minReachable)
    .map((office) => ({
      officeId: office.id,
      officeName: office.name,
      reachableOnDuty: office.reachableOnDuty,
      minReachable: office.minReachable,
    }));
  return { offices: result, warnings };
}

async function assertReferences(tx: Tx, input: z.infer<typeof ZOfficeSettingsRequest>): Promise<void> {
  for (const level of input.escalation) {
    if (level.target === 'team' && !(await findResponseTeam(tx, level.teamId)))
      throw new ProblemError(400, 'unknown_reference', { field: 'team' });
    if (level.target === 'office') {
      const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, level.officeId));
      if (!office) throw new ProblemError(400, 'unknown_reference', { field: 'kantoor / office' });
    }
  }
}

export async function updateOfficeSettings(
  ctx: AppContext,
  user: SessionUser,
  officeId: string,
  input: z.infer<typeof ZOfficeSettingsRequest>,
): Promise<void> {
  assertMayManage(user, officeId);
  await officeName(ctx, officeId);
  await ctx.db.transaction(async (tx) => {
    await assertReferences(tx, input);
    const before = await settingsOf(tx, officeId);
    await tx
      .insert(officeAlarmSettings)
      .values({ officeId, ...input, updatedAt: new Date() })
      .onConflictDoUpdate({ target: officeAlarmSettings.officeId, set: { ...input, updatedAt: new Date() } });
    await recordAudit(tx, actorOf(user), {
      action: 'office_alarm_settings.updated',
      entityType: 'office',
      entityId: officeId,
      before: { ...before },
      after: { ...input },
    });
  });
}

export async function createResponseTeam(
  ctx: AppContext,
  user: SessionUser,
  input: z.infer<typeof ZCreateResponseTeamRequest>,
): Promise<string> {
  assertMayManage(user, input.officeId);
  const [office] = await ctx.db.select({ id: offices.id }).from(offices).where(eq(offices.id, input.officeId));
  if (!office) throw new ProblemError(400, 'unknown_reference', { field: 'kantoor / office' });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(responseTeams).values(input).returning();
    if (!row) throw new Error('response team insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'response_team.created',
      entityType: 'response_team',
      entityId: row.id,
      after: { officeId: row.officeId, kind: row.kind, name: row.name },
    });
    return row.id;
  });
}

/** Loads the team for a change by someone who manages its office. */
async function managedTeam(tx: Tx, user: SessionUser, teamId: string) {
  const [team] = await tx.select().from(responseTeams).where(eq(responseTeams.id, teamId)).for('update');
  if (!team) throw new ProblemError(404, 'not_found');
  assertMayManage(user, team.officeId);
  return team;
}

export async function updateResponseTeam(
  ctx: AppContext,
  user: SessionUser,
  teamId: string,
  input: z.infer<typeof ZUpdateResponseTeamRequest>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const team = await managedTeam(tx, user, teamId);
    if (Object.keys(input).length === 0) return;
    await tx.update(responseTeams).set(input).where(eq(responseTeams.id, teamId));
    await recordAudit(tx, actorOf(user), {
      action: 'response_team.updated',
      entityType: 'response_team',
      entityId: teamId,
      before: { name: team.name, active: team.active },
      after: { name: input.name ?? team.name, active: input.active ?? team.active },
    });
  });
}

/** Replaces the team's members and their weekly pattern in one go: what the roster screen shows is what is stored. */
export async function setMembers(
  ctx: AppContext,
  user: SessionUser,
  teamId: string,
  input: z.infer<typeof ZSetMembersRequest>,
): Promise<void> {
  const userIds = [...new Set(input.members.map((member) => member.userId))];
  if (userIds.length !== input.members.length) throw new ProblemError(400, 'validation_failed');
  await ctx.db.transaction(async (tx) => {
    await managedTeam(tx, user, teamId);
    if (userIds.length > 0) {
      // Members receive alarms, so they must be able to open the alarm stream: responders and managers.
      const eligible = await tx
        .selectDistinct({ id: users.id })
        .from(users)
        .innerJoin(userRoles, eq(userRoles.userId, users.id))
        .where(
          and(inArray(users.id, userIds), eq(users.active, true), inArray(userRoles.role, ['responder', 'manager'])),
        );
      if (eligible.length !== userIds.length)
        throw new ProblemError(400, 'unknown_reference', { field: 'teamlid / team member' });
    }
    const before = await tx
      .select({ userId: responseTeamMembers.userId })
      .from(responseTeamMembers)
      .where(eq(responseTeamMembers.teamId, teamId));
    await tx.delete(dutyShifts).where(eq(dutyShifts.teamId, teamId));
    await tx.delete(responseTeamMembers).where(eq(responseTeamMembers.teamId, teamId));
    if (userIds.length > 0) await tx.insert(responseTeamMembers).values(userIds.map((userId) => ({ teamId, userId })));
    const shifts = input.members.flatMap((member) =>
      member.shifts.map((shift) => ({ teamId, userId: member.userId, ...shift })),
    );
    if (shifts.length > 0) await tx.insert(dutyShifts).values(shifts);
    await recordAudit(tx, actorOf(user), {
      action: 'response_team.roster_set',
      entityType: 'response_team',
      entityId: teamId,
      before: { members: before.map((row) => row.userId).sort() },
      after: { members: [...userIds].sort() },
      details: { shifts: shifts.length },
    });
  });
}

export async function addException(
  ctx: AppContext,
  user: SessionUser,
  teamId: string,
  input: z.infer<typeof ZCreateExceptionRequest>,
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    await managedTeam(tx, user, teamId);
    const [member] = await tx
      .select()
      .from(responseTeamMembers)
      .where(and(eq(responseTeamMembers.teamId, teamId), eq(responseTeamMembers.userId, input.userId)));
    if (!member) throw new ProblemError(400, 'unknown_reference', { field: 'teamlid / team member' });
    const [row] = await tx
      .insert(dutyExceptions)
      .values({
        teamId,
        userId: input.userId,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        onDuty: input.onDuty,
        note: input.note,
      })
      .returning();
    if (!row) throw new Error('exception insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'duty_exception.created',
      entityType: 'response_team',
      entityId: teamId,
      after: { userId: row.userId, startsAt: row.startsAt, endsAt: row.endsAt, onDuty: row.onDuty },
    });
    return row.id;
  });
}

export async function deleteException(ctx: AppContext, user: SessionUser, exceptionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(dutyExceptions).where(eq(dutyExceptions.id, exceptionId)).for('update');
    if (!row) throw new ProblemError(404, 'not_found');
    await managedTeam(tx, user, row.teamId);
    await tx.delete(dutyExceptions).where(eq(dutyExceptions.id, exceptionId));
    await recordAudit(tx, actorOf(user), {
      action: 'duty_exception.deleted',
      entityType: 'response_team',
      entityId: row.teamId,
      before: { userId: row.userId, startsAt: row.startsAt, endsAt: row.endsAt, onDuty: row.onDuty },
    });
  });
}

export async function myDuty(ctx: AppContext, user: SessionUser): Promise<TMyDuty> {
  const now = new Date();
  const [profile, rows] = await Promise.all([
    profileOf(ctx.db, user.id),
    respondersOf(ctx.db, {}, now).then((all) => all.filter((row) => row.userId === user.id)),
  ]);
  let office: string | null = null;
  if (user.officeId) {
    const [row] = await ctx.db.select({ name: offices.name }).from(offices).where(eq(offices.id, user.officeId));
    office = row?.name ?? null;
  }
  return {
    available: profile?.available ?? true,
    room: profile?.room ?? '',
    pressFeedback: (profile?.pressFeedback as TPressFeedback | undefined) ?? 'discreet',
    officeName: office,
    onDutyNow: rows.some((row) => row.onDuty),
    reachable: rows[0]?.reachable ?? false,
    teams: rows.map((row) => ({ id: row.teamId, name: row.teamName, kind: row.kind, onDuty: row.onDuty })),
  };
}

export async function updateMyDuty(
  ctx: AppContext,
  user: SessionUser,
  input: z.infer<typeof ZUpdateMyDutyRequest>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(alarmProfiles).where(eq(alarmProfiles.userId, user.id)).for('update');
    const values = { ...input, updatedAt: new Date() };
    await tx
      .insert(alarmProfiles)
      .values({ userId: user.id, ...values })
      .onConflictDoUpdate({ target: alarmProfiles.userId, set: values });
    await recordAudit(tx, actorOf(user), {
      action: 'alarm_profile.updated',
      entityType: 'user',
      entityId: user.id,
      before: before ? { available: before.available, room: before.room, pressFeedback: before.pressFeedback } : null,
      after: {
        available: input.available ?? before?.available ?? true,
        room: input.room ?? before?.room ?? '',
        pressFeedback: input.pressFeedback ?? before?.pressFeedback ?? 'discreet',
      },
    });
  });
}

export async function heartbeat(ctx: AppContext, user: SessionUser): Promise<void> {
  await touchHeartbeat(ctx.db, user.id, new Date());
}

import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { queryRows } from '../../db/client.js';
import type { Language } from '../../http/messages.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { getOrganisation, listDepartments } from '../org/repository.js';
import { listUsers, listUsersInDepartment, rolesOf, type UserRow } from '../users/repository.js';
import { renderCertificate } from './certificate.js';
import { moduleFor } from './elearning/modules.js';
import {
  addMonths,
  DEFAULT_REQUIREMENTS,
  type FinishedPractice,
  requirementState,
  type TRequirement,
  ZRequirementList,
} from './requirements.js';
import { ZScenario } from './scenario.js';
import type { TMemberRequirement } from './schema.js';
import {
  elearningResults,
  trainingAttempts,
  trainingRequirements,
  trainingSessionInvitees,
  trainingSessions,
} from './tables.js';

const LIST_ID = 1;

export async function requirementList(ctx: AppContext): Promise<TRequirement[]> {
  const [row] = await ctx.db.select().from(trainingRequirements).where(eq(trainingRequirements.id, LIST_ID));
  return row ? ZRequirementList.parse(row.content) : DEFAULT_REQUIREMENTS;
}

export async function saveRequirements(ctx: AppContext, user: SessionUser, list: TRequirement[]) {
  const before = await requirementList(ctx);
  await ctx.db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(trainingRequirements)
      .values({ id: LIST_ID, content: list, updatedBy: user.id, updatedAt: now })
      .onConflictDoUpdate({
        target: trainingRequirements.id,
        set: { content: list, updatedBy: user.id, updatedAt: now },
      });
    await recordAudit(tx, actorOf(user), {
      action: 'training.requirements_saved',
      entityType: 'training_requirements',
      entityId: String(LIST_ID),
      before: { requirements: before },
      after: { requirements: list },
    });
  });
  return requirementList(ctx);
}

/** Finished practice per user, with the channel of the scenario as it was played. */
async function practiceOf(ctx: AppContext, userIds: string[]): Promise<Map<string, FinishedPractice[]>> {
  const byUser = new Map<string, FinishedPractice[]>();
  if (userIds.length === 0) return byUser;
  const rows = await ctx.db
    .select({
      userId: trainingAttempts.userId,
      finishedAt: trainingAttempts.finishedAt,
      channel: sql<string>`${trainingAttempts.scenario}->>'channel'`,
    })
    .from(trainingAttempts)
    .where(and(inArray(trainingAttempts.userId, userIds), isNotNull(trainingAttempts.finishedAt)));
  for (const row of rows) {
    if (!row.finishedAt) continue;
    const list = byUser.get(row.userId) ?? [];
    list.push({ finishedAt: new Date(row.finishedAt), channel: row.channel });
    byUser.set(row.userId, list);
  }
  return byUser;
}

function addTo(map: Map<string, Date[]>, key: string, at: Date | string): void {
  const list = map.get(key) ?? [];
  list.push(new Date(at));
  map.set(key, list);
}

/** Classroom sessions attended, per person and the requirement the session was planned for. */
async function sessionsOf(ctx: AppContext, userIds: string[]): Promise<Map<string, Date[]>> {
  const byKey = new Map<string, Date[]>();
  if (userIds.length === 0) return byKey;
  const rows = await ctx.db
    .select({
      userId: trainingSessionInvitees.userId,
      requirementId: trainingSessions.requirementId,
      startsAt: trainingSessions.startsAt,
    })
    .from(trainingSessionInvitees)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingSessionInvitees.sessionId))
    .where(
      and(
        inArray(trainingSessionInvitees.userId, userIds),
        eq(trainingSessionInvitees.attendance, 'attended'),
        isNotNull(trainingSessions.requirementId),
      ),
    );
  for (const row of rows) addTo(byKey, `${row.userId}/${row.requirementId}`, row.startsAt);
  return byKey;
}

/**
 * Alarm drills per person: drill alarms of their own office they answered ("ik kom" or arrived), at the moment
 * they answered. Read from the alarm records themselves, so a drill counts without anyone registering it.
 */
async function drillsOf(ctx: AppContext, userIds: string[]): Promise<Map<string, Date[]>> {
  const byUser = new Map<string, Date[]>();
  if (userIds.length === 0) return byUser;
  const rows = await queryRows<{ userId: string; at: Date | string }>(
    ctx.db,
    sql`select r.user_id as "userId", coalesce(r.acknowledged_at, r.arrived_at) as at
        from alarm_recipients r
        join alarms a on a.id = r.alarm_id
        join users u on u.id = r.user_id
        where a.drill and a.office_id = u.office_id
          and coalesce(r.acknowledged_at, r.arrived_at) is not null
          and r.user_id in (select unnest(string_to_array(${userIds.join(',')}, ',')::uuid[]))`,
  );
  for (const row of rows) addTo(byUser, row.userId, row.at);
  return byUser;
}

/** Every requirement that applies to each person, with where they stand; overdue first, then by due date. */
async function statesOf(ctx: AppContext, people: UserRow[], departmentNames = new Map<string, string>()) {
  const now = new Date();
  const ids = people.map((person) => person.id);
  const [requirements, roles, practice, sessions, drills, passes] = await Promise.all([
    requirementList(ctx),
    rolesOf(ctx.db, ids),
    practiceOf(ctx, ids),
    sessionsOf(ctx, ids),
    drillsOf(ctx, ids),
    ids.length === 0
      ? Promise.resolve([])
      : ctx.db
          .select({
            userId: elearningResults.userId,
            moduleId: elearningResults.moduleId,
            at: elearningResults.submittedAt,
          })
          .from(elearningResults)
          .where(and(inArray(elearningResults.userId, ids), eq(elearningResults.passed, true))),
  ]);
  const rows: TMemberRequirement[] = [];
  for (const person of people) {
    const theirRoles = roles.get(person.id) ?? [];
    for (const requirement of requirements) {
      if (!theirRoles.includes(requirement.role)) continue;
      const passed = passes
        .filter((pass) => pass.userId === person.id && pass.moduleId === requirement.moduleId)
        .map((pass) => pass.at);
      const state = requirementState(requirement, practice.get(person.id) ?? [], person.createdAt, now, {
        modulePasses: passed,
        sessions: sessions.get(`${person.id}/${requirement.id}`) ?? [],
        drills: requirement.minimumDrills > 0 ? (drills.get(person.id) ?? []) : [],
      });
      rows.push({
        userId: person.id,
        name: person.name,
        departmentName: person.departmentId ? (departmentNames.get(person.departmentId) ?? null) : null,
        requirement,
        status: state.status,
        completedAt: state.completedAt?.toISOString() ?? null,
        dueAt: state.dueAt.toISOString(),
        recent: state.recent,
        recentDrills: state.recentDrills,
      });
    }
  }
  const order = { overdue: 0, due_soon: 1, open: 2, done: 3 } as const;
  return rows.sort((a, b) => order[a.status] - order[b.status] || a.dueAt.localeCompare(b.dueAt));
}

export async function myRequirements(ctx: AppContext, user: SessionUser): Promise<TMemberRequirement[]> {
  const people = (await listUsers(ctx.db)).filter((person) => person.id === user.id);
  return statesOf(ctx, people);
}

/** A manager's department: who is due or overdue for which training. */
export async function teamRequirements(ctx: AppContext, user: SessionUser): Promise<TMemberRequirement[]> {
  if (!user.departmentId) return [];
  const people = (await listUsersInDepartment(ctx.db, user.departmentId)).filter((person) => person.id !== user.id);
  return statesOf(ctx, people);
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  // Quote every cell; a leading =, +, - or @ would be run as a formula by a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** "3 van 4 oefengesprekken, 1 van 1 oefenalarmen": the practice a requirement asks for and what was done. */
function practiceDone(row: Awaited<ReturnType<typeof statesOf>>[number]): string {
  const parts = [`${row.recent} van ${row.requirement.minimumScenarios} oefengesprekken`];
  if (row.requirement.minimumDrills > 0) {
    parts.push(`${row.recentDrills} van ${row.requirement.minimumDrills} oefenalarmen`);
  }
  return parts.join(', ');
}

/** The RI&E evidence (Arbobesluit 2.15: information and training): every active person's requirements, as CSV. */
export async function evidenceCsv(ctx: AppContext, user: SessionUser): Promise<string> {
  const [people, departments] = await Promise.all([listUsers(ctx.db), listDepartments(ctx.db)]);
  const names = new Map(departments.map((department) => [department.id, department.name]));
  const rows = await statesOf(
    ctx,
    people.filter((person) => person.active),
    names,
  );
  const header = ['soort', 'naam', 'afdeling', 'onderwerp', 'status', 'datum', 'vervalt', 'toelichting'];
  const lines = rows.map((row) =>
    [
      'verplichting',
      row.name,
      row.departmentName,
      row.requirement.title.nl,
      row.status,
      row.completedAt,
      row.dueAt,
      `${practiceDone(row)} in ${row.requirement.intervalMonths} maanden`,
    ]
      .map(csvCell)
      .join(','),
  );
  // The other training records: passed e-learning modules and classroom sessions attended or missed.
  const active = new Map(people.filter((person) => person.active).map((person) => [person.id, person]));
  const department = (userId: string) => {
    const departmentId = active.get(userId)?.departmentId;
    return departmentId ? (names.get(departmentId) ?? null) : null;
  };
  const passes = await ctx.db.select().from(elearningResults).where(eq(elearningResults.passed, true));
  for (const pass of passes) {
    const person = active.get(pass.userId);
    if (!person) continue;
    const title = moduleFor(pass.moduleId)?.title.nl ?? pass.moduleId;
    lines.push(
      [
        'e-learning',
        person.name,
        department(pass.userId),
        title,
        'gehaald',
        pass.submittedAt.toISOString(),
        null,
        `${pass.correct} van ${pass.total} goed`,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const attendance = await ctx.db
    .select({
      userId: trainingSessionInvitees.userId,
      attendance: trainingSessionInvitees.attendance,
      title: trainingSessions.title,
      startsAt: trainingSessions.startsAt,
      trainer: trainingSessions.trainer,
    })
    .from(trainingSessionInvitees)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingSessionInvitees.sessionId))
    .where(ne(trainingSessionInvitees.attendance, 'invited'));
  for (const entry of attendance) {
    const person = active.get(entry.userId);
    if (!person) continue;
    lines.push(
      [
        'klassikaal',
        person.name,
        department(entry.userId),
        entry.title,
        entry.attendance === 'attended' ? 'aanwezig' : 'afwezig',
        entry.startsAt.toISOString(),
        null,
        entry.trainer,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  await ctx.db.transaction(async (tx) => {
    // Personal training records leave the system: that is worth a line in the audit log.
    await recordAudit(tx, actorOf(user), {
      action: 'training.evidence_exported',
      entityType: 'training_requirements',
      details: { rows: lines.length },
    });
  });
  return `${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}

/** The certificate of a requirement the user has met; refused while it is not met. */
export async function certificateFor(
  ctx: AppContext,
  user: SessionUser,
  requirementId: string,
  language: Language,
): Promise<Buffer> {
  const mine = await myRequirements(ctx, user);
  const row = mine.find((candidate) => candidate.requirement.id === requirementId);
  if (!row) throw new ProblemError(404, 'not_found');
  if (!row.completedAt || row.status === 'overdue') throw new ProblemError(409, 'requirement_not_met');
  const completedAt = new Date(row.completedAt);
  const requirement = row.requirement;
  const from = addMonths(completedAt, -requirement.intervalMonths);
  const attempts = await ctx.db
    .select({ scenario: trainingAttempts.scenario, finishedAt: trainingAttempts.finishedAt })
    .from(trainingAttempts)
    .where(and(eq(trainingAttempts.userId, user.id), isNotNull(trainingAttempts.finishedAt)));
  const counted = attempts
    .filter((attempt) => attempt.finishedAt && attempt.finishedAt >= from && attempt.finishedAt <= completedAt)
    .map((attempt) => ZScenario.parse(attempt.scenario))
    .filter((scenario) => requirement.channel === null || scenario.channel === requirement.channel)
    .map((scenario) => scenario.title);
  const organisation = await getOrganisation(ctx.db);
  return renderCertificate(
    {
      organisationName: organisation?.name ?? '',
      personName: user.name,
      title: requirement.title,
      minimumScenarios: requirement.minimumScenarios,
      intervalMonths: requirement.intervalMonths,
      completedAt,
      validUntil: new Date(row.dueAt),
      scenarioTitles: counted,
    },
    language,
  );
}

/** Per requirement: how many active people it applies to and how many meet it now (the evidence report's coverage). */
export async function requirementCoverage(ctx: AppContext) {
  const people = (await listUsers(ctx.db)).filter((person) => person.active);
  const rows = await statesOf(ctx, people);
  const coverage = new Map<string, { requirement: TRequirement; people: number; done: number; overdue: number }>();
  for (const row of rows) {
    const entry = coverage.get(row.requirement.id) ?? { requirement: row.requirement, people: 0, done: 0, overdue: 0 };
    entry.people++;
    if (row.status === 'done' || row.status === 'due_soon') entry.done++;
    if (row.status === 'overdue') entry.overdue++;
    coverage.set(row.requirement.id, entry);
  }
  return [...coverage.values()];
}

import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { addCalendarDays, dutchDate, startOfDutchDay } from '../../time/dutch-time.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { listDepartments, listTeams } from '../org/repository.js';
import { teams } from '../org/tables.js';
import { currentProtocolContent } from '../protocols/service.js';
import { playableScenarios } from '../training/service.js';
import { trainingSessions } from '../training/tables.js';
import { userRoles, users } from '../users/tables.js';
import { mayWorkOn, planScope } from './policy.js';
import { findItem, itemsOfPlans, namesOf, openItemsOf, type PlanItemRow, plansWithTeam } from './repository.js';
import {
  STAGES,
  type TOverdueItem,
  type TPlan,
  type TPlanItem,
  type TPlanOptions,
  type TPlanSummary,
  type TReplanRequest,
  type TStartPlanRequest,
  type TTickRequest,
} from './schema.js';
import { coachingPlanItems, coachingPlans } from './tables.js';
import { DUE_OFFSETS, planItems } from './template.js';

/** How far from today a plan may start or an item be re-planned: a plan is for now, not for next year. */
const MAX_DAYS_AWAY = 366;

type PlanRow = Awaited<ReturnType<typeof plansWithTeam>>[number];

function withinReach(date: string, today: string): boolean {
  return date >= addCalendarDays(today, -MAX_DAYS_AWAY) && date <= addCalendarDays(today, MAX_DAYS_AWAY);
}

/** Reads the texts an item refers to: boundary sentences from the current protocol, scenarios from the library. */
async function resolver(ctx: AppContext) {
  const [protocol, scenarios] = await Promise.all([currentProtocolContent(ctx.db), playableScenarios(ctx.db)]);
  const byId = new Map(scenarios.map((entry) => [entry.id, entry]));
  const sentences = protocol.boundarySentences;
  return {
    sentences: (indexes: number[] = []) =>
      sentences.length === 0
        ? []
        : [...new Set(indexes.map((index) => index % sentences.length))].map((index) => {
            const sentence = sentences[index] as (typeof sentences)[number];
            return { situation: sentence.situation, sentence: sentence.sentence };
          }),
    scenarios: (ids: string[] = []) =>
      ids.flatMap((id) => {
        const entry = byId.get(id);
        return entry
          ? [{ id, title: entry.scenario.title, level: entry.scenario.level, channel: entry.scenario.channel }]
          : [];
      }),
  };
}

type Resolver = Awaited<ReturnType<typeof resolver>>;

function presentItem(
  row: PlanItemRow,
  departmentId: string,
  user: SessionUser,
  names: Map<string, string>,
  resolve: Resolver,
  today: string,
): TPlanItem {
  return {
    id: row.id,
    planId: row.planId,
    stage: row.stage as TPlanItem['stage'],
    position: row.position,
    dueDate: row.dueDate,
    owner: { id: row.ownerId, name: names.get(row.ownerId) ?? '' },
    doneAt: row.doneAt?.toISOString() ?? null,
    doneByName: row.doneBy ? (names.get(row.doneBy) ?? null) : null,
    note: row.note,
    observation: row.observation,
    overdue: row.doneAt === null && row.dueDate < today,
    auditId: row.auditId,
    sentences: resolve.sentences(row.content.sentenceIndexes),
    scenarios: resolve.scenarios(row.content.scenarioIds),
    pair: (row.content.pair ?? []).map((id) => ({ id, name: names.get(id) ?? '' })),
    mayWork: row.doneAt === null && mayWorkOn(user, row.ownerId, departmentId),
  };
}

function summarise(plan: PlanRow, items: PlanItemRow[], today: string): TPlanSummary {
  const open = items.filter((item) => item.doneAt === null);
  return {
    ...plan,
    createdAt: plan.createdAt.toISOString(),
    endDate: addCalendarDays(plan.startDate, DUE_OFFSETS.audit),
    total: items.length,
    done: items.length - open.length,
    overdue: open.filter((item) => item.dueDate < today).length,
    nextDue: open.map((item) => item.dueDate).sort()[0] ?? null,
    stages: STAGES.map((stage) => {
      const ofStage = items.filter((item) => item.stage === stage);
      return { stage, total: ofStage.length, done: ofStage.filter((item) => item.doneAt !== null).length };
    }),
  };
}

function visiblePlans(ctx: AppContext, user: SessionUser, where: { planId?: string } = {}) {
  const scope = planScope(user);
  if (scope === null) return Promise.resolve([]);
  return plansWithTeam(ctx.db, { ...where, ...(scope === true ? {} : { departmentId: scope }) });
}

/** Progress per team: every plan the user may see, with counts per stage and what is overdue. */
export async function listPlans(ctx: AppContext, user: SessionUser): Promise<TPlanSummary[]> {
  const plans = await visiblePlans(ctx, user);
  const items = await itemsOfPlans(
    ctx.db,
    plans.map((plan) => plan.id),
  );
  const today = dutchDate();
  return plans.map((plan) =>
    summarise(
      plan,
      items.filter((item) => item.planId === plan.id),
      today,
    ),
  );
}

export async function getPlan(ctx: AppContext, user: SessionUser, id: string): Promise<TPlan> {
  const [plan] = await visiblePlans(ctx, user, { planId: id });
  if (!plan) throw new ProblemError(404, 'not_found');
  const [items, resolve] = await Promise.all([itemsOfPlans(ctx.db, [plan.id]), resolver(ctx)]);
  const names = await namesOf(
    ctx.db,
    items.flatMap((item) => [item.ownerId, ...(item.doneBy ? [item.doneBy] : []), ...(item.content.pair ?? [])]),
  );
  const today = dutchDate();
  return {
    ...summarise(plan, items, today),
    items: items.map((item) => presentItem(item, plan.departmentId, user, names, resolve, today)),
  };
}

/** The teams this user may start a plan for, and the classroom sessions of the last half year to link one to. */
export async function planOptions(ctx: AppContext, user: SessionUser): Promise<TPlanOptions> {
  const scope = user.roles.includes('safety_officer') ? true : user.departmentId;
  const [allTeams, departments, sessions, running] = await Promise.all([
    listTeams(ctx.db),
    listDepartments(ctx.db),
    ctx.db
      .select()
      .from(trainingSessions)
      .where(gte(trainingSessions.startsAt, startOfDutchDay(addCalendarDays(dutchDate(), -183))))
      .orderBy(desc(trainingSessions.startsAt)),
    runningTeamIds(ctx.db),
  ]);
  const names = new Map(departments.map((department) => [department.id, department.name]));
  return {
    teams: allTeams
      .filter((team) => team.active && (scope === true || team.departmentId === scope))
      .map((team) => ({
        id: team.id,
        name: team.name,
        departmentName: names.get(team.departmentId) ?? '',
        running: running.has(team.id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sessions:
      user.roles.includes('safety_officer') || user.roles.includes('manager')
        ? sessions.map((session) => ({
            id: session.id,
            title: session.title,
            startsAt: session.startsAt.toISOString(),
          }))
        : [],
  };
}

/** Teams with a plan that still has open items: a team follows one plan at a time. */
async function runningTeamIds(db: Executor): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ teamId: coachingPlans.teamId })
    .from(coachingPlans)
    .innerJoin(coachingPlanItems, eq(coachingPlanItems.planId, coachingPlans.id))
    .where(isNull(coachingPlanItems.doneAt));
  return new Set(rows.map((row) => row.teamId));
}

/** The people who take part: the team's active members, managers excluded (they coordinate), by name. */
async function teamMembers(db: Executor, teamId: string) {
  const members = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.teamId, teamId), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id));
  const managers = await rolesHolders(
    db,
    members.map((member) => member.id),
    'manager',
  );
  return members.filter((member) => !managers.has(member.id)).map((member) => member.id);
}

async function rolesHolders(db: Executor, ids: string[], role: 'manager' | 'safety_officer'): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ userId: userRoles.userId })
    .from(userRoles)
    .where(and(inArray(userRoles.userId, ids), eq(userRoles.role, role)));
  return new Set(rows.map((row) => row.userId));
}

/** The first active holder of a role (in the department, for managers), by name. */
async function firstWithRole(db: Executor, role: 'manager' | 'safety_officer', departmentId?: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(userRoles.role, role),
        eq(users.active, true),
        departmentId ? eq(users.departmentId, departmentId) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Starts the 90-day plan of a team from the template: the team's members in duos, the team's manager for the
 * meetings and the repetition, the safety officer for the month-3 audit.
 */
export async function startPlan(ctx: AppContext, user: SessionUser, input: TStartPlanRequest): Promise<string> {
  const today = dutchDate();
  const startDate = input.startDate ?? today;
  if (!withinReach(startDate, today)) throw new ProblemError(400, 'plan_date_out_of_range');
  const [protocol, scenarios] = await Promise.all([currentProtocolContent(ctx.db), playableScenarios(ctx.db)]);
  return ctx.db.transaction(async (tx) => {
    const [team] = await tx.select().from(teams).where(eq(teams.id, input.teamId));
    const scope = user.roles.includes('safety_officer') ? true : user.departmentId;
    // A manager may not learn that another department's team exists.
    if (!team?.active || (scope !== true && team.departmentId !== scope)) throw new ProblemError(404, 'not_found');
    if (input.sessionId) {
      const [session] = await tx.select().from(trainingSessions).where(eq(trainingSessions.id, input.sessionId));
      if (!session) throw new ProblemError(400, 'unknown_reference', { field: 'sessionId' });
    }
    // Serialise starts per team so two clicks cannot start two plans.
    await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, team.id)).for('update');
    if ((await runningTeamIds(tx)).has(team.id)) throw new ProblemError(409, 'plan_running');
    const members = await teamMembers(tx, team.id);
    if (members.length === 0) throw new ProblemError(409, 'plan_team_empty');
    const coordinatorId = user.roles.includes('manager')
      ? user.id
      : await firstWithRole(tx, 'manager', team.departmentId);
    const auditorId = user.roles.includes('safety_officer') ? user.id : await firstWithRole(tx, 'safety_officer');
    const items = planItems({
      startDate,
      members,
      coordinatorId: coordinatorId ?? user.id,
      auditorId: auditorId ?? user.id,
      sentenceCount: protocol.boundarySentences.length,
      basicScenarioIds: scenarios.filter((entry) => entry.scenario.level === 'basic').map((entry) => entry.id),
      harderScenarioIds: scenarios.filter((entry) => entry.scenario.level === 'month2').map((entry) => entry.id),
    });
    const [plan] = await tx
      .insert(coachingPlans)
      .values({ teamId: team.id, sessionId: input.sessionId ?? null, startDate, createdBy: user.id })
      .returning();
    if (!plan) throw new Error('plan insert returned nothing');
    await tx.insert(coachingPlanItems).values(items.map((item) => ({ ...item, planId: plan.id })));
    await recordAudit(tx, actorOf(user), {
      action: 'coaching_plan.started',
      entityType: 'coaching_plan',
      entityId: plan.id,
      details: { teamId: team.id, startDate, sessionId: input.sessionId ?? null, items: items.length },
    });
    return plan.id;
  });
}

async function workableItem(db: Executor, user: SessionUser, id: string) {
  const found = await findItem(db, id, true);
  if (!found) throw new ProblemError(404, 'not_found');
  const visible = mayWorkOn(user, found.item.ownerId, found.departmentId) || planScope(user) === true;
  if (!visible) throw new ProblemError(404, 'not_found');
  // The director reads every plan but does not run a team's plan.
  if (!mayWorkOn(user, found.item.ownerId, found.departmentId)) throw new ProblemError(403, 'forbidden');
  if (found.item.doneAt) throw new ProblemError(409, 'plan_item_done');
  return found.item;
}

/** Ticks an item done with the owner's note; a duo coaching item carries the filled-in observation form. */
export async function tickItem(ctx: AppContext, user: SessionUser, id: string, input: TTickRequest): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const item = await workableItem(tx, user, id);
    if (item.stage === 'duo_coaching' && !input.observation) throw new ProblemError(400, 'plan_observation_required');
    if (item.stage !== 'duo_coaching' && input.observation)
      throw new ProblemError(400, 'plan_observation_not_expected');
    await tx
      .update(coachingPlanItems)
      .set({ doneAt: new Date(), doneBy: user.id, note: input.note, observation: input.observation ?? null })
      .where(eq(coachingPlanItems.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'coaching_plan.item_done',
      entityType: 'coaching_plan_item',
      entityId: id,
      details: { planId: item.planId, stage: item.stage, observation: input.observation !== undefined },
    });
    return item.planId;
  });
}

/** Moves an item's due date, with the reason kept as its note. */
export async function replanItem(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TReplanRequest,
): Promise<string> {
  if (!withinReach(input.dueDate, dutchDate())) throw new ProblemError(400, 'plan_date_out_of_range');
  return ctx.db.transaction(async (tx) => {
    const item = await workableItem(tx, user, id);
    await tx
      .update(coachingPlanItems)
      .set({ dueDate: input.dueDate, note: input.note })
      .where(eq(coachingPlanItems.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'coaching_plan.item_replanned',
      entityType: 'coaching_plan_item',
      entityId: id,
      before: { dueDate: item.dueDate },
      after: { dueDate: input.dueDate },
      details: { planId: item.planId },
    });
    return item.planId;
  });
}

/** The signed-in person's open items in any plan, soonest first. */
export async function myItems(ctx: AppContext, user: SessionUser) {
  const [rows, resolve] = await Promise.all([openItemsOf(ctx.db, user.id), resolver(ctx)]);
  const names = await namesOf(ctx.db, [user.id, ...rows.flatMap((row) => row.item.content.pair ?? [])]);
  const today = dutchDate();
  return rows.map((row) => ({
    ...presentItem(row.item, row.departmentId, user, names, resolve, today),
    teamName: row.teamName,
  }));
}

/** For the owner's home screen: their items past the due date (Dutch calendar days). */
export async function overdueItemsOf(db: Executor, userId: string): Promise<TOverdueItem[]> {
  const rows = await openItemsOf(db, userId, dutchDate());
  return rows.map((row) => ({
    id: row.item.id,
    planId: row.item.planId,
    stage: row.item.stage as TOverdueItem['stage'],
    teamName: row.teamName,
    dueDate: row.item.dueDate,
  }));
}

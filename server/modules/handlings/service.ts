import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { linkedClientId } from '../clients/service.js';
import { createDraftFromHandling } from '../incidents/service.js';
import {
  END,
  type ProcedureKey,
  type StepAction,
  type TProcedure,
  type TProtocolContent,
} from '../protocols/content.js';
import { nextStep, StepEngineError, type StepOutcome } from '../protocols/engine.js';
import { currentProtocol, protocolVersion } from '../protocols/service.js';
import { successors } from '../protocols/validate.js';
import { users } from '../users/tables.js';
import { emitEvent } from '../webhooks/emit.js';
import {
  eventsOf,
  findHandling,
  type HandlingRow,
  handlingsOf,
  lockHandling,
  managersOf,
  namesOf,
  openTasksOf,
  usersWithRole,
  wasInvolved,
} from './repository.js';
import type { TFollowUpTask, THandling, THandlingSummary } from './schema.js';
import { followUpTasks, handlingEvents, handlings } from './tables.js';
import { addWorkingDays } from './working-days.js';

/** The channel a procedure is about, when the employee did not say. */
const DEFAULT_CHANNEL: Record<ProcedureKey, string> = {
  telephone: 'telephone',
  verbal: 'desk',
  physical: 'desk',
  written: 'written',
};

/** Follow-up the manager owns, with its deadline in working days after closing (registration within 1, seed 003). */
export const FOLLOW_UP_DEADLINES: Partial<Record<StepAction, number>> = {
  register_incident: 1,
  inform_director: 1,
  decide_measures: 3,
  plan_ordegesprek: 5,
};

function procedureOf(content: TProtocolContent, key: string): TProcedure {
  const procedure = content.procedures.find((candidate) => candidate.key === key);
  if (!procedure) throw new ProblemError(400, 'validation_failed');
  return procedure;
}

async function contentOfVersion(ctx: AppContext, version: number): Promise<TProtocolContent> {
  return (await protocolVersion(ctx, version)).content;
}

function assertHandler(handling: HandlingRow, user: SessionUser): void {
  if (handling.status !== 'active') throw new ProblemError(409, 'handling_closed');
  if (handling.handlerId !== user.id) throw new ProblemError(403, 'not_handler');
}

/** Who may look at a handling: whoever had it, the managers of its department, and the safety officer. */
async function assertMayView(ctx: AppContext, handling: HandlingRow, user: SessionUser): Promise<void> {
  if (await wasInvolved(ctx.db, handling, user.id)) return;
  if (user.roles.includes('manager') && user.departmentId && user.departmentId === handling.departmentId) return;
  if (user.roles.includes('safety_officer')) return;
  // Not revealing that the handling exists.
  throw new ProblemError(404, 'not_found');
}

/**
 * Runs a change as the person handling it now, with the handling's row locked for the transaction: two devices
 * cannot record the same step twice, and nobody acts on a handling that was handed over or closed.
 */
async function asHandler<T>(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  work: (tx: Tx, handling: HandlingRow) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const handling = await lockHandling(tx, id);
    if (!handling) throw new ProblemError(404, 'not_found');
    assertHandler(handling, user);
    return work(tx, handling);
  });
}

async function addEvent(tx: Tx, values: typeof handlingEvents.$inferInsert): Promise<void> {
  await tx.insert(handlingEvents).values(values);
}

export async function startHandling(
  ctx: AppContext,
  user: SessionUser,
  input: { procedure: ProcedureKey; channel?: string },
): Promise<string> {
  const protocol = await currentProtocol(ctx);
  const procedure = procedureOf(protocol.content, input.procedure);
  const firstStep = procedure.steps[0]?.id ?? END;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(handlings)
      .values({
        protocolVersion: protocol.version,
        procedureKey: procedure.key,
        channel: input.channel ?? DEFAULT_CHANNEL[procedure.key],
        currentStepId: firstStep,
        startedBy: user.id,
        handlerId: user.id,
        officeId: user.officeId,
        departmentId: user.departmentId,
      })
      .returning();
    if (!row) throw new Error('handling insert returned nothing');
    await addEvent(tx, { handlingId: row.id, actorId: user.id, type: 'started', stepId: firstStep });
    await recordAudit(tx, actorOf(user), {
      action: 'handling.started',
      entityType: 'handling',
      entityId: row.id,
      after: { procedure: row.procedureKey, channel: row.channel, protocolVersion: row.protocolVersion },
    });
    return row.id;
  });
}

export async function getHandling(ctx: AppContext, user: SessionUser, id: string): Promise<THandling> {
  const handling = await findHandling(ctx.db, id);
  if (!handling) throw new ProblemError(404, 'not_found');
  await assertMayView(ctx, handling, user);
  const content = await contentOfVersion(ctx, handling.protocolVersion);
  const events = await eventsOf(ctx.db, id);
  const names = await namesOf(ctx.db, [handling.startedBy, handling.handlerId]);
  return {
    id: handling.id,
    status: handling.status === 'closed' ? 'closed' : 'active',
    protocolVersion: handling.protocolVersion,
    procedure: procedureOf(content, handling.procedureKey),
    channel: handling.channel,
    phase: handling.phase,
    currentStepId: handling.currentStepId,
    startedAt: handling.startedAt.toISOString(),
    closedAt: handling.closedAt?.toISOString() ?? null,
    summary: handling.summary,
    startedBy: { id: handling.startedBy, name: names.get(handling.startedBy) ?? '' },
    handler: { id: handling.handlerId, name: names.get(handling.handlerId) ?? '' },
    canAct: handling.status === 'active' && handling.handlerId === user.id,
    events: events.map((event) => ({
      at: event.at.toISOString(),
      type: event.type,
      actor: { id: event.actorId, name: event.actorName },
      stepId: event.stepId,
      branch: event.branch,
      reason: event.reason,
      phase: event.phase,
      toUser: event.toUserId ? { id: event.toUserId, name: event.toUserName ?? '' } : null,
      alarmId: event.alarmId,
    })),
    guidance: {
      phases: content.phases,
      script: content.script,
      route: content.route,
      boundarySentences: content.boundarySentences.filter(
        (sentence) =>
          sentence.channels.length === 0 || sentence.channels.some((channel) => channel === handling.channel),
      ),
      toleranceBoundary: content.toleranceBoundary,
      alarmNumber: content.settings.alarmNumber,
      emergencyNumber: content.settings.emergencyNumber,
    },
  };
}

export async function myHandlings(ctx: AppContext, user: SessionUser): Promise<THandlingSummary[]> {
  const rows = await handlingsOf(ctx.db, user.id);
  const names = await namesOf(ctx.db, [...new Set(rows.flatMap((row) => [row.startedBy, row.handlerId]))]);
  const contents = new Map<number, TProtocolContent>();
  for (const version of new Set(rows.map((row) => row.protocolVersion)))
    contents.set(version, await contentOfVersion(ctx, version));
  return rows.map((row) => ({
    id: row.id,
    status: row.status === 'closed' ? 'closed' : 'active',
    procedureKey: row.procedureKey,
    procedureTitle: procedureOf(contents.get(row.protocolVersion) as TProtocolContent, row.procedureKey).title,
    startedAt: row.startedAt.toISOString(),
    startedBy: { id: row.startedBy, name: names.get(row.startedBy) ?? '' },
    handler: { id: row.handlerId, name: names.get(row.handlerId) ?? '' },
    phase: row.phase,
  }));
}

const OUTCOME_EVENT = { done: 'step_done', not_applicable: 'step_not_applicable', skipped: 'step_skipped' } as const;

export async function recordStep(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { stepId: string; outcome: 'done' | 'not_applicable' | 'skipped'; branch?: number; reason?: string },
): Promise<void> {
  const existing = await findHandling(ctx.db, id);
  if (!existing) throw new ProblemError(404, 'not_found');
  const procedure = procedureOf(await contentOfVersion(ctx, existing.protocolVersion), existing.procedureKey);
  if (input.outcome === 'skipped' && (input.reason ?? '').trim().length < 3)
    throw new ProblemError(400, 'skip_reason_required');
  const outcome: StepOutcome =
    input.outcome === 'done'
      ? { type: 'done', branch: input.branch }
      : input.outcome === 'skipped'
        ? { type: 'skipped', reason: input.reason ?? '' }
        : { type: 'not_applicable' };
  await asHandler(ctx, user, id, async (tx, handling) => {
    if (handling.currentStepId !== input.stepId) throw new ProblemError(409, 'step_out_of_date');
    let next: string;
    try {
      next = nextStep(procedure, input.stepId, outcome);
    } catch (error) {
      if (error instanceof StepEngineError) throw new ProblemError(400, `step_${error.code}` as 'step_branch_required');
      throw error;
    }
    await tx.update(handlings).set({ currentStepId: next }).where(eq(handlings.id, id));
    await addEvent(tx, {
      handlingId: id,
      actorId: user.id,
      type: OUTCOME_EVENT[input.outcome],
      stepId: input.stepId,
      branch: input.outcome === 'done' ? (input.branch ?? null) : null,
      reason: input.outcome === 'skipped' ? (input.reason ?? null) : null,
    });
    await recordAudit(tx, actorOf(user), {
      action: `handling.${OUTCOME_EVENT[input.outcome]}`,
      entityType: 'handling',
      entityId: id,
      before: { currentStepId: handling.currentStepId },
      after: { currentStepId: next },
    });
  });
}

export async function setPhase(ctx: AppContext, user: SessionUser, id: string, phase: 1 | 2 | 3 | 4): Promise<void> {
  await asHandler(ctx, user, id, async (tx, handling) => {
    await tx.update(handlings).set({ phase }).where(eq(handlings.id, id));
    await addEvent(tx, { handlingId: id, actorId: user.id, type: 'phase_changed', phase });
    await recordAudit(tx, actorOf(user), {
      action: 'handling.phase_changed',
      entityType: 'handling',
      entityId: id,
      before: { phase: handling.phase },
      after: { phase },
    });
  });
}

/** Colleagues in the same office or department and the department's managers: who a handling can go to. */
export async function handoverCandidates(ctx: AppContext, user: SessionUser, id: string) {
  const handling = await findHandling(ctx.db, id);
  if (!handling) throw new ProblemError(404, 'not_found');
  assertHandler(handling, user);
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, officeId: users.officeId, departmentId: users.departmentId })
    .from(users)
    .where(and(eq(users.active, true), ne(users.id, user.id)));
  const managers = new Set(await managersOf(ctx.db, handling.departmentId));
  return rows
    .filter(
      (row) =>
        managers.has(row.id) ||
        (handling.officeId !== null && row.officeId === handling.officeId) ||
        (handling.departmentId !== null && row.departmentId === handling.departmentId),
    )
    .map((row) => ({ id: row.id, name: row.name, isManager: managers.has(row.id) }))
    .sort((a, b) => Number(b.isManager) - Number(a.isManager) || a.name.localeCompare(b.name, 'nl'));
}

/** Telephone step 6: the employee no longer speaks to the client; the colleague or manager takes over at once. */
export async function handOver(ctx: AppContext, user: SessionUser, id: string, toUserId: string): Promise<void> {
  const candidates = await handoverCandidates(ctx, user, id);
  if (!candidates.some((candidate) => candidate.id === toUserId)) {
    throw new ProblemError(400, 'unknown_reference', { field: 'collega / colleague' });
  }
  await asHandler(ctx, user, id, async (tx, handling) => {
    await tx.update(handlings).set({ handlerId: toUserId }).where(eq(handlings.id, id));
    await addEvent(tx, { handlingId: id, actorId: user.id, type: 'handed_over', toUserId });
    await recordAudit(tx, actorOf(user), {
      action: 'handling.handed_over',
      entityType: 'handling',
      entityId: id,
      before: { handlerId: handling.handlerId },
      after: { handlerId: toUserId },
    });
  });
}

/** The follow-up steps still ahead: those reachable from where the handling stands and not yet done. */
export function pendingFollowUps(procedure: TProcedure, currentStepId: string): StepAction[] {
  if (currentStepId === END) return [];
  const index = new Map(procedure.steps.map((step, i) => [step.id, i]));
  const seen = new Set<string>();
  const queue = [currentStepId];
  const actions: StepAction[] = [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === END || seen.has(id) || !index.has(id)) continue;
    seen.add(id);
    const position = index.get(id) as number;
    const action = procedure.steps[position]?.action;
    if (action && FOLLOW_UP_DEADLINES[action] !== undefined && !actions.includes(action)) actions.push(action);
    queue.push(...successors(procedure, position));
  }
  return actions;
}

/**
 * Closing hands the rest of the protocol to the manager: a task for every follow-up step still ahead
 * (decide measures, ordegesprek, register, inform the director), with its deadline.
 */
export async function closeHandling(ctx: AppContext, user: SessionUser, id: string, summary: string): Promise<void> {
  const existing = await findHandling(ctx.db, id);
  if (!existing) throw new ProblemError(404, 'not_found');
  const procedure = procedureOf(await contentOfVersion(ctx, existing.protocolVersion), existing.procedureKey);
  await asHandler(ctx, user, id, async (tx, handling) => {
    const now = new Date();
    await tx.update(handlings).set({ status: 'closed', closedAt: now, summary }).where(eq(handlings.id, id));
    await addEvent(tx, { handlingId: id, actorId: user.id, type: 'closed', stepId: handling.currentStepId });
    let assignees = await managersOf(tx, handling.departmentId);
    // Nobody manages this department: the safety officer sees to it that the follow-up is not lost.
    if (assignees.length === 0) assignees = await usersWithRole(tx, 'safety_officer');
    const actions = pendingFollowUps(procedure, handling.currentStepId);
    const tasks = actions.flatMap((kind) =>
      assignees.map((assigneeId) => ({
        handlingId: id,
        kind,
        assigneeId,
        dueAt: addWorkingDays(now, FOLLOW_UP_DEADLINES[kind] ?? 5),
      })),
    );
    if (tasks.length > 0) await tx.insert(followUpTasks).values(tasks);
    // The employee finds a draft report prefilled from this handling; the tasks above belong to its case.
    const clientId = await linkedClientId(tx, id);
    await createDraftFromHandling(tx, user, handling, procedure, summary, clientId);
    await recordAudit(tx, actorOf(user), {
      action: 'handling.closed',
      entityType: 'handling',
      entityId: id,
      before: { status: 'active' },
      after: { status: 'closed' },
      details: { followUpTasks: actions, assignees: assignees.length },
    });
    await emitEvent(tx, 'handling.closed', {
      ids: { handlingId: id, officeId: handling.officeId, departmentId: handling.departmentId },
      details: {
        procedure: handling.procedureKey,
        channel: handling.channel,
        phase: handling.phase,
        protocolVersion: handling.protocolVersion,
        followUpTasks: actions,
      },
    });
  });
}

export async function myTasks(ctx: AppContext, user: SessionUser): Promise<TFollowUpTask[]> {
  const now = Date.now();
  return (await openTasksOf(ctx.db, user.id)).map((task) => ({
    id: task.id,
    kind: task.kind,
    handlingId: task.handlingId,
    incidentId: task.incidentId,
    caseOpen: task.caseOpen === true,
    employeeName: task.employeeName,
    procedureKey: task.procedureKey,
    dueAt: task.dueAt.toISOString(),
    overdue: task.dueAt.getTime() < now,
    status: task.status === 'done' ? 'done' : 'open',
  }));
}

export async function completeTask(ctx: AppContext, user: SessionUser, taskId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [task] = await tx.select().from(followUpTasks).where(eq(followUpTasks.id, taskId)).for('update');
    if (!task || task.assigneeId !== user.id) throw new ProblemError(404, 'not_found');
    if (task.status === 'done') return;
    await tx
      .update(followUpTasks)
      .set({ status: 'done', doneAt: new Date(), doneBy: user.id })
      .where(eq(followUpTasks.id, taskId));
    await recordAudit(tx, actorOf(user), {
      action: 'follow_up.done',
      entityType: 'follow_up_task',
      entityId: taskId,
      before: { status: 'open' },
      after: { status: 'done' },
    });
  });
}

import { and, eq, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor, Tx } from '../../db/client.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode } from '../../db/errors.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { scheduleAftercare } from '../aftercare/scheduling.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { clients } from '../clients/tables.js';
import { judgeReports } from '../dashboard/facts.js';
import { eventsOf, type HandlingRow, managersOf, namesOf, usersWithRole } from '../handlings/repository.js';
import { followUpTasks } from '../handlings/tables.js';
import { addWorkingDays } from '../handlings/working-days.js';
import { presentMeasures } from '../measures/presenter.js';
import { dutchDate } from '../measures/rules.js';
import { departments, offices } from '../org/tables.js';
import type { TProcedure } from '../protocols/content.js';
import { users } from '../users/tables.js';
import { emitEvent } from '../webhooks/emit.js';
import { accessTo, isSerious, mayEdit, missingEssentials } from './access.js';
import { attachmentsOf } from './attachments.js';
import {
  arboRegisterRows,
  type CaseScope,
  findIncident,
  type IncidentRow,
  incidentsOfUser,
  listIncidents,
  lockIncident,
  measuresOfIncidents,
  ordegesprekkenOf,
  tasksOfIncident,
} from './repository.js';
import type {
  TArboRegisterItem,
  TCreateIncidentRequest,
  TIncident,
  TIncidentListItem,
  TIncidentListQuery,
  TMyIncident,
  TUpdateIncidentRequest,
} from './schema.js';
import { searchableTerm } from './search-term.js';
import { incidents, ordegesprekken } from './tables.js';
import {
  CASE_TASKS,
  CASE_TRANSITIONS,
  type CaseStatus,
  POLICE_REPORT_FORMS,
  POLICE_REPORT_WORKING_DAYS,
} from './vocabulary.js';

/** A foreign key that points nowhere (an office, client or colleague that does not exist): the caller's mistake. */
function unknownReference(error: unknown): never {
  if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) throw new ProblemError(400, 'unknown_reference', { field: 'id' });
  throw error;
}

/** Turns the request's fields into column values; moments become Dates. */
function columnsOf(input: TUpdateIncidentRequest): Partial<typeof incidents.$inferInsert> {
  const { occurredAt, ...rest } = input;
  return {
    ...rest,
    ...(occurredAt !== undefined ? { occurredAt: occurredAt === null ? null : new Date(occurredAt) } : {}),
  };
}

/**
 * The report's fields are personal data; the append-only audit log keeps which fields changed, not their text
 * (AVG: register what is needed, no more, and keep it no longer than needed).
 */
function changedFieldNames(input: object): string[] {
  return Object.keys(input).sort();
}

async function viewable(ctx: AppContext, user: SessionUser, id: string) {
  const incident = await findIncident(ctx.db, id);
  if (!incident) throw new ProblemError(404, 'not_found');
  const access = accessTo(incident, user);
  if (access === 'none') throw new ProblemError(404, 'not_found');
  return { incident, access };
}

/** Runs a change on a locked report after checking the user's standing to it. */
async function withIncident<T>(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  need: 'edit' | 'case',
  work: (tx: Tx, incident: IncidentRow) => Promise<T>,
): Promise<T> {
  return ctx.db
    .transaction(async (tx) => {
      const incident = await lockIncident(tx, id);
      if (!incident) throw new ProblemError(404, 'not_found');
      const access = accessTo(incident, user);
      if (access === 'none') throw new ProblemError(404, 'not_found');
      if (need === 'case' && access !== 'case') throw new ProblemError(403, 'forbidden');
      if (need === 'edit' && !mayEdit(incident, access)) throw new ProblemError(409, 'incident_locked');
      return work(tx, incident);
    })
    .catch(unknownReference);
}

/** Colleagues a report can be written for: the same office or department; the safety officer may pick anyone. */
export async function colleaguesOf(db: Executor, user: SessionUser): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, officeId: users.officeId, departmentId: users.departmentId })
    .from(users)
    .where(and(eq(users.active, true), ne(users.id, user.id)));
  return rows
    .filter(
      (row) =>
        user.roles.includes('safety_officer') ||
        (user.officeId !== null && row.officeId === user.officeId) ||
        (user.departmentId !== null && row.departmentId === user.departmentId),
    )
    .map((row) => ({ id: row.id, name: row.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The employee a report is about: the writer, or a colleague they may report for. */
async function employeeFor(tx: Tx, user: SessionUser, employeeId: string | undefined) {
  if (!employeeId || employeeId === user.id) return { id: user.id, departmentId: user.departmentId };
  const colleague = (await colleaguesOf(tx, user)).find((row) => row.id === employeeId);
  if (!colleague) throw new ProblemError(400, 'unknown_reference', { field: 'collega / colleague' });
  const [row] = await tx
    .select({ id: users.id, departmentId: users.departmentId })
    .from(users)
    .where(eq(users.id, employeeId));
  if (!row) throw new ProblemError(400, 'unknown_reference', { field: 'collega / colleague' });
  return row;
}

export async function createIncident(
  ctx: AppContext,
  user: SessionUser,
  input: TCreateIncidentRequest,
): Promise<string> {
  const { employeeId, ...fields } = input;
  return ctx.db
    .transaction(async (tx) => {
      const employee = await employeeFor(tx, user, employeeId);
      const [row] = await tx
        .insert(incidents)
        .values({
          reportedBy: user.id,
          employeeId: employee.id,
          departmentId: employee.departmentId,
          officeId: user.officeId,
          ...columnsOf(fields),
        })
        .returning({ id: incidents.id });
      if (!row) throw new Error('incident insert returned nothing');
      await recordAudit(tx, actorOf(user), {
        action: 'incident.draft_created',
        entityType: 'incident',
        entityId: row.id,
        after: { employeeId: employee.id, onBehalf: employee.id !== user.id },
        details: { fields: changedFieldNames(fields) },
      });
      return row.id;
    })
    .catch(unknownReference);
}

/** Saves what has been typed (a draft as you type, or completing a quick report later). */
export async function updateIncident(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TUpdateIncidentRequest,
): Promise<void> {
  await withIncident(ctx, user, id, 'edit', async (tx, incident) => {
    if (Object.keys(input).length === 0) return;
    // Routing decides who sees the case; once submitted it is not silently moved away from the safety officer.
    if (incident.status === 'submitted' && input.routeTo !== undefined && input.routeTo !== incident.routeTo)
      throw new ProblemError(409, 'incident_route_fixed');
    const { employeeId, ...fields } = input;
    let about = {};
    if (employeeId !== undefined && employeeId !== incident.employeeId) {
      // Whom a report is about decides whose manager follows it up: fixed once it is sent.
      if (incident.status !== 'draft') throw new ProblemError(409, 'incident_route_fixed');
      const employee = await employeeFor(tx, user, employeeId);
      about = { employeeId: employee.id, departmentId: employee.departmentId };
    }
    await tx
      .update(incidents)
      .set({ ...columnsOf(fields), ...about, updatedAt: new Date() })
      .where(eq(incidents.id, id));
    // Changed facts of a sent report: the language assistant reads them again for the dashboard (incident_facts).
    if (incident.status === 'submitted' && fields.facts !== undefined) await judgeReports(tx, [id]);
    // Consequences often show later (an admission, absence growing): the art. 9 check runs again on every change.
    if (incident.status === 'submitted') {
      const [updated] = await tx.select().from(incidents).where(eq(incidents.id, id));
      if (updated) await ensureInspectorateTask(tx, updated);
    }
    // A draft being typed is not audited keystroke by keystroke; a submitted report's completion is.
    if (incident.status === 'submitted')
      await recordAudit(tx, actorOf(user), {
        action: 'incident.updated',
        entityType: 'incident',
        entityId: id,
        details: { fields: changedFieldNames(input) },
      });
  });
}

/** Who follows the case up: the department's managers, or the safety officer(s) when routed there or unmanaged. */
async function caseAssignees(db: Executor, incident: IncidentRow): Promise<string[]> {
  if (incident.routeTo === 'manager') {
    const managers = (await managersOf(db, incident.departmentId)).filter((id) => id !== incident.employeeId);
    if (managers.length > 0) return managers;
  }
  return usersWithRole(db, 'safety_officer');
}

/** The immediate report to the labour inspectorate becomes a task of the case (once), due at once. */
async function ensureInspectorateTask(tx: Tx, incident: IncidentRow): Promise<number> {
  if (!isSerious(incident) || incident.inspectorateReportedOn) return 0;
  const existing = await tx
    .select({ id: followUpTasks.id })
    .from(followUpTasks)
    .where(and(eq(followUpTasks.incidentId, incident.id), eq(followUpTasks.kind, 'report_labour_inspectorate')));
  if (existing.length > 0) return 0;
  const assignees = await caseAssignees(tx, incident);
  if (assignees.length === 0) return 0;
  await tx.insert(followUpTasks).values(
    assignees.map((assigneeId) => ({
      incidentId: incident.id,
      handlingId: incident.handlingId,
      kind: 'report_labour_inspectorate',
      assigneeId,
      dueAt: new Date(),
    })),
  );
  return assignees.length;
}

/** Sends the report: the case starts with its tasks and deadlines for whoever follows it up. */
export async function submitIncident(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  await withIncident(ctx, user, id, 'edit', async (tx, incident) => {
    if (incident.status !== 'draft') throw new ProblemError(409, 'incident_already_submitted');
    const missing = missingEssentials(incident);
    if (missing.length > 0) throw new ProblemError(400, 'incident_incomplete', { count: missing.length });
    const now = new Date();
    await tx
      .update(incidents)
      .set({ status: 'submitted', caseStatus: 'new', submittedAt: now, updatedAt: now })
      .where(eq(incidents.id, id));
    // The dashboard's fact row now exists (trigger); the language assistant's reading of the facts goes on it.
    await judgeReports(tx, [id]);
    const submitted = { ...incident, status: 'submitted', caseStatus: 'new' };
    const assignees = await caseAssignees(tx, submitted);
    // Tasks made when the live handling closed belong to this case; they move if the report went elsewhere.
    const existing = await tx.select().from(followUpTasks).where(eq(followUpTasks.incidentId, id));
    const misplaced = existing.filter((task) => task.status === 'open' && !assignees.includes(task.assigneeId));
    if (misplaced.length > 0)
      await tx.delete(followUpTasks).where(
        inArray(
          followUpTasks.id,
          misplaced.map((task) => task.id),
        ),
      );
    const kept = existing.filter((task) => !misplaced.includes(task));
    const tasks = Object.entries(CASE_TASKS).flatMap(([kind, days]) =>
      assignees
        .filter((assigneeId) => !kept.some((task) => task.kind === kind && task.assigneeId === assigneeId))
        .map((assigneeId) => ({
          incidentId: id,
          handlingId: incident.handlingId,
          kind,
          assigneeId,
          dueAt: addWorkingDays(now, days),
        })),
    );
    if (incident.forms.some((form) => POLICE_REPORT_FORMS.includes(form)))
      tasks.push(
        ...assignees
          .filter((assigneeId) => !kept.some((task) => task.kind === 'police_report' && task.assigneeId === assigneeId))
          .map((assigneeId) => ({
            incidentId: id,
            handlingId: incident.handlingId,
            kind: 'police_report',
            assigneeId,
            dueAt: addWorkingDays(incident.occurredAt ?? now, POLICE_REPORT_WORKING_DAYS),
          })),
      );
    if (tasks.length > 0) await tx.insert(followUpTasks).values(tasks);
    await ensureInspectorateTask(tx, submitted);
    const aftercareCheckins = await scheduleAftercare(tx, submitted, now);
    await recordAudit(tx, actorOf(user), {
      action: 'incident.submitted',
      entityType: 'incident',
      entityId: id,
      before: { status: 'draft', caseStatus: null },
      after: { status: 'submitted', caseStatus: 'new', routeTo: incident.routeTo },
      details: {
        assignees: assignees.length,
        tasksCreated: tasks.length,
        tasksMoved: misplaced.length,
        aftercareCheckins,
      },
    });
    await emitEvent(tx, 'incident.registered', {
      ids: { incidentId: id, officeId: incident.officeId, departmentId: incident.departmentId },
      details: {
        occurredAt: incident.occurredAt?.toISOString() ?? null,
        channel: incident.channel,
        forms: incident.forms,
        phase: incident.phase,
        nature: incident.nature,
      },
    });
  });
}

export async function getIncident(ctx: AppContext, user: SessionUser, id: string): Promise<TIncident> {
  const { incident, access } = await viewable(ctx, user, id);
  const isCase = access === 'case';
  const [names, office, department, client, taskRows, talks, measureRows, files] = await Promise.all([
    namesOf(ctx.db, [incident.reportedBy, incident.employeeId]),
    incident.officeId
      ? ctx.db.select({ name: offices.name }).from(offices).where(eq(offices.id, incident.officeId))
      : [],
    incident.departmentId
      ? ctx.db.select({ name: departments.name }).from(departments).where(eq(departments.id, incident.departmentId))
      : [],
    incident.clientId
      ? ctx.db.select({ name: clients.name }).from(clients).where(eq(clients.id, incident.clientId))
      : [],
    isCase ? tasksOfIncident(ctx.db, id) : [],
    isCase ? ordegesprekkenOf(ctx.db, id) : [],
    isCase ? measuresOfIncidents(ctx.db, [id]) : [],
    attachmentsOf(ctx.db, id),
  ]);
  const now = Date.now();
  return {
    id: incident.id,
    status: incident.status === 'submitted' ? 'submitted' : 'draft',
    caseStatus: incident.caseStatus as CaseStatus | null,
    reportedBy: { id: incident.reportedBy, name: names.get(incident.reportedBy) ?? '' },
    employee: { id: incident.employeeId, name: names.get(incident.employeeId) ?? '' },
    departmentName: department[0]?.name ?? null,
    handlingId: incident.handlingId,
    occurredAt: incident.occurredAt?.toISOString() ?? null,
    locationKind: incident.locationKind as TIncident['locationKind'],
    officeId: incident.officeId,
    officeName: office[0]?.name ?? null,
    locationDetail: incident.locationDetail,
    channel: incident.channel as TIncident['channel'],
    forms: incident.forms as TIncident['forms'],
    nature: incident.nature as TIncident['nature'],
    phase: incident.phase,
    clientId: incident.clientId,
    clientName: client[0]?.name ?? null,
    clientDescription: incident.clientDescription,
    involved: incident.involved,
    witnesses: incident.witnesses,
    facts: incident.facts,
    quotes: incident.quotes,
    injury: incident.injury,
    damage: incident.damage,
    policeInvolved: incident.policeInvolved,
    sickLeave: incident.sickLeave,
    emotionalImpact: incident.emotionalImpact,
    consequences: incident.consequences,
    wantsAftercare: incident.wantsAftercare,
    routeTo: incident.routeTo as TIncident['routeTo'],
    hospitalAdmission: incident.hospitalAdmission,
    permanentInjury: incident.permanentInjury,
    death: incident.death,
    absenceDays: incident.absenceDays,
    inspectorateReportedOn: incident.inspectorateReportedOn,
    feedback: incident.feedback,
    createdAt: incident.createdAt.toISOString(),
    updatedAt: incident.updatedAt.toISOString(),
    submittedAt: incident.submittedAt?.toISOString() ?? null,
    canEdit: mayEdit(incident, access),
    canFollowUp: isCase && incident.caseStatus !== 'archived',
    canDownloadDossier: isCase,
    tasks: taskRows.map((task) => ({
      id: task.id,
      kind: task.kind,
      assignee: task.assignee,
      dueAt: task.dueAt.toISOString(),
      overdue: task.status === 'open' && task.dueAt.getTime() < now,
      status: task.status === 'done' ? 'done' : 'open',
      doneAt: task.doneAt?.toISOString() ?? null,
    })),
    ordegesprekken: talks.map((talk) => ({
      id: talk.id,
      plannedAt: talk.plannedAt.toISOString(),
      participants: talk.participants,
      location: talk.location,
      heldAt: talk.heldAt?.toISOString() ?? null,
      outcome: talk.outcome,
      agreements: talk.agreements,
    })),
    measures: await presentMeasures(ctx.db, measureRows, user),
    attachments: files.map((file) => ({ ...file, uploadedAt: file.uploadedAt.toISOString() })),
    missing: incident.status === 'draft' ? missingEssentials(incident) : [],
  };
}

export async function myIncidents(ctx: AppContext, user: SessionUser): Promise<TMyIncident[]> {
  const rows = await incidentsOfUser(ctx.db, user.id);
  const ids = rows.map((row) => row.incident.id);
  const [talks, measures] = await Promise.all([
    ids.length > 0 ? ctx.db.select().from(ordegesprekken).where(inArray(ordegesprekken.incidentId, ids)) : [],
    measuresOfIncidents(ctx.db, ids),
  ]);
  return rows.map(({ incident, employeeName }) => {
    const own = talks.filter((talk) => talk.incidentId === incident.id);
    return {
      id: incident.id,
      status: incident.status === 'submitted' ? 'submitted' : 'draft',
      caseStatus: incident.caseStatus as CaseStatus | null,
      occurredAt: incident.occurredAt?.toISOString() ?? null,
      channel: incident.channel,
      forms: incident.forms,
      employeeName,
      reportedByMe: incident.reportedBy === user.id,
      routeTo: incident.routeTo as TMyIncident['routeTo'],
      updatedAt: incident.updatedAt.toISOString(),
      feedback: incident.feedback,
      ordegesprekPlanned: own.length > 0,
      ordegesprekHeld: own.some((talk) => talk.heldAt !== null),
      // What was decided, by kind; not the reason, nor measures still waiting for the director.
      measureKinds: [
        ...new Set(
          measures
            .filter((measure) => measure.incidentId === incident.id && measure.status === 'decided')
            .map((measure) => measure.kind),
        ),
      ],
    };
  });
}

export function caseScopeOf(user: SessionUser): CaseScope {
  return { all: user.roles.includes('safety_officer'), departmentId: user.departmentId };
}

export async function incidentList(
  ctx: AppContext,
  user: SessionUser,
  query: TIncidentListQuery,
  limit = 200,
): Promise<TIncidentListItem[]> {
  if (query.from && query.to && query.from > query.to) throw new ProblemError(400, 'period_reversed');
  if (query.q && !searchableTerm(query.q)) throw new ProblemError(400, 'search_term_too_short');
  const rows = await listIncidents(ctx.db, caseScopeOf(user), query, limit);
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurredAt?.toISOString() ?? null,
    caseStatus: row.caseStatus as CaseStatus | null,
    employeeName: row.employeeName,
    departmentName: row.departmentName,
    officeName: row.officeName,
    channel: row.channel,
    forms: row.forms,
    phase: row.phase,
    clientName: row.clientName,
    routeTo: row.routeTo as TIncidentListItem['routeTo'],
    overdueTasks: Number(row.overdueTasks),
  }));
}

export async function setCaseStatus(ctx: AppContext, user: SessionUser, id: string, status: CaseStatus): Promise<void> {
  await withIncident(ctx, user, id, 'case', async (tx, incident) => {
    const from = incident.caseStatus as CaseStatus | null;
    if (!from || !CASE_TRANSITIONS[from].includes(status))
      throw new ProblemError(409, 'case_transition_invalid', { from: from ?? '-', to: status });
    await tx.update(incidents).set({ caseStatus: status, updatedAt: new Date() }).where(eq(incidents.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'incident.case_status_changed',
      entityType: 'incident',
      entityId: id,
      before: { caseStatus: from },
      after: { caseStatus: status },
    });
  });
}

/** Moves a new or running case to "measures decided" when a measure is decided (called inside that transaction). */
export async function markMeasuresDecided(tx: Tx, user: SessionUser, incident: IncidentRow): Promise<void> {
  if (incident.caseStatus !== 'new' && incident.caseStatus !== 'in_progress') return;
  await tx
    .update(incidents)
    .set({ caseStatus: 'measures_decided', updatedAt: new Date() })
    .where(eq(incidents.id, incident.id));
  await recordAudit(tx, actorOf(user), {
    action: 'incident.case_status_changed',
    entityType: 'incident',
    entityId: incident.id,
    before: { caseStatus: incident.caseStatus },
    after: { caseStatus: 'measures_decided' },
  });
}

/** Completes the case's open tasks of one kind, as their assignees' work done by whoever did it. */
export async function completeCaseTasks(tx: Tx, user: SessionUser, incidentId: string, kind: string): Promise<void> {
  const done = await tx
    .update(followUpTasks)
    .set({ status: 'done', doneAt: new Date(), doneBy: user.id })
    .where(
      and(eq(followUpTasks.incidentId, incidentId), eq(followUpTasks.kind, kind), ne(followUpTasks.status, 'done')),
    )
    .returning({ id: followUpTasks.id });
  for (const task of done)
    await recordAudit(tx, actorOf(user), {
      action: 'follow_up.done',
      entityType: 'follow_up_task',
      entityId: task.id,
      before: { status: 'open' },
      after: { status: 'done' },
      details: { incidentId, automatic: true },
    });
}

export async function setFeedback(ctx: AppContext, user: SessionUser, id: string, feedback: string): Promise<void> {
  await withIncident(ctx, user, id, 'case', async (tx, incident) => {
    await tx.update(incidents).set({ feedback, updatedAt: new Date() }).where(eq(incidents.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'incident.feedback_given',
      entityType: 'incident',
      entityId: id,
      details: { changed: incident.feedback !== feedback },
    });
  });
}

export async function planOrdegesprek(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { plannedAt: string; participants: string; location: string },
): Promise<void> {
  await withIncident(ctx, user, id, 'case', async (tx, incident) => {
    if (incident.caseStatus === 'archived') throw new ProblemError(409, 'incident_locked');
    const [row] = await tx
      .insert(ordegesprekken)
      .values({
        incidentId: id,
        plannedAt: new Date(input.plannedAt),
        participants: input.participants,
        location: input.location,
        createdBy: user.id,
      })
      .returning({ id: ordegesprekken.id });
    await completeCaseTasks(tx, user, id, 'plan_ordegesprek');
    await recordAudit(tx, actorOf(user), {
      action: 'ordegesprek.planned',
      entityType: 'ordegesprek',
      entityId: row?.id ?? null,
      after: { incidentId: id, plannedAt: input.plannedAt },
    });
  });
}

export async function recordOrdegesprekOutcome(
  ctx: AppContext,
  user: SessionUser,
  talkId: string,
  input: { heldAt: string; outcome: string; agreements: string },
): Promise<string> {
  const [talk] = await ctx.db.select().from(ordegesprekken).where(eq(ordegesprekken.id, talkId));
  if (!talk) throw new ProblemError(404, 'not_found');
  await withIncident(ctx, user, talk.incidentId, 'case', async (tx) => {
    await tx
      .update(ordegesprekken)
      .set({ heldAt: new Date(input.heldAt), outcome: input.outcome, agreements: input.agreements })
      .where(eq(ordegesprekken.id, talkId));
    await recordAudit(tx, actorOf(user), {
      action: 'ordegesprek.held',
      entityType: 'ordegesprek',
      entityId: talkId,
      before: { heldAt: talk.heldAt },
      after: { heldAt: input.heldAt },
    });
  });
  return talk.incidentId;
}

const FORMS_OF_PROCEDURE: Record<string, string[]> = {
  telephone: ['verbal'],
  verbal: ['verbal'],
  physical: ['physical'],
  written: ['written'],
};

const TIME = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const EVENT_WORDS: Record<string, string> = {
  started: 'gestart',
  step_done: 'gedaan',
  step_skipped: 'overgeslagen',
  step_not_applicable: 'niet van toepassing',
  phase_changed: 'fase',
  handed_over: 'overgedragen aan',
  alarm_raised: 'alarm gegeven',
  closed: 'afgerond',
};

/**
 * Closing a live handling leaves a draft report for the employee, prefilled from the handling (channel, phase,
 * forms, the summary and the step timeline as facts, the client, the colleagues it was handed to), and links the
 * follow-up tasks just made to it. Runs inside the closing transaction.
 */
export async function createDraftFromHandling(
  tx: Tx,
  user: SessionUser,
  handling: HandlingRow,
  procedure: TProcedure,
  summary: string,
  clientId: string | null,
): Promise<string> {
  const events = await eventsOf(tx, handling.id);
  const stepNumber = (stepId: string | null) => procedure.steps.findIndex((step) => step.id === stepId) + 1;
  const timeline = events.map((event) => {
    const step = event.stepId && event.type.startsWith('step_') ? `stap ${stepNumber(event.stepId)} ` : '';
    const extra =
      event.type === 'phase_changed'
        ? ` ${event.phase}`
        : event.type === 'handed_over'
          ? ` ${event.toUserName ?? ''}`
          : event.reason
            ? ` (${event.reason})`
            : '';
    return `${TIME.format(event.at)} ${step}${EVENT_WORDS[event.type] ?? event.type}${extra} — ${event.actorName}`;
  });
  const involved = [
    ...new Map(
      events
        .filter((event) => event.toUserId !== null && event.toUserId !== handling.startedBy)
        .map((event) => [event.toUserId as string, { name: event.toUserName ?? '', userId: event.toUserId }]),
    ).values(),
  ];
  const facts = [summary.trim(), timeline.length > 0 ? `Verloop (uit de handeling):\n${timeline.join('\n')}` : '']
    .filter((part) => part !== '')
    .join('\n\n');
  const [row] = await tx
    .insert(incidents)
    .values({
      reportedBy: handling.startedBy,
      employeeId: handling.startedBy,
      departmentId: handling.departmentId,
      handlingId: handling.id,
      occurredAt: handling.startedAt,
      locationKind: handling.channel === 'home_visit' ? 'home_visit' : handling.officeId ? 'office' : null,
      officeId: handling.officeId,
      channel: handling.channel,
      forms: FORMS_OF_PROCEDURE[handling.procedureKey] ?? [],
      phase: handling.phase,
      clientId,
      involved,
      facts,
    })
    .returning({ id: incidents.id });
  if (!row) throw new Error('incident insert returned nothing');
  await tx.update(followUpTasks).set({ incidentId: row.id }).where(eq(followUpTasks.handlingId, handling.id));
  await recordAudit(tx, actorOf(user), {
    action: 'incident.draft_created',
    entityType: 'incident',
    entityId: row.id,
    after: { employeeId: handling.startedBy, handlingId: handling.id },
  });
  return row.id;
}

/** The draft or report made from a handling, for the handling screen's "Melding afmaken". */
export async function incidentOfHandling(
  ctx: AppContext,
  user: SessionUser,
  handlingId: string,
): Promise<{ id: string; status: 'draft' | 'submitted' } | null> {
  const [row] = await ctx.db.select().from(incidents).where(eq(incidents.handlingId, handlingId));
  if (!row || accessTo(row, user) === 'none') return null;
  return { id: row.id, status: row.status === 'submitted' ? 'submitted' : 'draft' };
}

/** Records when the labour inspectorate was told (Arbowet art. 9); the task is then done. */
export async function recordInspectorateReport(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  reportedOn: string,
): Promise<void> {
  if (reportedOn > dutchDate()) throw new ProblemError(400, 'date_in_future');
  await withIncident(ctx, user, id, 'case', async (tx, incident) => {
    await tx
      .update(incidents)
      .set({ inspectorateReportedOn: reportedOn, updatedAt: new Date() })
      .where(eq(incidents.id, id));
    await completeCaseTasks(tx, user, id, 'report_labour_inspectorate');
    await recordAudit(tx, actorOf(user), {
      action: 'incident.inspectorate_reported',
      entityType: 'incident',
      entityId: id,
      before: { inspectorateReportedOn: incident.inspectorateReportedOn },
      after: { inspectorateReportedOn: reportedOn },
    });
  });
}

/** The register Arbowet art. 9 asks for, kept from the reports themselves: nothing to maintain by hand. */
export async function arboRegister(ctx: AppContext, user: SessionUser): Promise<TArboRegisterItem[]> {
  const rows = await arboRegisterRows(ctx.db, caseScopeOf(user));
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurredAt?.toISOString() ?? null,
    employeeName: row.employeeName,
    departmentName: row.departmentName,
    serious: isSerious(row),
    absenceDays: row.absenceDays,
    inspectorateReportedOn: row.inspectorateReportedOn,
  }));
}

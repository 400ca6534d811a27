import { and, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { clients } from '../clients/tables.js';
import { accessTo } from '../incidents/access.js';
import { lockIncident } from '../incidents/repository.js';
import { completeCaseTasks, markMeasuresDecided } from '../incidents/service.js';
import { incidents } from '../incidents/tables.js';
import { offices } from '../org/tables.js';
import { emitEvent } from '../webhooks/emit.js';
import { presentMeasures } from './presenter.js';
import { dutchDate, LASTING_KINDS, needsApproval } from './rules.js';
import type { TDecideMeasureRequest, TMeasureForApproval } from './schema.js';
import { clientMeasures, type MeasureDetails } from './tables.js';

function detailsOf(input: TDecideMeasureRequest): MeasureDetails {
  switch (input.kind) {
    case 'contact_restriction':
      if (!input.restriction) throw new ProblemError(400, 'measure_restriction_required');
      if (input.restriction === 'one_contact' && !input.contactName)
        throw new ProblemError(400, 'measure_contact_required');
      return {
        restriction: input.restriction,
        ...(input.restriction === 'one_contact' ? { contactName: input.contactName } : {}),
      };
    case 'access_ban':
      if (!input.officeIds || input.officeIds.length === 0) throw new ProblemError(400, 'measure_offices_required');
      // A ban is a restriction with an end date (DOMAIN.md), never open-ended.
      if (!input.endsOn) throw new ProblemError(400, 'measure_end_required');
      return { officeIds: [...new Set(input.officeIds)] };
    case 'civil_letter':
      return input.amount ? { amount: input.amount.replace(',', '.') } : {};
    case 'police_report': {
      // ELA: the employee, the employer, or both report; the report is marked VPT unless said otherwise.
      if (input.onBehalfOfEmployer !== true && input.byEmployee !== true)
        throw new ProblemError(400, 'police_report_by_whom');
      if (input.reportedOn && input.reportedOn > dutchDate()) throw new ProblemError(400, 'date_in_future');
      return {
        onBehalfOfEmployer: input.onBehalfOfEmployer === true,
        byEmployee: input.byEmployee === true,
        vpt: input.vpt !== false,
        employerAddress: input.employerAddress === true,
        joinCriminalCase: input.joinCriminalCase === true,
        ...(input.policeReference ? { policeReference: input.policeReference } : {}),
        ...(input.reportedOn ? { reportedOn: input.reportedOn } : {}),
      };
    }
    default:
      return {};
  }
}

/** Decides a measure in a case: it applies at once, or waits for the director when it is a heavy one. */
export async function decideMeasure(
  ctx: AppContext,
  user: SessionUser,
  incidentId: string,
  input: TDecideMeasureRequest,
): Promise<string> {
  const details = detailsOf(input);
  const lasting = (LASTING_KINDS as readonly string[]).includes(input.kind);
  const startsOn = input.startsOn ?? dutchDate();
  const endsOn = lasting ? (input.endsOn ?? null) : null;
  if (endsOn !== null && endsOn < startsOn) throw new ProblemError(400, 'period_reversed');
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, incidentId);
    if (!incident || accessTo(incident, user) === 'none') throw new ProblemError(404, 'not_found');
    if (accessTo(incident, user) !== 'case') throw new ProblemError(403, 'forbidden');
    if (incident.caseStatus === 'closed' || incident.caseStatus === 'archived')
      throw new ProblemError(409, 'incident_locked');
    if (!incident.clientId && input.kind !== 'no_measure') throw new ProblemError(400, 'measure_client_required');
    if (details.officeIds) {
      const found = await tx.select({ id: offices.id }).from(offices).where(inArray(offices.id, details.officeIds));
      if (found.length !== details.officeIds.length)
        throw new ProblemError(400, 'unknown_reference', { field: 'kantoor / office' });
    }
    const status = needsApproval(input.kind, details) ? 'pending_approval' : 'decided';
    const [row] = await tx
      .insert(clientMeasures)
      .values({
        clientId: incident.clientId,
        incidentId,
        kind: input.kind,
        details,
        reason: input.reason,
        status,
        decidedBy: user.id,
        startsOn,
        endsOn,
        reviewOn: lasting ? (input.reviewOn ?? null) : null,
      })
      .returning({ id: clientMeasures.id });
    if (!row) throw new Error('measure insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'measure.decided',
      entityType: 'client_measure',
      entityId: row.id,
      after: { kind: input.kind, status, clientId: incident.clientId, incidentId, startsOn, endsOn, details },
    });
    if (status === 'decided')
      await emitMeasureDecided(tx, {
        id: row.id,
        incidentId,
        clientId: incident.clientId,
        kind: input.kind,
        startsOn,
        endsOn,
      });
    await completeCaseTasks(tx, user, incidentId, 'decide_measures');
    if (input.kind === 'police_report') await completeCaseTasks(tx, user, incidentId, 'police_report');
    await markMeasuresDecided(tx, user, incident);
    return row.id;
  });
}

export async function pendingApprovals(ctx: AppContext, user: SessionUser): Promise<TMeasureForApproval[]> {
  const rows = await ctx.db
    .select()
    .from(clientMeasures)
    .where(eq(clientMeasures.status, 'pending_approval'))
    .orderBy(clientMeasures.decidedAt);
  const presented = await presentMeasures(ctx.db, rows, user);
  const clientIds = [...new Set(rows.flatMap((row) => (row.clientId ? [row.clientId] : [])))];
  const incidentIds = [...new Set(rows.flatMap((row) => (row.incidentId ? [row.incidentId] : [])))];
  const [clientRows, incidentRows] = await Promise.all([
    clientIds.length > 0
      ? ctx.db.select({ id: clients.id, name: clients.name }).from(clients).where(inArray(clients.id, clientIds))
      : [],
    incidentIds.length > 0
      ? ctx.db
          .select({ id: incidents.id, occurredAt: incidents.occurredAt, forms: incidents.forms })
          .from(incidents)
          .where(inArray(incidents.id, incidentIds))
      : [],
  ]);
  return presented.map((measure, index) => {
    const row = rows[index];
    const incident = incidentRows.find((candidate) => candidate.id === row?.incidentId);
    return {
      ...measure,
      clientName: clientRows.find((candidate) => candidate.id === row?.clientId)?.name ?? null,
      incidentOccurredAt: incident?.occurredAt?.toISOString() ?? null,
      incidentForms: incident?.forms ?? [],
    };
  });
}

/** Tells subscribed outside systems that a measure applies (after the director's approval where one is needed). */
function emitMeasureDecided(
  tx: Tx,
  measure: {
    id: string;
    incidentId: string | null;
    clientId: string | null;
    kind: string;
    startsOn: string;
    endsOn: string | null;
  },
) {
  return emitEvent(tx, 'measure.decided', {
    ids: { measureId: measure.id, incidentId: measure.incidentId },
    details: { clientId: measure.clientId, kind: measure.kind, startsOn: measure.startsOn, endsOn: measure.endsOn },
  });
}

/** The director approves or rejects a heavy measure; only one that still waits. */
export async function judgeMeasure(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  approve: boolean,
  note: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [measure] = await tx.select().from(clientMeasures).where(eq(clientMeasures.id, id)).for('update');
    if (!measure) throw new ProblemError(404, 'not_found');
    if (measure.status !== 'pending_approval') throw new ProblemError(409, 'measure_not_pending');
    const status = approve ? 'decided' : 'rejected';
    await tx
      .update(clientMeasures)
      .set({ status, approvedBy: user.id, approvedAt: new Date(), approvalNote: note })
      .where(and(eq(clientMeasures.id, id), eq(clientMeasures.status, 'pending_approval')));
    await recordAudit(tx, actorOf(user), {
      action: approve ? 'measure.approved' : 'measure.rejected',
      entityType: 'client_measure',
      entityId: id,
      before: { status: 'pending_approval' },
      after: { status },
    });
    if (approve) await emitMeasureDecided(tx, measure);
  });
}

/** A review keeps a lasting measure (with a next review date) or ends it today. */
export async function reviewMeasure(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { decision: 'continue' | 'end'; nextReviewOn?: string | null; note: string },
): Promise<string | null> {
  return ctx.db.transaction(async (tx) => {
    const [measure] = await tx.select().from(clientMeasures).where(eq(clientMeasures.id, id)).for('update');
    if (!measure?.incidentId) throw new ProblemError(404, 'not_found');
    const incident = await lockIncident(tx, measure.incidentId);
    if (!incident || accessTo(incident, user) !== 'case') throw new ProblemError(404, 'not_found');
    if (measure.status !== 'decided' || measure.endedAt !== null) throw new ProblemError(409, 'measure_not_active');
    if (input.decision === 'continue' && input.nextReviewOn && input.nextReviewOn <= dutchDate())
      throw new ProblemError(400, 'review_date_past');
    const changes =
      input.decision === 'end' ? { endedAt: new Date(), reviewOn: null } : { reviewOn: input.nextReviewOn ?? null };
    await tx.update(clientMeasures).set(changes).where(eq(clientMeasures.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'measure.reviewed',
      entityType: 'client_measure',
      entityId: id,
      before: { reviewOn: measure.reviewOn, endedAt: null },
      after: changes,
      details: { decision: input.decision, note: input.note },
    });
    return measure.incidentId;
  });
}

/**
 * Lasting measures whose review date has come (or comes within a week): the manager reviews them instead of
 * forgetting them. The manager sees their department's cases, the safety officer all.
 */
export async function reviewsDue(ctx: AppContext, user: SessionUser): Promise<TMeasureForApproval[]> {
  const today = dutchDate();
  const horizon = dutchDate(new Date(Date.now() + 7 * 86_400_000));
  const all = user.roles.includes('safety_officer');
  if (!all && !user.departmentId) return [];
  const scope: SQL | undefined = all
    ? undefined
    : and(eq(incidents.departmentId, user.departmentId as string), eq(incidents.routeTo, 'manager'));
  const rows = await ctx.db
    .select({
      measure: clientMeasures,
      clientName: clients.name,
      occurredAt: incidents.occurredAt,
      forms: incidents.forms,
    })
    .from(clientMeasures)
    .innerJoin(incidents, eq(incidents.id, clientMeasures.incidentId))
    .leftJoin(clients, eq(clients.id, clientMeasures.clientId))
    .where(
      and(
        eq(clientMeasures.status, 'decided'),
        isNull(clientMeasures.endedAt),
        isNotNull(clientMeasures.reviewOn),
        lte(clientMeasures.reviewOn, horizon),
        or(isNull(clientMeasures.endsOn), gte(clientMeasures.endsOn, today)),
        scope,
      ),
    )
    .orderBy(clientMeasures.reviewOn);
  const presented = await presentMeasures(
    ctx.db,
    rows.map((row) => row.measure),
    user,
  );
  return presented.map((measure, index) => ({
    ...measure,
    clientName: rows[index]?.clientName ?? null,
    incidentOccurredAt: rows[index]?.occurredAt?.toISOString() ?? null,
    incidentForms: rows[index]?.forms ?? [],
  }));
}

/** Records the police's reference number and the date of the report on a police-report measure. */
export async function recordPoliceReport(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { policeReference: string; reportedOn: string },
): Promise<string> {
  if (input.reportedOn > dutchDate()) throw new ProblemError(400, 'date_in_future');
  return ctx.db.transaction(async (tx) => {
    const [measure] = await tx.select().from(clientMeasures).where(eq(clientMeasures.id, id)).for('update');
    if (!measure?.incidentId) throw new ProblemError(404, 'not_found');
    const incident = await lockIncident(tx, measure.incidentId);
    if (!incident || accessTo(incident, user) !== 'case') throw new ProblemError(404, 'not_found');
    if (measure.kind !== 'police_report' || measure.status === 'rejected')
      throw new ProblemError(409, 'measure_not_police_report');
    const details = { ...measure.details, policeReference: input.policeReference, reportedOn: input.reportedOn };
    await tx.update(clientMeasures).set({ details }).where(eq(clientMeasures.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'measure.police_report_recorded',
      entityType: 'client_measure',
      entityId: id,
      before: {
        policeReference: measure.details.policeReference ?? null,
        reportedOn: measure.details.reportedOn ?? null,
      },
      after: { policeReference: input.policeReference, reportedOn: input.reportedOn },
    });
    return measure.incidentId;
  });
}

import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { dutchDate } from '../../time/dutch-time.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { namesOf } from '../handlings/repository.js';
import { accessTo } from '../incidents/access.js';
import { findIncident, type IncidentRow, lockIncident } from '../incidents/repository.js';
import { incidents } from '../incidents/tables.js';
import { presentCheckins } from './presenter.js';
import { presentProposals } from './proposals.js';
import { daysInclusive } from './schedule.js';
import { peopleOf } from './scheduling.js';
import type { TAbsenceRequest, TDebriefRequest, TEvaluationRequest, TIncidentAftercare } from './schema.js';
import { logAnswersRead } from './service.js';
import {
  aftercareAbsences,
  aftercareCheckins,
  incidentDebriefs,
  incidentEvaluations,
  protocolProposals,
} from './tables.js';

/** The case's followers (incidents/access.ts) see its aftercare; anyone else may not know it exists. */
async function caseIncident(ctx: AppContext, user: SessionUser, id: string): Promise<IncidentRow> {
  const incident = await findIncident(ctx.db, id);
  if (!incident || accessTo(incident, user) !== 'case') throw new ProblemError(404, 'not_found');
  return incident;
}

/** Runs a change of the case's aftercare on the locked report. */
async function withCase<T>(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  work: (tx: Tx, incident: IncidentRow) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, id);
    if (!incident || accessTo(incident, user) !== 'case') throw new ProblemError(404, 'not_found');
    if (incident.caseStatus === 'archived') throw new ProblemError(409, 'incident_locked');
    return work(tx, incident);
  });
}

/** The aftercare panel of a case: check-ins (answers only for the caretaker), absence, debrief, evaluation. */
export async function incidentAftercare(ctx: AppContext, user: SessionUser, id: string): Promise<TIncidentAftercare> {
  const incident = await caseIncident(ctx, user, id);
  const [rows, absences, [debrief], [evaluation], proposals] = await Promise.all([
    ctx.db
      .select()
      .from(aftercareCheckins)
      .where(eq(aftercareCheckins.incidentId, id))
      .orderBy(asc(aftercareCheckins.dueOn), asc(aftercareCheckins.createdAt)),
    ctx.db
      .select()
      .from(aftercareAbsences)
      .where(eq(aftercareAbsences.incidentId, id))
      .orderBy(asc(aftercareAbsences.startOn)),
    ctx.db.select().from(incidentDebriefs).where(eq(incidentDebriefs.incidentId, id)),
    ctx.db.select().from(incidentEvaluations).where(eq(incidentEvaluations.incidentId, id)),
    ctx.db
      .select()
      .from(protocolProposals)
      .where(eq(protocolProposals.incidentId, id))
      .orderBy(desc(protocolProposals.createdAt)),
  ]);
  const people = peopleOf(incident);
  const names = await namesOf(ctx.db, [
    ...people.keys(),
    ...absences.map((row) => row.personId),
    ...(debrief ? [debrief.recordedBy] : []),
    ...(evaluation ? [evaluation.evaluatedBy] : []),
  ]);
  const checkins = await presentCheckins(ctx.db, rows, user);
  await logAnswersRead(ctx, user, checkins);
  return {
    incidentId: id,
    checkins,
    people: [...people].map(([personId, role]) => ({ id: personId, name: names.get(personId) ?? '', role })),
    absences: absences.map((row) => ({
      id: row.id,
      person: { id: row.personId, name: names.get(row.personId) ?? '' },
      startOn: row.startOn,
      endOn: row.endOn,
      days: row.days,
    })),
    absenceDays: largestPersonTotal(absences),
    debrief: debrief
      ? {
          heldOn: debrief.heldOn,
          participants: debrief.participants,
          wentWell: debrief.wentWell,
          couldBeSharper: debrief.couldBeSharper,
          triggers: debrief.triggers,
          recordedBy: names.get(debrief.recordedBy) ?? '',
          updatedAt: debrief.updatedAt.toISOString(),
        }
      : null,
    evaluation: evaluation
      ? {
          protocolFollowed: evaluation.protocolFollowed as 'yes' | 'partly' | 'no',
          explanation: evaluation.explanation,
          needsTightening: evaluation.needsTightening,
          evaluatedBy: names.get(evaluation.evaluatedBy) ?? '',
          updatedAt: evaluation.updatedAt.toISOString(),
        }
      : null,
    proposals: await presentProposals(ctx.db, proposals),
  };
}

/** The Arbo register counts an incident's absence per person: the longest total is the incident's. */
function largestPersonTotal(rows: { personId: string; days: number }[]): number {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.personId, (totals.get(row.personId) ?? 0) + row.days);
  return Math.max(0, ...totals.values());
}

/**
 * Records absence of a person on the report (the case's manager, or HR for someone with aftercare on it), and
 * feeds the report's absence days, which the Arbo art. 9 register reads (more than 3 days puts it on the list).
 */
export async function recordAbsence(
  ctx: AppContext,
  user: SessionUser,
  incidentId: string,
  input: TAbsenceRequest,
): Promise<void> {
  const today = dutchDate();
  if (input.startOn > today) throw new ProblemError(400, 'date_in_future');
  if ('endOn' in input && input.endOn < input.startOn) throw new ProblemError(400, 'period_invalid');
  const days = 'endOn' in input ? daysInclusive(input.startOn, input.endOn) : input.days;
  if (days > 365) throw new ProblemError(400, 'absence_too_long');
  await ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, incidentId);
    if (incident?.status !== 'submitted') throw new ProblemError(404, 'not_found');
    const asCase = accessTo(incident, user) === 'case';
    const [onReport] = await tx
      .select({ id: aftercareCheckins.id })
      .from(aftercareCheckins)
      .where(and(eq(aftercareCheckins.incidentId, incidentId), eq(aftercareCheckins.personId, input.personId)))
      .limit(1);
    // HR knows a report only through the aftercare of the people on it.
    if (!asCase && !(user.roles.includes('hr') && onReport)) throw new ProblemError(404, 'not_found');
    if (!peopleOf(incident).has(input.personId))
      throw new ProblemError(400, 'unknown_reference', { field: 'personId' });
    const [row] = await tx
      .insert(aftercareAbsences)
      .values({
        incidentId,
        personId: input.personId,
        startOn: input.startOn,
        endOn: 'endOn' in input ? input.endOn : null,
        days,
        recordedBy: user.id,
      })
      .returning({ id: aftercareAbsences.id });
    const all = await tx
      .select({ personId: aftercareAbsences.personId, days: aftercareAbsences.days })
      .from(aftercareAbsences)
      .where(eq(aftercareAbsences.incidentId, incidentId));
    const total = largestPersonTotal(all);
    await tx
      .update(incidents)
      .set({ absenceDays: total, sickLeave: true, updatedAt: sql`now()` })
      .where(eq(incidents.id, incidentId));
    await recordAudit(tx, actorOf(user), {
      action: 'aftercare.absence_recorded',
      entityType: 'aftercare_absence',
      entityId: row?.id ?? null,
      details: { incidentId, days },
    });
    await recordAudit(tx, actorOf(user), {
      action: 'incident.updated',
      entityType: 'incident',
      entityId: incidentId,
      before: { absenceDays: incident.absenceDays },
      after: { absenceDays: total },
      details: { fields: ['absenceDays'], source: 'aftercare' },
    });
  });
}

/** The debrief with the team (seed 000): one per incident, updated as the team adds to it. */
export async function saveDebrief(
  ctx: AppContext,
  user: SessionUser,
  incidentId: string,
  input: TDebriefRequest,
): Promise<void> {
  if (input.heldOn > dutchDate()) throw new ProblemError(400, 'date_in_future');
  await withCase(ctx, user, incidentId, async (tx) => {
    const [before] = await tx.select().from(incidentDebriefs).where(eq(incidentDebriefs.incidentId, incidentId));
    await tx
      .insert(incidentDebriefs)
      .values({ incidentId, ...input, recordedBy: user.id })
      .onConflictDoUpdate({
        target: incidentDebriefs.incidentId,
        set: { ...input, recordedBy: user.id, updatedAt: new Date() },
      });
    await recordAudit(tx, actorOf(user), {
      action: before ? 'debrief.updated' : 'debrief.recorded',
      entityType: 'incident_debrief',
      entityId: incidentId,
      before: before ? { heldOn: before.heldOn } : null,
      after: { heldOn: input.heldOn },
    });
  });
}

/** The evaluation (seed 004); its proposals land on the safety officer's list. */
export async function saveEvaluation(
  ctx: AppContext,
  user: SessionUser,
  incidentId: string,
  input: TEvaluationRequest,
): Promise<void> {
  if (!input.needsTightening && input.proposals.length > 0)
    throw new ProblemError(400, 'evaluation_proposals_without_need');
  await withCase(ctx, user, incidentId, async (tx) => {
    const [before] = await tx.select().from(incidentEvaluations).where(eq(incidentEvaluations.incidentId, incidentId));
    const values = {
      protocolFollowed: input.protocolFollowed,
      explanation: input.explanation,
      needsTightening: input.needsTightening,
      evaluatedBy: user.id,
    };
    await tx
      .insert(incidentEvaluations)
      .values({ incidentId, ...values })
      .onConflictDoUpdate({ target: incidentEvaluations.incidentId, set: { ...values, updatedAt: new Date() } });
    const proposals =
      input.proposals.length > 0
        ? await tx
            .insert(protocolProposals)
            .values(input.proposals.map((proposal) => ({ incidentId, proposal, proposedBy: user.id })))
            .returning({ id: protocolProposals.id })
        : [];
    await recordAudit(tx, actorOf(user), {
      action: 'evaluation.recorded',
      entityType: 'incident_evaluation',
      entityId: incidentId,
      before: before ? { protocolFollowed: before.protocolFollowed, needsTightening: before.needsTightening } : null,
      after: { protocolFollowed: input.protocolFollowed, needsTightening: input.needsTightening },
      details: { proposals: proposals.map((row) => row.id) },
    });
  });
}

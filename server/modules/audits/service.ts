import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor, Tx } from '../../db/client.js';
import { periodOf } from '../../http/period.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { addCalendarDays, dutchDate } from '../../time/dutch-time.js';
import { recordAudit } from '../audit/record.js';
import { READ_ACTION_PREFIX } from '../audit/record-read.js';
import { actorOf } from '../auth/service.js';
import { coachingPlanItems, coachingPlans } from '../coaching-plans/tables.js';
import { followUpTasks } from '../handlings/tables.js';
import { incidents } from '../incidents/tables.js';
import { analyse } from '../language/analyse.js';
import { clientMeasures } from '../measures/tables.js';
import { listDepartments } from '../org/repository.js';
import { departments, teams } from '../org/tables.js';
import { users } from '../users/tables.js';
import { resultScope } from './policy.js';
import { auditResults } from './results.js';
import { drawSample } from './sample.js';
import {
  CRITERIA,
  type TAudit,
  type TAuditResults,
  type TAuditSample,
  type TAuditSummary,
  type TScoreRequest,
  type TStartAuditRequest,
} from './schema.js';
import { reportAuditSamples, reportAudits } from './tables.js';

/** The longest period a sample may be drawn from: two years of reports. */
const MAX_PERIOD_DAYS = 731;
/** Month 3 of a 90-day plan starts on day 57: an audit finished from then on completes the plan's audit item. */
const MONTH_THREE_OFFSET = 56;

type Score = 'yes' | 'no' | 'na';

async function summaries(
  ctx: AppContext,
  where?: { id?: string },
): Promise<(TAuditSummary & { seed: string; conclusion: string })[]> {
  const rows = await ctx.db
    .select({ audit: reportAudits, departmentName: departments.name, createdByName: users.name })
    .from(reportAudits)
    .innerJoin(departments, eq(departments.id, reportAudits.departmentId))
    .innerJoin(users, eq(users.id, reportAudits.createdBy))
    .where(where?.id ? eq(reportAudits.id, where.id) : undefined)
    .orderBy(desc(reportAudits.createdAt));
  if (rows.length === 0) return [];
  const counts = await ctx.db
    .select({ auditId: reportAuditSamples.auditId, sampled: count(), scored: count(reportAuditSamples.scoredAt) })
    .from(reportAuditSamples)
    .where(
      inArray(
        reportAuditSamples.auditId,
        rows.map((row) => row.audit.id),
      ),
    )
    .groupBy(reportAuditSamples.auditId);
  const byAudit = new Map(counts.map((row) => [row.auditId, row]));
  return rows.map(({ audit, departmentName, createdByName }) => ({
    id: audit.id,
    departmentId: audit.departmentId,
    departmentName,
    periodFrom: audit.periodFrom,
    periodTo: audit.periodTo,
    sampleSize: audit.sampleSize,
    sampled: Number(byAudit.get(audit.id)?.sampled ?? 0),
    scored: Number(byAudit.get(audit.id)?.scored ?? 0),
    status: audit.status as TAuditSummary['status'],
    createdByName,
    createdAt: audit.createdAt.toISOString(),
    finishedAt: audit.finishedAt?.toISOString() ?? null,
    seed: audit.seed,
    conclusion: audit.conclusion,
  }));
}

export async function listAudits(ctx: AppContext): Promise<TAuditSummary[]> {
  return (await summaries(ctx)).map(({ seed: _seed, conclusion: _conclusion, ...summary }) => summary);
}

export async function auditOptions(ctx: AppContext) {
  const all = await listDepartments(ctx.db);
  return {
    departments: all
      .filter((department) => department.active)
      .map((department) => ({ id: department.id, name: department.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Reports eligible for a sample: sent, of the department, in the period (Dutch calendar days). */
async function eligibleReports(db: Executor, departmentId: string, start: Date, endExclusive: Date) {
  const rows = await db
    .select({ id: incidents.id })
    .from(incidents)
    .where(
      and(
        eq(incidents.status, 'submitted'),
        eq(incidents.departmentId, departmentId),
        gte(incidents.submittedAt, start),
        lt(incidents.submittedAt, endExclusive),
      ),
    );
  return rows.map((row) => row.id);
}

/** Draws a random sample of a department's sent reports and stores it, with its seed, as a new audit. */
export async function startAudit(ctx: AppContext, user: SessionUser, input: TStartAuditRequest): Promise<string> {
  const period = periodOf({ from: input.from, to: input.to }, 1, MAX_PERIOD_DAYS);
  const [department] = await ctx.db.select().from(departments).where(eq(departments.id, input.departmentId));
  if (!department) throw new ProblemError(400, 'unknown_reference', { field: 'departmentId' });
  const seed = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const candidates = await eligibleReports(tx, department.id, period.start, period.endExclusive);
    if (candidates.length === 0) throw new ProblemError(409, 'audit_no_reports');
    const sample = drawSample(candidates, seed, input.sampleSize);
    const [audit] = await tx
      .insert(reportAudits)
      .values({
        departmentId: department.id,
        periodFrom: period.from,
        periodTo: period.to,
        sampleSize: input.sampleSize,
        seed,
        createdBy: user.id,
      })
      .returning();
    if (!audit) throw new Error('audit insert returned nothing');
    await tx
      .insert(reportAuditSamples)
      .values(sample.map((incidentId, position) => ({ auditId: audit.id, incidentId, position })));
    await recordAudit(tx, actorOf(user), {
      action: 'report_audit.started',
      entityType: 'report_audit',
      entityId: audit.id,
      details: {
        departmentId: department.id,
        from: period.from,
        to: period.to,
        sampleSize: input.sampleSize,
        eligible: candidates.length,
        sampled: sample.length,
      },
    });
    return audit.id;
  });
}

function followUpOf(tasks: { dueAt: Date; doneAt: Date | null }[], now: Date) {
  const late = tasks.filter((task) => (task.doneAt ?? now) > task.dueAt).length;
  const open = tasks.filter((task) => task.doneAt === null).length;
  return { tasks: tasks.length, late, open };
}

/** What the records suggest: on time when every task was done by its deadline, not when one was late. */
function suggestFollowUp(followUp: { tasks: number; late: number; open: number }): Score | null {
  if (followUp.tasks === 0) return null;
  if (followUp.late > 0) return 'no';
  return followUp.open === 0 ? 'yes' : null;
}

/**
 * One audit with its sampled reports, the language assistant's first reading and what the case's records say.
 * The reports are sensitive: reading them leaves a read row per report in the audit log.
 */
export async function getAudit(ctx: AppContext, user: SessionUser, id: string): Promise<TAudit> {
  const [summary] = await summaries(ctx, { id });
  if (!summary) throw new ProblemError(404, 'not_found');
  const rows = await ctx.db
    .select({ sample: reportAuditSamples, incident: incidents })
    .from(reportAuditSamples)
    .innerJoin(incidents, eq(incidents.id, reportAuditSamples.incidentId))
    .where(eq(reportAuditSamples.auditId, id))
    .orderBy(asc(reportAuditSamples.position));
  const ids = rows.map((row) => row.incident.id);
  const [tasks, measures] = await Promise.all([
    ids.length === 0
      ? []
      : ctx.db
          .select({ incidentId: followUpTasks.incidentId, dueAt: followUpTasks.dueAt, doneAt: followUpTasks.doneAt })
          .from(followUpTasks)
          .where(inArray(followUpTasks.incidentId, ids)),
    ids.length === 0
      ? []
      : ctx.db
          .select({ incidentId: clientMeasures.incidentId, count: count() })
          .from(clientMeasures)
          .where(and(inArray(clientMeasures.incidentId, ids), isNotNull(clientMeasures.incidentId)))
          .groupBy(clientMeasures.incidentId),
  ]);
  const measureCounts = new Map(measures.map((row) => [row.incidentId, Number(row.count)]));
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    for (const incidentId of ids) {
      await recordAudit(tx, actorOf(user), {
        action: `${READ_ACTION_PREFIX}incident`,
        entityType: 'incident',
        entityId: incidentId,
        details: { via: 'report_audit', auditId: id },
      });
    }
  });
  const samples: TAuditSample[] = rows.map(({ sample, incident }) => {
    const followUp = followUpOf(
      tasks.filter((task) => task.incidentId === incident.id),
      now,
    );
    const measureCount = measureCounts.get(incident.id) ?? 0;
    return {
      incidentId: incident.id,
      position: sample.position,
      occurredAt: incident.occurredAt?.toISOString() ?? null,
      submittedAt: incident.submittedAt?.toISOString() ?? null,
      channel: incident.channel,
      forms: incident.forms,
      facts: incident.facts,
      quotes: incident.quotes,
      wantsAftercare: incident.wantsAftercare,
      findings: analyse(
        { id: incident.id, kind: 'report', text: incident.facts },
        { language: user.language },
      ).judgements.map((judgement) => ({
        text: judgement.text,
        reason: judgement.reason,
        suggestion: judgement.suggestion,
      })),
      followUp,
      measures: measureCount,
      suggested: { followUpOnTime: suggestFollowUp(followUp), measuresRecorded: measureCount > 0 ? 'yes' : null },
      scores: {
        factsNotOpinions: sample.factsNotOpinions as Score | null,
        followUpOnTime: sample.followUpOnTime as Score | null,
        measuresRecorded: sample.measuresRecorded as Score | null,
        aftercareDone: sample.aftercareDone as Score | null,
      },
      note: sample.note,
      scoredAt: sample.scoredAt?.toISOString() ?? null,
    };
  });
  return { ...summary, samples };
}

async function openAudit(tx: Tx, id: string) {
  const [audit] = await tx.select().from(reportAudits).where(eq(reportAudits.id, id)).for('update');
  if (!audit) throw new ProblemError(404, 'not_found');
  if (audit.status === 'finished') throw new ProblemError(409, 'audit_finished');
  return audit;
}

/** Scores one sampled report on the checklist. */
export async function scoreSample(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  incidentId: string,
  input: TScoreRequest,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await openAudit(tx, id);
    const [sample] = await tx
      .select()
      .from(reportAuditSamples)
      .where(and(eq(reportAuditSamples.auditId, id), eq(reportAuditSamples.incidentId, incidentId)));
    if (!sample) throw new ProblemError(404, 'not_found');
    const scores = Object.fromEntries(CRITERIA.map((criterion) => [criterion, input[criterion]]));
    await tx
      .update(reportAuditSamples)
      .set({ ...scores, note: input.note, scoredAt: new Date(), scoredBy: user.id })
      .where(and(eq(reportAuditSamples.auditId, id), eq(reportAuditSamples.incidentId, incidentId)));
    await recordAudit(tx, actorOf(user), {
      action: 'report_audit.scored',
      entityType: 'report_audit',
      entityId: id,
      before: Object.fromEntries(CRITERIA.map((criterion) => [criterion, sample[criterion]])),
      after: scores,
      details: { incidentId },
    });
  });
}

/**
 * Finishes an audit once every sampled report is scored. Month-3 items of the department's 90-day plans that
 * are in their third month are completed by it, with a link to this audit.
 */
export async function finishAudit(ctx: AppContext, user: SessionUser, id: string, conclusion: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const audit = await openAudit(tx, id);
    const [open] = await tx
      .select({ count: count() })
      .from(reportAuditSamples)
      .where(and(eq(reportAuditSamples.auditId, id), isNull(reportAuditSamples.scoredAt)));
    const remaining = Number(open?.count ?? 0);
    if (remaining > 0) throw new ProblemError(409, 'audit_incomplete', { count: remaining });
    const now = new Date();
    await tx
      .update(reportAudits)
      .set({ status: 'finished', conclusion, finishedAt: now, finishedBy: user.id })
      .where(eq(reportAudits.id, id));
    const monthThreeSince = addCalendarDays(dutchDate(now), -MONTH_THREE_OFFSET);
    const completed = await tx
      .update(coachingPlanItems)
      .set({ doneAt: now, doneBy: user.id, auditId: id })
      .where(
        and(
          eq(coachingPlanItems.stage, 'audit'),
          isNull(coachingPlanItems.doneAt),
          inArray(
            coachingPlanItems.planId,
            tx
              .select({ id: coachingPlans.id })
              .from(coachingPlans)
              .innerJoin(teams, eq(teams.id, coachingPlans.teamId))
              .where(and(eq(teams.departmentId, audit.departmentId), lte(coachingPlans.startDate, monthThreeSince))),
          ),
        ),
      )
      .returning({ id: coachingPlanItems.id });
    await recordAudit(tx, actorOf(user), {
      action: 'report_audit.finished',
      entityType: 'report_audit',
      entityId: id,
      details: { planItemsCompleted: completed.map((item) => item.id) },
    });
  });
}

/** Outcomes per department over time: all for safety officer and director, the own department for a manager. */
export async function resultsFor(
  ctx: AppContext,
  user: SessionUser,
  query: { from?: string; to?: string },
): Promise<TAuditResults> {
  const period = periodOf(query, 365, MAX_PERIOD_DAYS);
  const scope = resultScope(user);
  const results = await auditResults(ctx.db, {
    start: period.start,
    endExclusive: period.endExclusive,
    departmentIds: scope === true ? null : scope === null ? [] : [scope],
  });
  return { from: period.from, to: period.to, results };
}

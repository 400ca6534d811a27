import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { departments } from '../org/tables.js';
import { CRITERIA, type Criterion, type TAuditResult } from './schema.js';
import { reportAuditSamples, reportAudits } from './tables.js';

type Score = 'yes' | 'no' | 'na' | null;

const share = (yes: number, applicable: number) => (applicable === 0 ? null : Math.round((100 * yes) / applicable));

/** Counts one criterion over scored samples: "does not apply" is left out of the share. */
function tally(scores: Score[]) {
  const yes = scores.filter((score) => score === 'yes').length;
  const no = scores.filter((score) => score === 'no').length;
  const na = scores.filter((score) => score === 'na').length;
  return { yes, no, na, percent: share(yes, yes + no) };
}

/**
 * Finished audits with their outcome per checklist point, oldest first, so a chart shows the course over time.
 * The query the dashboard uses: `departmentIds` narrows to departments (a manager's own), `null` means all;
 * `start`/`endExclusive` bound when the audit was finished. Counts only, never report texts.
 */
export async function auditResults(
  db: Executor,
  query: { start: Date; endExclusive: Date; departmentIds: string[] | null },
): Promise<TAuditResult[]> {
  if (query.departmentIds?.length === 0) return [];
  const audits = await db
    .select({
      id: reportAudits.id,
      departmentId: reportAudits.departmentId,
      departmentName: departments.name,
      periodFrom: reportAudits.periodFrom,
      periodTo: reportAudits.periodTo,
      finishedAt: reportAudits.finishedAt,
    })
    .from(reportAudits)
    .innerJoin(departments, eq(departments.id, reportAudits.departmentId))
    .where(
      and(
        eq(reportAudits.status, 'finished'),
        gte(reportAudits.finishedAt, query.start),
        lt(reportAudits.finishedAt, query.endExclusive),
        query.departmentIds ? inArray(reportAudits.departmentId, query.departmentIds) : undefined,
      ),
    )
    .orderBy(asc(reportAudits.finishedAt));
  if (audits.length === 0) return [];
  const samples = await db
    .select()
    .from(reportAuditSamples)
    .where(
      inArray(
        reportAuditSamples.auditId,
        audits.map((audit) => audit.id),
      ),
    );
  return audits.map((audit) => {
    const mine = samples.filter((sample) => sample.auditId === audit.id);
    const criteria = Object.fromEntries(
      CRITERIA.map((criterion) => [criterion, tally(mine.map((sample) => sample[criterion] as Score))]),
    ) as Record<Criterion, ReturnType<typeof tally>>;
    const yes = CRITERIA.reduce((sum, criterion) => sum + criteria[criterion].yes, 0);
    const no = CRITERIA.reduce((sum, criterion) => sum + criteria[criterion].no, 0);
    return {
      auditId: audit.id,
      departmentId: audit.departmentId,
      departmentName: audit.departmentName,
      periodFrom: audit.periodFrom,
      periodTo: audit.periodTo,
      finishedAt: (audit.finishedAt as Date).toISOString(),
      sampled: mine.length,
      criteria,
      percent: share(yes, yes + no),
    };
  });
}

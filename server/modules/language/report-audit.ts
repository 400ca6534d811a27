import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { queryRows } from '../../db/client.js';
import { periodOf, periodQuery } from '../../http/period.js';
import { analyse } from './analyse.js';

export const ZReportAuditQuery = z.strictObject(periodQuery);

export const ZReportAudit = z.object({
  from: z.string(),
  to: z.string(),
  reports: z.number().int(),
  withJudgements: z.number().int(),
  departments: z.array(
    z.object({
      departmentId: z.string().nullable(),
      name: z.string().nullable(),
      reports: z.number().int(),
      withJudgements: z.number().int(),
      judgements: z.number().int(),
    }),
  ),
  /** The judging words met most often, to talk about in the team (seed 000 month-3 audit). */
  commonPhrases: z.array(z.object({ text: z.string(), count: z.number().int() })),
});
export type TReportAudit = z.infer<typeof ZReportAudit>;

/** A quarter by default, like the seed's month-3 audit looks back on the first three months. */
const DEFAULT_DAYS = 91;

/**
 * The share of sent reports whose facts contain judgements instead of behaviour, per department and period. Read
 * by the language assistant as a first reading; the texts themselves never leave this function.
 */
export async function reportAudit(ctx: AppContext, query: z.infer<typeof ZReportAuditQuery>): Promise<TReportAudit> {
  const { from, to, start, endExclusive } = periodOf(query, DEFAULT_DAYS);
  const rows = await queryRows<{ department_id: string | null; name: string | null; facts: string }>(
    ctx.db,
    sql`select i.department_id, d.name, i.facts
        from incidents i left join departments d on d.id = i.department_id
        where i.status = 'submitted'
          and i.submitted_at >= ${start.toISOString()}
          and i.submitted_at < ${endExclusive.toISOString()}`,
  );
  const departments = new Map<string, TReportAudit['departments'][number]>();
  const phrases = new Map<string, number>();
  let withJudgements = 0;
  for (const row of rows) {
    const key = row.department_id ?? '';
    const group = departments.get(key) ?? {
      departmentId: row.department_id,
      name: row.name,
      reports: 0,
      withJudgements: 0,
      judgements: 0,
    };
    const found = analyse({ id: '', kind: 'report', text: row.facts }).judgements;
    group.reports++;
    group.judgements += found.length;
    if (found.length > 0) {
      group.withJudgements++;
      withJudgements++;
    }
    for (const judgement of found) {
      const text = judgement.text.toLowerCase();
      phrases.set(text, (phrases.get(text) ?? 0) + 1);
    }
    departments.set(key, group);
  }
  return {
    from,
    to,
    reports: rows.length,
    withJudgements,
    departments: [...departments.values()].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
    commonPhrases: [...phrases.entries()]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .slice(0, 10),
  };
}

import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.js';
import { analyse } from '../../language/index.js';
import { incidentConditions, type KpiScope, percent, type SectionSpec } from './types.js';

/** Reports read per request at most, so a first look at five years of reports cannot hold the screen for long. */
const ANALYSE_BATCH = 2000;

/**
 * Reads, with the language assistant, the reports in scope it has not read yet or that changed since, and keeps
 * the count of judging phrases per report. The count is derived data (the report itself is not changed), so this
 * cache is not an audited write.
 */
export async function readUnreadReports(db: Executor, scope: KpiScope): Promise<number> {
  const unread = await queryRows<{ id: string; facts: string }>(
    db,
    sql`select i.id, i.facts from incidents i
        left join report_language_findings f on f.incident_id = i.id
        where ${incidentConditions(scope)} and (f.incident_id is null or f.analysed_at < i.updated_at)
        limit ${ANALYSE_BATCH}`,
  );
  if (unread.length === 0) return 0;
  const values = unread.map(
    (row) =>
      sql`(${row.id}::uuid, ${Math.min(analyse({ id: row.id, kind: 'report', text: row.facts }).judgements.length, 32_000)}::smallint, now())`,
  );
  await db.execute(
    sql`insert into report_language_findings (incident_id, judgements, analysed_at) values ${sql.join(values, sql`, `)}
        on conflict (incident_id) do update set judgements = excluded.judgements, analysed_at = excluded.analysed_at`,
  );
  return unread.length;
}

/**
 * The share of reports whose facts contain judging language instead of behaviour (seed 000: facts and literal
 * quotes, not opinions), as the language assistant reads them.
 */
export const languageSection: SectionSpec = {
  key: 'language',
  tables: [{ key: 'judgingLanguage', unit: 'percent' }],
  async measure(db, scope) {
    await readUnreadReports(db, scope);
    const [row] = await queryRows<{ analysed: number; judging: number }>(
      db,
      sql`select count(*)::int as analysed, count(*) filter (where f.judgements > 0)::int as judging
          from incidents i join report_language_findings f on f.incident_id = i.id
          where ${incidentConditions(scope)}`,
    );
    const analysed = row?.analysed ?? 0;
    return {
      judgingLanguage: [
        { key: 'reportsWithJudgements', label: null, value: percent(row?.judging ?? 0, analysed), basis: analysed },
      ],
    };
  },
};

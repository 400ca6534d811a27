import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { type Measured, percent, type SectionSpec } from './types.js';

/**
 * The month-3 audits of registrations (auditformulier): per department, the share of checklist points scored
 * "yes" over the audits finished in the period ("does not apply" left out). Counts of reports, not of people.
 * Audits are per department, so the office filter does not narrow them.
 */
export const auditsSection: SectionSpec = {
  key: 'audits',
  tables: [{ key: 'auditScore', unit: 'percent' }],
  async measure(db, scope) {
    const conditions = [
      sql`a.finished_at >= ${scope.start.toISOString()}`,
      sql`a.finished_at < ${scope.endExclusive.toISOString()}`,
    ];
    if (scope.departmentId === null) conditions.push(sql`false`);
    else if (scope.departmentId) conditions.push(sql`a.department_id = ${scope.departmentId}`);
    const rows = await queryRows<{ key: string; label: string; yes: number; applicable: number; samples: number }>(
      db,
      sql`select a.department_id::text as key, d.name as label,
                 sum(score.yes)::int as yes, sum(score.applicable)::int as applicable, count(*)::int as samples
          from report_audits a
          join departments d on d.id = a.department_id
          join report_audit_samples s on s.audit_id = a.id
          cross join lateral (
            select count(*) filter (where v = 'yes') as yes, count(*) filter (where v in ('yes', 'no')) as applicable
            from (values (s.facts_not_opinions), (s.follow_up_on_time), (s.measures_recorded), (s.aftercare_done)) as x(v)
          ) score
          where ${sql.join(conditions, sql` and `)}
          group by a.department_id, d.name`,
    );
    return {
      auditScore: rows.map<Measured>((row) => ({
        key: row.key,
        label: row.label,
        value: percent(row.yes, row.applicable),
        basis: row.samples,
      })),
    };
  },
};

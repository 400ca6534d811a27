import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { MEASURE_KINDS } from '../../measures/rules.js';
import type { SectionSpec } from './types.js';

/**
 * Measures decided in the period, by kind (rejected and still-pending ones are not decisions). Office and
 * department come from the incident the measure answers; a measure without an incident counts organisation-wide.
 */
export const measuresSection: SectionSpec = {
  key: 'measures',
  tables: [{ key: 'byKind', unit: 'count', order: MEASURE_KINDS }],
  async measure(db, scope) {
    const conditions = [
      sql`m.status = 'decided'`,
      sql`m.decided_at >= ${scope.start.toISOString()}`,
      sql`m.decided_at < ${scope.endExclusive.toISOString()}`,
    ];
    if (scope.officeId) conditions.push(sql`i.office_id = ${scope.officeId}`);
    if (scope.departmentId === null) conditions.push(sql`false`);
    else if (scope.departmentId) conditions.push(sql`i.department_id = ${scope.departmentId}`);
    const rows = await queryRows<{ key: string; count: number }>(
      db,
      sql`select m.kind as key, count(*)::int as count
          from client_measures m left join incidents i on i.id = m.incident_id
          where ${sql.join(conditions, sql` and `)}
          group by m.kind`,
    );
    return { byKind: rows.map((row) => ({ key: row.key, label: null, value: row.count, basis: row.count })) };
  },
};

import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { dutchDate } from '../../../time/dutch-time.js';
import type { SectionSpec } from './types.js';

/**
 * Complaints received (seed 000 measures them next to incidents), as entered per month. A month counts when it
 * begins within the period. Complaints are counted per office, not per department: a department view shows none.
 */
export const complaintsSection: SectionSpec = {
  key: 'complaints',
  tables: [{ key: 'byOffice', unit: 'count' }],
  async measure(db, scope) {
    if (scope.departmentId !== undefined) return { byOffice: [] };
    const conditions = [
      sql`c.month >= ${dutchDate(scope.start)}::date`,
      sql`c.month < ${dutchDate(scope.endExclusive)}::date`,
    ];
    if (scope.officeId) conditions.push(sql`c.office_id = ${scope.officeId}`);
    const rows = await queryRows<{ key: string | null; label: string | null; count: number }>(
      db,
      sql`select c.office_id::text as key, o.name as label, sum(c.count)::int as count
          from complaint_counts c left join offices o on o.id = c.office_id
          where ${sql.join(conditions, sql` and `)}
          group by c.office_id, o.name`,
    );
    return {
      byOffice: rows.map((row) => ({
        key: row.key ?? 'organisation',
        label: row.label,
        value: row.count,
        basis: row.count,
      })),
    };
  },
};

import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { type KpiScope, type Measured, percent, type SectionSpec } from './types.js';

/** Check-ins in scope: due in the period, in the department (and, through the incident, the office) chosen. */
function checkinConditions(scope: KpiScope) {
  const conditions = [
    sql`c.due_on >= (${scope.start.toISOString()}::timestamptz at time zone 'Europe/Amsterdam')::date`,
    sql`c.due_on < (${scope.endExclusive.toISOString()}::timestamptz at time zone 'Europe/Amsterdam')::date`,
  ];
  if (scope.officeId) conditions.push(sql`i.office_id = ${scope.officeId}`);
  if (scope.departmentId === null) conditions.push(sql`false`);
  else if (scope.departmentId) conditions.push(sql`c.department_id = ${scope.departmentId}`);
  return sql.join(conditions, sql` and `);
}

/**
 * Aftercare (seed 000 and 004): were the conversations with employees after an incident held on time (on or before
 * their due day), per department. About people, so people-based: a department's share rests on the number of
 * different employees with a check-in due, and is suppressed below the minimum group.
 */
export const aftercareSection: SectionSpec = {
  key: 'aftercare',
  tables: [{ key: 'checkinsOnTime', unit: 'percent', peopleBased: true }],
  async measure(db, scope) {
    const rows = await queryRows<{
      key: string | null;
      label: string | null;
      due: number;
      on_time: number;
      people: number;
    }>(
      db,
      sql`select c.department_id::text as key, d.name as label, count(*)::int as due,
                 count(*) filter (where c.held_on is not null and c.held_on <= c.due_on)::int as on_time,
                 count(distinct c.person_id)::int as people
          from aftercare_checkins c
          join incidents i on i.id = c.incident_id
          left join departments d on d.id = c.department_id
          where ${checkinConditions(scope)}
          group by c.department_id, d.name`,
    );
    return {
      checkinsOnTime: rows.map<Measured>((row) => ({
        key: row.key ?? 'unknown',
        label: row.label,
        value: percent(row.on_time, row.due),
        basis: row.people,
      })),
    };
  },
};

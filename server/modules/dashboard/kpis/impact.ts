import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { incidentConditions, type Measured, type SectionSpec } from './types.js';

/**
 * Only incidents with absence, sick leave or injury count towards any figure here (a department without them has no
 * people behind its rows and is left out), so the query reads only those, from the partial index
 * `incidents_impact_idx` whose predicate is this same condition: a few percent of a period's reports.
 */
const AFFECTED = sql`(i.sick_leave or i.injury or i.absence_days > 0)`;

/**
 * What incidents cost the people they happened to: absence days, incidents with sick leave, with injury. These
 * are figures about people (verzuim is health data under the AVG), so every row is people-based: it rests on the
 * number of different employees behind it and is suppressed below the minimum group (suppression.ts).
 */
export const impactSection: SectionSpec = {
  key: 'impact',
  tables: [
    { key: 'absenceDays', unit: 'days', peopleBased: true },
    { key: 'sickLeave', unit: 'count', peopleBased: true },
    { key: 'injuries', unit: 'count', peopleBased: true },
  ],
  async measure(db, scope) {
    const rows = await queryRows<{
      key: string | null;
      label: string | null;
      absence_days: number;
      absent_people: number;
      sick_leave: number;
      sick_people: number;
      injuries: number;
      injured_people: number;
    }>(
      db,
      sql`select i.department_id::text as key, d.name as label,
                 coalesce(sum(i.absence_days), 0)::int as absence_days,
                 count(distinct i.employee_id) filter (where i.absence_days > 0)::int as absent_people,
                 count(*) filter (where i.sick_leave)::int as sick_leave,
                 count(distinct i.employee_id) filter (where i.sick_leave)::int as sick_people,
                 count(*) filter (where i.injury)::int as injuries,
                 count(distinct i.employee_id) filter (where i.injury)::int as injured_people
          from incidents i left join departments d on d.id = i.department_id
          where ${incidentConditions(scope)} and ${AFFECTED}
          group by i.department_id, d.name`,
    );
    const table = (value: (row: (typeof rows)[number]) => number, people: (row: (typeof rows)[number]) => number) =>
      rows
        .filter((row) => people(row) > 0)
        .map<Measured>((row) => ({
          key: row.key ?? 'unknown',
          label: row.label,
          value: value(row),
          basis: people(row),
        }));
    return {
      absenceDays: table(
        (row) => row.absence_days,
        (row) => row.absent_people,
      ),
      sickLeave: table(
        (row) => row.sick_leave,
        (row) => row.sick_people,
      ),
      injuries: table(
        (row) => row.injuries,
        (row) => row.injured_people,
      ),
    };
  },
};

import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { FORMS } from '../../incidents/vocabulary.js';
import { CHANNELS } from '../../protocols/content.js';
import { incidentConditions, type Measured, type SectionSpec } from './types.js';

type Dimension = 'office' | 'department' | 'channel' | 'phase';

/**
 * Incidents per period by office, department, form, channel and phase. One scan with grouping sets for the four
 * single-valued dimensions; forms are a list per incident, so they are counted apart (an incident with two forms
 * counts once under each).
 */
export const incidentsSection: SectionSpec = {
  key: 'incidents',
  tables: [
    { key: 'total', unit: 'count' },
    { key: 'byOffice', unit: 'count' },
    { key: 'byDepartment', unit: 'count' },
    { key: 'byForm', unit: 'count', order: FORMS },
    { key: 'byChannel', unit: 'count', order: CHANNELS },
    { key: 'byPhase', unit: 'count', order: ['1', '2', '3', '4'] },
  ],
  async measure(db, scope) {
    const where = incidentConditions(scope);
    const [grouped, forms] = await Promise.all([
      queryRows<{ dimension: Dimension; key: string | null; label: string | null; count: number }>(
        db,
        sql`with counted as (
              select i.office_id, i.department_id, i.channel, i.phase,
                     grouping(i.office_id, i.department_id, i.channel, i.phase) as g, count(*)::int as count
              from incidents i where ${where}
              group by grouping sets ((i.office_id), (i.department_id), (i.channel), (i.phase)))
            select case g when 7 then 'office' when 11 then 'department' when 13 then 'channel' else 'phase' end
                     as dimension,
                   coalesce(c.office_id::text, c.department_id::text, c.channel, c.phase::text) as key,
                   coalesce(o.name, d.name) as label, c.count
            from counted c
            left join offices o on o.id = c.office_id
            left join departments d on d.id = c.department_id`,
      ),
      queryRows<{ key: string; count: number }>(
        db,
        sql`select f.form as key, count(*)::int as count
            from incidents i cross join lateral jsonb_array_elements_text(i.forms) as f(form)
            where ${where} group by f.form`,
      ),
    ]);
    const of = (dimension: Dimension): Measured[] =>
      grouped
        .filter((row) => row.dimension === dimension)
        .map((row) => ({ key: row.key ?? 'unknown', label: row.label, value: row.count, basis: row.count }));
    const total = of('office').reduce((sum, row) => sum + (row.value ?? 0), 0);
    return {
      total: [{ key: 'incidents', label: null, value: total, basis: total }],
      byOffice: of('office'),
      byDepartment: of('department'),
      byForm: forms.map((row) => ({ key: row.key, label: null, value: row.count, basis: row.count })),
      byChannel: of('channel'),
      byPhase: of('phase'),
    };
  },
};

import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { FORMS } from '../../incidents/vocabulary.js';
import { CHANNELS } from '../../protocols/content.js';
import { factConditions, type Measured, type SectionSpec } from './types.js';

/** One group of the scan: a combination of office, department, channel and phase, or one list of forms. */
interface Cell {
  by_forms: boolean;
  office_id: string | null;
  office: string | null;
  department_id: string | null;
  department: string | null;
  channel: string | null;
  phase: number | null;
  /** The report's forms as JSON text (incident_facts.forms). */
  forms: string | null;
  count: number;
}

/** Sums the cells per key of one dimension, keeping the name the data gives it (office, department). */
function countBy(cells: Cell[], keysOf: (cell: Cell) => (string | null)[], labelOf?: (cell: Cell) => string | null) {
  const counted = new Map<string, Measured>();
  for (const cell of cells)
    for (const key of keysOf(cell)) {
      const row = counted.get(key ?? 'unknown') ?? {
        key: key ?? 'unknown',
        label: labelOf?.(cell) ?? null,
        value: 0,
        basis: 0,
      };
      row.value = (row.value ?? 0) + cell.count;
      row.basis += cell.count;
      counted.set(row.key, row);
    }
  return [...counted.values()];
}

/**
 * Incidents per period by office, department, form, channel and phase, from the reports' fact rows
 * (dashboard/tables.ts incidentFacts) in one scan with two grouping sets: the combinations of office, department,
 * channel and phase (a few thousand at most), and the lists of forms (a handful). The tables are sums of those
 * groups. Forms are a list per incident: an incident with two forms counts once under each.
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
    const groups = await queryRows<Cell>(
      db,
      sql`with counted as (
            select grouping(f.forms) = 0 as by_forms, f.office_id, f.department_id, f.channel, f.phase, f.forms,
                   count(*)::int as count
            from incident_facts f where ${factConditions(scope)}
            group by grouping sets ((f.office_id, f.department_id, f.channel, f.phase), (f.forms)))
          select c.by_forms, c.office_id, o.name as office, c.department_id, d.name as department, c.channel,
                 c.phase, c.forms, c.count
          from counted c
          left join offices o on o.id = c.office_id
          left join departments d on d.id = c.department_id`,
    );
    const cells = groups.filter((group) => !group.by_forms);
    const total = cells.reduce((sum, cell) => sum + cell.count, 0);
    return {
      total: [{ key: 'incidents', label: null, value: total, basis: total }],
      byOffice: countBy(
        cells,
        (cell) => [cell.office_id],
        (cell) => cell.office,
      ),
      byDepartment: countBy(
        cells,
        (cell) => [cell.department_id],
        (cell) => cell.department,
      ),
      byForm: countBy(
        groups.filter((group) => group.by_forms),
        (group) => JSON.parse(group.forms ?? '[]') as string[],
      ),
      byChannel: countBy(cells, (cell) => [cell.channel]),
      byPhase: countBy(cells, (cell) => [cell.phase === null ? null : String(cell.phase)]),
    };
  },
};

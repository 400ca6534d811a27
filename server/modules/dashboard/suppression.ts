import type { KpiTableSpec, Measured } from './kpis/types.js';

/**
 * No figure for a group of fewer than 5 (issue 8, as for survey answers). Which figures this applies to:
 * - people-based figures (absence days, sick leave, injuries; later aftercare and survey answers): always, for
 *   everyone, because a small group points at a person and these are health data under the AVG;
 * - in HR's anonymised view: every figure, since HR links figures to personnel files;
 * - not to counts of incidents, alarms or measures for the director, safety officer and managers: "3 incidents
 *   in this department" is about clients' behaviour and is exactly what they must act on.
 */
export const MIN_GROUP_SIZE = 5;

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

/**
 * Suppresses the cells of one period of a table. When exactly one row of a breakdown would be hidden, the next
 * smallest is hidden too: otherwise the total (or the other rows) would give the hidden one away.
 */
export function suppressCells(table: KpiTableSpec, rows: Measured[], anonymised: boolean): Map<string, Cell> {
  const applies = table.peopleBased === true || anonymised;
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const hidden = applies && row.basis < MIN_GROUP_SIZE;
    cells.set(row.key, { value: hidden ? null : row.value, suppressed: hidden });
  }
  const hidden = rows.filter((row) => cells.get(row.key)?.suppressed);
  if (applies && hidden.length === 1 && rows.length > 1) {
    const next = rows
      .filter((row) => !cells.get(row.key)?.suppressed)
      .sort((a, b) => a.basis - b.basis || a.key.localeCompare(b.key))[0];
    if (next) cells.set(next.key, { value: null, suppressed: true });
  }
  return cells;
}

import { csvCell } from '../incidents/csv.js';
import type { TDashboard } from './schema.js';

export const DASHBOARD_CSV_HEADER = [
  'onderdeel',
  'tabel',
  'sleutel',
  'naam',
  'eenheid',
  'periode',
  'waarde',
  'vorige_periode',
  'waarde_vorige_periode',
  'verschil',
];

/** Suppressed figures are written as "<5", so a spreadsheet shows why the cell is empty. */
function figure(value: number | null, suppressed: boolean): string | number | null {
  return suppressed ? '<5' : value;
}

/**
 * The dashboard's figures, one row per table row, with both periods and their difference. Semicolons and a BOM,
 * so Dutch Excel opens it in columns with the accents intact.
 */
export function dashboardCsv(dashboard: TDashboard, onlyTable?: string): string {
  const lines = [DASHBOARD_CSV_HEADER.join(';')];
  for (const section of dashboard.sections)
    for (const table of section.tables) {
      if (onlyTable && `${section.key}.${table.key}` !== onlyTable) continue;
      for (const row of table.rows) {
        const difference =
          row.current !== null && row.previous !== null ? Math.round((row.current - row.previous) * 10) / 10 : null;
        lines.push(
          [
            section.key,
            table.key,
            row.key,
            row.label,
            table.unit,
            `${dashboard.from}/${dashboard.to}`,
            figure(row.current, row.currentSuppressed),
            `${dashboard.previousFrom}/${dashboard.previousTo}`,
            figure(row.previous, row.previousSuppressed),
            difference,
          ]
            .map(csvCell)
            .join(';'),
        );
      }
    }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { csvCell } from '../incidents/csv.js';
import type { TResults } from './schema.js';

const HEADER = [
  'groep',
  'team',
  'kantoor',
  'afdeling',
  'thema',
  'hoger_is_beter',
  'respondenten',
  'gemiddelde',
  'respondenten_nulmeting',
  'gemiddelde_nulmeting',
  'verschil',
  'bi95_onder',
  'bi95_boven',
  'hedges_g',
];

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The aggregated results as CSV (semicolon-separated, like the incident export, for Dutch spreadsheets). A group
 * held back for anonymity has one row without figures, so the file says why it is empty.
 */
export function resultsCsv(results: TResults): string {
  const lines = [HEADER.join(';')];
  for (const group of results.groups) {
    const label = group.kind === 'organisation' ? 'organisatie' : 'team';
    const where = [group.kind === 'team' ? group.name : '', group.officeName ?? '', group.departmentName ?? ''];
    if (group.suppressed) {
      lines.push(
        [label, ...where, 'minder dan 5 respondenten', '', '', '', '', '', '', '', '', ''].map(csvCell).join(';'),
      );
      continue;
    }
    for (const theme of group.themes) {
      const comparison = theme.comparison;
      lines.push(
        [
          label,
          ...where,
          theme.theme,
          theme.higherIsBetter ? 'ja' : 'nee',
          group.respondents,
          round(theme.mean),
          comparison ? comparison.baselineN : '',
          comparison ? round(comparison.baselineMean) : '',
          comparison ? round(comparison.difference) : '',
          comparison ? round(comparison.ciLow) : '',
          comparison ? round(comparison.ciHigh) : '',
          comparison ? round(comparison.hedgesG) : '',
        ]
          .map((value) => csvCell(value))
          .join(';'),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

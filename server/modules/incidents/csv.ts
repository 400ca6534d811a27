import type { TIncidentListItem } from './schema.js';

/**
 * A cell as text a spreadsheet shows as text: quoted when needed, and a leading = + - @ (or tab/CR) neutralised
 * so that a client's name cannot become a formula in Excel (CSV injection).
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

export const CSV_HEADER = [
  'id',
  'datum_tijd',
  'status',
  'medewerker',
  'afdeling',
  'kantoor',
  'kanaal',
  'vormen',
  'fase',
  'klant',
  'route',
  'taken_te_laat',
];

/** One incident as the columns of CSV_HEADER; shared by the CSV and the XLSX export. */
export function incidentRowValues(row: TIncidentListItem): (string | number | null)[] {
  return [
    row.id,
    row.occurredAt ? DATE_TIME.format(new Date(row.occurredAt)) : '',
    row.caseStatus,
    row.employeeName,
    row.departmentName,
    row.officeName,
    row.channel,
    row.forms.join(','),
    row.phase,
    row.clientName,
    row.routeTo,
    row.overdueTasks,
  ];
}

/** The filtered incident list as CSV (UTF-8 with BOM so Excel reads ë and ï; semicolons, as Dutch Excel expects). */
export function incidentsCsv(rows: TIncidentListItem[]): string {
  const lines = [CSV_HEADER.join(';'), ...rows.map((row) => incidentRowValues(row).map(csvCell).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

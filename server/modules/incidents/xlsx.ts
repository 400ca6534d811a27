import ExcelJS from 'exceljs';
import { CSV_HEADER, incidentRowValues } from './csv.js';
import type { TIncidentListItem } from './schema.js';

/**
 * The filtered incident list as an Excel workbook: the same columns as the CSV, a bold frozen header and a filter.
 * Cells are written as values, never formulas, so a name starting with "=" stays text.
 */
export async function incidentsXlsx(rows: TIncidentListItem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Regie';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Meldingen', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(CSV_HEADER);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(incidentRowValues(row).map((value) => value ?? ''));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_HEADER.length } };
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 38 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

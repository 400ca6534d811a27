import { useTranslation } from 'react-i18next';
import { rowLabelKey } from '../../../server/modules/dashboard/labels';
import type { TKpiTable } from '../../../server/modules/dashboard/schema';
import { DataTable } from '../../components/DataTable';
import { formatChange, formatFigure } from './format';
import { type ChartRow, KpiChart } from './KpiChart';

/**
 * One figure family: a chart or a table (the user's choice), and its CSV. A suppressed figure says why it is
 * missing instead of showing an empty cell.
 */
export function KpiBlock({
  section,
  table,
  view,
  csvUrl,
  minGroupSize,
}: {
  section: string;
  table: TKpiTable;
  view: 'chart' | 'table';
  csvUrl: string;
  minGroupSize: number;
}) {
  const { t, i18n } = useTranslation();
  const title = t(`dashboard.tables.${section}.${table.key}`);
  const rows: ChartRow[] = table.rows.map((row) => ({
    key: row.key,
    name: row.label ?? t(rowLabelKey(section, table.key, row.key)),
    current: row.current,
    previous: row.previous,
    hidden: row.currentSuppressed || row.previousSuppressed,
  }));
  const figure = (value: number | null, suppressed: boolean) =>
    suppressed ? t('dashboard.suppressed', { size: minGroupSize }) : formatFigure(value, table.unit, i18n.language, t);
  return (
    <div className="regie-kpi">
      <h3 className="utrecht-heading-3">{title}</h3>
      {table.rows.length === 0 ? (
        <p className="utrecht-paragraph">{t('dashboard.noData')}</p>
      ) : view === 'chart' ? (
        <KpiChart title={title} unit={table.unit} rows={rows} />
      ) : (
        <DataTable
          caption={title}
          columns={[
            t('dashboard.columns.name'),
            t('dashboard.columns.current'),
            t('dashboard.columns.previous'),
            t('dashboard.columns.change'),
          ]}
          rows={table.rows.map((row, index) => ({
            key: row.key,
            cells: [
              rows[index]?.name ?? row.key,
              figure(row.current, row.currentSuppressed),
              figure(row.previous, row.previousSuppressed),
              formatChange(row.current, row.previous, table.unit, i18n.language, t),
            ],
          }))}
        />
      )}
      <p className="utrecht-paragraph regie-no-print">
        <a className="utrecht-link" href={csvUrl} download>
          {t('dashboard.downloadTable', { table: title })}
        </a>
      </p>
    </div>
  );
}

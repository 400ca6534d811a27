import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TKpiTable } from '../../../server/modules/dashboard/schema';
import { formatFigure } from './format';

export interface ChartRow {
  key: string;
  name: string;
  current: number | null;
  previous: number | null;
  hidden: boolean;
}

const WIDTH = 640;
const LABEL = 200;
const ROW = 44;
const BAR = 14;

/**
 * A horizontal bar chart, this period above the previous one per row. Plain SVG (no chart library in the
 * bundle): role="img" with a title and a description that reads every figure, so a screen reader user gets the
 * same as a sighted one; the table view gives the figures as a table.
 */
export function KpiChart({ title, unit, rows }: { title: string; unit: TKpiTable['unit']; rows: ChartRow[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const max = Math.max(unit === 'percent' ? 100 : 1, ...rows.flatMap((row) => [row.current ?? 0, row.previous ?? 0]));
  const scale = (value: number | null) => ((value ?? 0) / max) * (WIDTH - LABEL - 90);
  const figure = (value: number | null, hidden: boolean) =>
    hidden ? t('dashboard.suppressedShort') : formatFigure(value, unit, i18n.language, t);
  const description = [
    t('dashboard.chartDesc'),
    ...rows.map((row) =>
      t('dashboard.chartRow', {
        name: row.name,
        current: figure(row.current, row.hidden),
        previous: figure(row.previous, row.hidden),
      }),
    ),
  ].join(' ');
  const height = rows.length * ROW + 30;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="regie-kpi-chart"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g>
        <rect x={LABEL} y={4} width={12} height={12} className="regie-kpi-chart__current" />
        <text x={LABEL + 18} y={14} className="regie-kpi-chart__legend">
          {t('dashboard.legendCurrent')}
        </text>
        <rect x={LABEL + 170} y={4} width={12} height={12} className="regie-kpi-chart__previous" />
        <text x={LABEL + 188} y={14} className="regie-kpi-chart__legend">
          {t('dashboard.legendPrevious')}
        </text>
        {rows.map((row, index) => {
          const y = 30 + index * ROW;
          return (
            <g key={row.key}>
              <text x={LABEL - 8} y={y + BAR + 2} textAnchor="end" className="regie-kpi-chart__label">
                {row.name.length > 30 ? `${row.name.slice(0, 29)}…` : row.name}
              </text>
              <rect x={LABEL} y={y} width={scale(row.current)} height={BAR} className="regie-kpi-chart__current" />
              <text x={LABEL + scale(row.current) + 6} y={y + BAR - 2} className="regie-kpi-chart__value">
                {figure(row.current, row.hidden)}
              </text>
              <rect
                x={LABEL}
                y={y + BAR + 2}
                width={scale(row.previous)}
                height={BAR}
                className="regie-kpi-chart__previous"
              />
              <text x={LABEL + scale(row.previous) + 6} y={y + 2 * BAR} className="regie-kpi-chart__value">
                {figure(row.previous, row.hidden)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

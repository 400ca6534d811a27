import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TThemeFigure } from '../../../server/modules/surveys/schema';
import { formatScore } from './format';

const ROW = 56;
const LEFT = 210;
const WIDTH = 640;
const BAR = 18;
const scaleX = (score: number) => LEFT + ((score - 1) / 4) * (WIDTH - LEFT - 40);

/**
 * Baseline and re-measurement per theme as paired bars on the 1–5 scale. An SVG with a title and a description
 * that says every number, for screen readers (role="img" hides the drawing itself); the table is the full alternative.
 */
export function PrePostChart({ themes, title }: { themes: TThemeFigure[]; title: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const height = themes.length * ROW + 40;
  const description = themes
    .map((theme) =>
      theme.comparison
        ? t('surveys.chart.describe', {
            theme: t(`surveys.themes.${theme.theme}`),
            before: formatScore(theme.comparison.baselineMean, i18n.language),
            after: formatScore(theme.mean, i18n.language),
          })
        : t('surveys.chart.describeOne', {
            theme: t(`surveys.themes.${theme.theme}`),
            after: formatScore(theme.mean, i18n.language),
          }),
    )
    .join(' ');
  return (
    <figure className="regie-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[1, 2, 3, 4, 5].map((tick) => (
          <g key={tick}>
            <line x1={scaleX(tick)} x2={scaleX(tick)} y1={10} y2={height - 24} stroke="#c8c8c8" />
            <text x={scaleX(tick)} y={height - 6} textAnchor="middle" fontSize="13" fill="#1a1a1a">
              {tick}
            </text>
          </g>
        ))}
        {themes.map((theme, index) => {
          const y = 14 + index * ROW;
          return (
            <g key={theme.theme}>
              <text x={LEFT - 10} y={y + BAR + 2} textAnchor="end" fontSize="14" fill="#1a1a1a">
                {t(`surveys.themes.${theme.theme}`)}
              </text>
              {theme.comparison && (
                <>
                  <rect
                    x={scaleX(1)}
                    y={y}
                    width={scaleX(theme.comparison.baselineMean) - scaleX(1)}
                    height={BAR}
                    fill="#8a8a8a"
                  />
                  <text x={scaleX(theme.comparison.baselineMean) + 4} y={y + 14} fontSize="12" fill="#1a1a1a">
                    {formatScore(theme.comparison.baselineMean, i18n.language)}
                  </text>
                </>
              )}
              <rect
                x={scaleX(1)}
                y={y + (theme.comparison ? BAR + 2 : 0)}
                width={scaleX(theme.mean) - scaleX(1)}
                height={BAR}
                fill="#154273"
              />
              <text x={scaleX(theme.mean) + 4} y={y + (theme.comparison ? BAR + 16 : 14)} fontSize="12" fill="#1a1a1a">
                {formatScore(theme.mean, i18n.language)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="regie-chart__legend">
        <span className="regie-chart__key regie-chart__key--before" aria-hidden="true" /> {t('surveys.chart.before')}{' '}
        <span className="regie-chart__key regie-chart__key--after" aria-hidden="true" /> {t('surveys.chart.after')}
      </figcaption>
    </figure>
  );
}

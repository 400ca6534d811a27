import type { TFunction } from 'i18next';
import type { TThemeFigure } from '../../../server/modules/surveys/schema';
import { formatScore } from './format';

/**
 * The one plain sentence beside the chart: "Gemiddeld 0,6 punt hoger dan bij de nulmeting; we zijn 95 % zeker
 * dat het verschil tussen 0,2 en 1,0 ligt; dat is een middelgroot effect."
 */
export function comparisonSentence(t: TFunction, language: string, figure: TThemeFigure): string {
  const comparison = figure.comparison;
  if (!comparison) return '';
  const rounded = Math.round(comparison.difference * 10) / 10;
  const direction = rounded > 0 ? 'higher' : rounded < 0 ? 'lower' : 'same';
  return t(`surveys.sentence.${direction}`, {
    difference: formatScore(Math.abs(comparison.difference), language),
    low: formatScore(comparison.ciLow, language),
    high: formatScore(comparison.ciHigh, language),
    effect: t(`surveys.effects.${comparison.effect}`),
    better: t(figure.higherIsBetter ? 'surveys.sentence.higherBetter' : 'surveys.sentence.lowerBetter'),
  });
}

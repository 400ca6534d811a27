import type { TFunction } from 'i18next';
import type { TKpiTable } from '../../../server/modules/dashboard/schema';

type Unit = TKpiTable['unit'];

/** A figure with its unit in the user's language ("75 %", "4 uur"); an en dash when there is none. */
export function formatFigure(value: number | null, unit: Unit, language: string, t: TFunction): string {
  if (value === null) return '–';
  const number = value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  const suffix = t(`dashboard.units.${unit}`);
  return suffix ? `${number} ${suffix}` : number;
}

/** This period against the previous one, in words a screen reader reads well ("3 meer", "gelijk"). */
export function formatChange(
  current: number | null,
  previous: number | null,
  unit: Unit,
  language: string,
  t: TFunction,
) {
  if (current === null || previous === null) return t('dashboard.change.none');
  const difference = Math.round((current - previous) * 10) / 10;
  if (difference === 0) return t('dashboard.change.same');
  const value = formatFigure(Math.abs(difference), unit, language, t);
  return t(difference > 0 ? 'dashboard.change.up' : 'dashboard.change.down', { value });
}

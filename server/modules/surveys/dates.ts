import { addCalendarDays } from '../../time/dutch-time.js';

/** The re-measurement follows three months after the baseline or the training (seed 000). */
export const REMEASUREMENT_MONTHS = 3;
/** How long a campaign stays open when nothing else is known. */
export const DEFAULT_OPEN_DAYS = 14;

/** The calendar date `months` later; the 31st becomes the month's last day when the month is shorter. */
export function addCalendarMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from one date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

export { addCalendarDays };

import type { TFunction } from 'i18next';

/** "2 min 5 s", "40 s" or "—": durations as people read them, not as decimals of seconds. */
export function formatDuration(seconds: number | null, t: TFunction): string {
  if (seconds === null) return '—';
  const rounded = Math.round(seconds);
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (minutes === 0) return t('duration.seconds', { seconds: rest });
  if (rest === 0) return t('duration.minutes', { minutes });
  return t('duration.minutesSeconds', { minutes, seconds: rest });
}

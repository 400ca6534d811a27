/** A Dutch calendar day (YYYY-MM-DD) as people read it: "23 februari 2027". */
export function formatDay(isoDate: string | null, language: string): string {
  if (!isoDate) return '';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A score or difference with one decimal in the reader's language (0,6 in Dutch). */
export function formatScore(value: number, language: string, signed = false): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
}

/** The percentage of invitees who answered. */
export function rate(responded: number, invited: number): number {
  return invited === 0 ? 0 : Math.round((responded / invited) * 100);
}

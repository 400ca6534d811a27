/** A Dutch calendar date (YYYY-MM-DD) written out for people, e.g. "3 maart 2026". */
export function formatDay(isoDate: string, language: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
}

/** Today's date in the Netherlands, for date fields. */
export function todayInNetherlands(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/**
 * Dates and times as people read them in letters, mails, certificates and PDFs ("3 maart 2026", "maandag 3 maart
 * 2026 om 14:05 uur"), always in Dutch time. The formatters are made once: building an Intl formatter costs far more
 * than using one, and these run per recipient or per line of a PDF.
 */
export type SpokenLanguage = 'nl' | 'en';

const ZONE = 'Europe/Amsterdam';
const LOCALES: Record<SpokenLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

function perLanguage(options: Intl.DateTimeFormatOptions): Record<SpokenLanguage, Intl.DateTimeFormat> {
  return {
    nl: new Intl.DateTimeFormat(LOCALES.nl, { timeZone: ZONE, ...options }),
    en: new Intl.DateTimeFormat(LOCALES.en, { timeZone: ZONE, ...options }),
  };
}

const LONG_DATE = perLanguage({ day: 'numeric', month: 'long', year: 'numeric' });
const WEEKDAY_DATE = perLanguage({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const CLOCK = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });

/** A calendar date (YYYY-MM-DD) is that day in the Netherlands: noon UTC falls on it in every season. */
function momentOf(value: Date | string): Date {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(`${value}T12:00:00Z`)
    : new Date(value);
}

/** "3 maart 2026" / "3 March 2026", for a moment or a calendar date. */
export function longDate(value: Date | string, language: SpokenLanguage = 'nl'): string {
  return LONG_DATE[language].format(momentOf(value));
}

/** "14:05", a 24-hour clock in Dutch time (also in English texts: the organisation is Dutch). */
export function clockTime(value: Date | string): string {
  return CLOCK.format(momentOf(value));
}

/** "3 maart 2026 om 14:05" / "3 March 2026 at 14:05". */
export function longDateTime(value: Date | string, language: SpokenLanguage = 'nl'): string {
  return `${longDate(value, language)} ${language === 'nl' ? 'om' : 'at'} ${clockTime(value)}`;
}

/** "maandag 3 maart 2026 om 14:05 uur" / "Monday, 3 March 2026 at 14:05": when an appointment begins. */
export function appointmentMoment(value: Date, language: SpokenLanguage = 'nl'): string {
  const day = WEEKDAY_DATE[language].format(value);
  return language === 'nl' ? `${day} om ${clockTime(value)} uur` : `${day} at ${clockTime(value)}`;
}

/** Calendar days as people in the organisation count them: in Europe/Amsterdam, whatever the server's zone. */
const ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Dutch calendar date (YYYY-MM-DD) of a moment. */
export function dutchDate(moment: Date = new Date()): string {
  return dateFormat.format(moment);
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** Minutes Amsterdam is ahead of UTC at a moment (60 in winter, 120 in summer). */
function offsetMinutes(moment: Date): number {
  const parts = offsetFormat.formatToParts(moment);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The moment a Dutch calendar day (YYYY-MM-DD) begins. */
export function startOfDutchDay(isoDate: string): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  // The offset at local midnight can differ from the one at UTC midnight only on a clock change, never at 00:00.
  return new Date(utcMidnight.getTime() - offsetMinutes(utcMidnight) * 60_000);
}

/** The Dutch calendar date `days` after (or before, when negative) the given one. */
export function addCalendarDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

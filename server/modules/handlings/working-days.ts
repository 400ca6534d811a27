// Made once: building an Intl formatter costs far more than formatting with it, and this runs for every report.
const weekdayInAmsterdam = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Amsterdam' });

/** Adds working days (Monday–Friday) in Dutch time; a deadline "within 1 working day" of a Friday is Monday. */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from.getTime());
  let added = 0;
  while (added < days) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = weekdayInAmsterdam.format(result);
    if (weekday !== 'Sat' && weekday !== 'Sun') added++;
  }
  return result;
}

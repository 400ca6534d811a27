/** Adds working days (Monday–Friday) in Dutch time; a deadline "within 1 working day" of a Friday is Monday. */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from.getTime());
  let added = 0;
  while (added < days) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Amsterdam' }).format(result);
    if (weekday !== 'Sat' && weekday !== 'Sun') added++;
  }
  return result;
}

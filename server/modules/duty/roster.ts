/** Duty arithmetic, pure: who is on duty at a moment, from a weekly pattern plus exceptions. */

export const HEARTBEAT_INTERVAL_SECONDS = 15;
/** Three missed heartbeats and a responder no longer counts as reachable. */
export const REACHABLE_WITHIN_SECONDS = 45;

export interface Shift {
  weekday: number;
  startMinute: number;
  endMinute: number;
}
export interface DutyException {
  startsAt: Date;
  endsAt: Date;
  onDuty: boolean;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday (1 = Monday) and minute of the day on the wall clock in the Netherlands. */
export function amsterdamClock(at: Date): { weekday: number; minute: number } {
  const parts = Object.fromEntries(amsterdam.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** An exception wins over the pattern; of two exceptions the one that started last wins. */
export function isOnDuty(at: Date, shifts: Shift[], exceptions: DutyException[]): boolean {
  const current = exceptions
    .filter((exception) => exception.startsAt <= at && at < exception.endsAt)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
  if (current) return current.onDuty;
  const clock = amsterdamClock(at);
  return shifts.some(
    (shift) => shift.weekday === clock.weekday && shift.startMinute <= clock.minute && clock.minute < shift.endMinute,
  );
}

export function isReachable(at: Date, lastHeartbeatAt: Date | null): boolean {
  return lastHeartbeatAt !== null && at.getTime() - lastHeartbeatAt.getTime() <= REACHABLE_WITHIN_SECONDS * 1000;
}

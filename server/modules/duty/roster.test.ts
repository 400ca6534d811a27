import { describe, expect, it } from 'vitest';
import { amsterdamClock, isOnDuty, isReachable } from './roster.js';

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 17 * 60 }));

describe('duty roster', () => {
  it('reads the Dutch wall clock, also across daylight saving time', () => {
    // Monday 23 November 2026 08:30 in Amsterdam is 07:30 UTC (winter time).
    expect(amsterdamClock(new Date('2026-11-23T07:30:00Z'))).toEqual({ weekday: 1, minute: 8 * 60 + 30 });
    // Monday 22 June 2026 08:30 in Amsterdam is 06:30 UTC (summer time).
    expect(amsterdamClock(new Date('2026-06-22T06:30:00Z'))).toEqual({ weekday: 1, minute: 8 * 60 + 30 });
    // Late Sunday evening UTC is already Monday in Amsterdam.
    expect(amsterdamClock(new Date('2026-11-22T23:30:00Z')).weekday).toBe(1);
  });

  it('follows the weekly pattern, end exclusive', () => {
    expect(isOnDuty(new Date('2026-11-23T07:00:00Z'), weekdays, [])).toBe(true); // Mon 08:00
    expect(isOnDuty(new Date('2026-11-23T06:59:00Z'), weekdays, [])).toBe(false); // Mon 07:59
    expect(isOnDuty(new Date('2026-11-23T16:00:00Z'), weekdays, [])).toBe(false); // Mon 17:00
    expect(isOnDuty(new Date('2026-11-28T10:00:00Z'), weekdays, [])).toBe(false); // Saturday
  });

  it('lets an exception override the pattern, the latest one winning', () => {
    const monday = new Date('2026-11-23T10:00:00Z');
    const sick = {
      startsAt: new Date('2026-11-23T00:00:00Z'),
      endsAt: new Date('2026-11-24T00:00:00Z'),
      onDuty: false,
    };
    expect(isOnDuty(monday, weekdays, [sick])).toBe(false);
    const standIn = {
      startsAt: new Date('2026-11-23T09:00:00Z'),
      endsAt: new Date('2026-11-23T12:00:00Z'),
      onDuty: true,
    };
    expect(isOnDuty(monday, weekdays, [sick, standIn])).toBe(true);
    const saturday = new Date('2026-11-28T10:00:00Z');
    expect(
      isOnDuty(saturday, weekdays, [{ ...standIn, startsAt: saturday, endsAt: new Date('2026-11-28T11:00:00Z') }]),
    ).toBe(true);
  });

  it('counts a responder reachable up to 45 seconds after the last heartbeat', () => {
    const now = new Date('2026-11-23T10:00:45Z');
    expect(isReachable(now, new Date('2026-11-23T10:00:00Z'))).toBe(true);
    expect(isReachable(now, new Date('2026-11-23T09:59:59Z'))).toBe(false);
    expect(isReachable(now, null)).toBe(false);
  });
});

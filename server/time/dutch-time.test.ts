import { describe, expect, it } from 'vitest';
import { addCalendarDays, dutchDate, startOfDutchDay } from './dutch-time.js';

describe('Dutch calendar days', () => {
  it('starts a winter day at 23:00 UTC the evening before and a summer day at 22:00 UTC', () => {
    expect(startOfDutchDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDutchDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('names the Dutch date of a late-evening UTC moment as the next day', () => {
    expect(dutchDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(dutchDate(new Date('2026-11-23T22:59:00Z'))).toBe('2026-11-23');
  });

  it('counts calendar days across months and years', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

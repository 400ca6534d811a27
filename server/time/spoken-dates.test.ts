import { describe, expect, it } from 'vitest';
import { appointmentMoment, clockTime, longDate, longDateTime } from './spoken-dates.js';

describe('spoken dates', () => {
  it('reads a calendar date as that day in the Netherlands, in both languages', () => {
    expect(longDate('2026-03-03')).toBe('3 maart 2026');
    expect(longDate('2026-03-03', 'en')).toBe('3 March 2026');
    expect(longDate('2026-12-31')).toBe('31 december 2026');
  });

  it('gives a moment its Dutch day and clock, winter and summer time alike', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(longDate(new Date('2025-12-31T23:30:00Z'))).toBe('1 januari 2026');
    expect(clockTime(new Date('2026-07-01T12:05:00Z'))).toBe('14:05');
    expect(longDateTime(new Date('2026-01-15T13:05:00Z'))).toBe('15 januari 2026 om 14:05');
    expect(longDateTime(new Date('2026-01-15T13:05:00Z'), 'en')).toBe('15 January 2026 at 14:05');
  });

  it('names the weekday of an appointment', () => {
    expect(appointmentMoment(new Date('2026-03-02T08:30:00Z'))).toBe('maandag 2 maart 2026 om 09:30 uur');
    expect(appointmentMoment(new Date('2026-03-02T08:30:00Z'), 'en')).toBe('Monday, 2 March 2026 at 09:30');
  });
});

import { describe, expect, it } from 'vitest';
import { addCalendarMonths, daysBetween } from './dates.js';

describe('addCalendarMonths', () => {
  it('adds three months, across a year and onto a shorter month', () => {
    expect(addCalendarMonths('2026-03-15', 3)).toBe('2026-06-15');
    expect(addCalendarMonths('2026-11-23', 3)).toBe('2027-02-23');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2026-03-20', '2026-04-03')).toBe(14);
  });
});

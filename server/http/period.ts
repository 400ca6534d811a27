import { z } from 'zod';
import { addCalendarDays, dutchDate, startOfDutchDay } from '../time/dutch-time.js';
import { ProblemError } from './problem.js';

/** `from` and `to` as Dutch calendar dates (YYYY-MM-DD), both inclusive; either may be left out. */
export const periodQuery = {
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};

export interface Period {
  from: string;
  to: string;
  /** The moment `from` begins in the Netherlands. */
  start: Date;
  /** The moment after `to` ends: the period is [start, endExclusive). */
  endExclusive: Date;
}

/**
 * The period a screen asks for: up to today and `defaultDays` long unless given; a reversed period, or one longer
 * than `maxDays`, is a 400 in the user's language.
 */
export function periodOf(query: { from?: string; to?: string }, defaultDays: number, maxDays?: number): Period {
  const to = query.to ?? dutchDate();
  const from = query.from ?? addCalendarDays(to, -(defaultDays - 1));
  if (from > to) throw new ProblemError(400, 'period_invalid');
  const start = startOfDutchDay(from);
  const endExclusive = startOfDutchDay(addCalendarDays(to, 1));
  if (maxDays !== undefined && startOfDutchDay(to).getTime() - start.getTime() > maxDays * 86_400_000)
    throw new ProblemError(400, 'period_too_long');
  return { from, to, start, endExclusive };
}

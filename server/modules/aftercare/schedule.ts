import { addCalendarDays } from '../../time/dutch-time.js';
import type { AftercareMoment } from './tables.js';

/** Pure data shared with the web client: the vocabulary of aftercare. */
export const REFERRALS = ['company_doctor', 'hr', 'confidant', 'victim_support'] as const;
export type Referral = (typeof REFERRALS)[number];
/** Referrals HR arranges; the confidential counsellor is reached without HR in between. */
export const HR_REFERRALS: readonly Referral[] = ['company_doctor', 'hr', 'victim_support'];
export const PERSON_ROLES = ['employee', 'involved', 'witness'] as const;
export const PROTOCOL_FOLLOWED = ['yes', 'partly', 'no'] as const;
export const PROPOSAL_STATUSES = ['new', 'under_consideration', 'adopted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_TRANSITIONS: Record<ProposalStatus, readonly ProposalStatus[]> = {
  new: ['under_consideration', 'adopted', 'rejected'],
  under_consideration: ['adopted', 'rejected'],
  adopted: [],
  rejected: [],
};

/**
 * The default schedule (Veilige Publieke Dienstverlening): the first conversation within 72 hours (by the end of
 * the third calendar day after the incident), then after about 2 weeks and after 6–8 weeks.
 */
export const DEFAULT_SCHEDULE: AftercareMoment[] = [
  { fromDay: 0, dueDay: 3 },
  { fromDay: 14, dueDay: 17 },
  { fromDay: 42, dueDay: 56 },
];

/** A conversation the person asks for is due within this many calendar days. */
export const REQUESTED_DUE_DAYS = 2;

export interface PlannedCheckin {
  sequence: number;
  opensOn: string;
  dueOn: string;
}

/**
 * The check-in dates for one person, in Dutch calendar days. Moments count from the day of the incident; a moment
 * already past when the report arrives (a late report) counts from the day it arrived instead, so nobody's first
 * conversation is overdue the moment it is made. When the employee asked for aftercare in the report, the first
 * conversation is due the next day.
 */
export function planCheckins(
  schedule: readonly AftercareMoment[],
  incidentDay: string,
  reportDay: string,
  wantsAftercareNow: boolean,
): PlannedCheckin[] {
  return schedule.map((moment, index) => {
    const dueDay = index === 0 && wantsAftercareNow ? Math.min(moment.dueDay, 1) : moment.dueDay;
    const fromDay = Math.min(moment.fromDay, dueDay);
    const base = addCalendarDays(incidentDay, dueDay) < reportDay ? reportDay : incidentDay;
    return { sequence: index + 1, opensOn: addCalendarDays(base, fromDay), dueOn: addCalendarDays(base, dueDay) };
  });
}

/** Inclusive number of calendar days from one date to another. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The rules of client measures as pure functions: which kinds exist, which need the director's approval, and
 * whether a measure is active on a given day. Pure data and functions: the web client imports this file too.
 */
export const MEASURE_KINDS = [
  'verbal_warning',
  'written_warning',
  'yellow_card',
  'red_card',
  'contact_restriction',
  'access_ban',
  'police_report',
  'civil_letter',
  'no_measure',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Contact restriction kinds (issue 7): only by phone, only with one named contact, only by appointment, only in writing. */
export const RESTRICTIONS = ['phone_only', 'one_contact', 'appointment_only', 'writing_only'] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

/** Measures that keep applying for a period, and so can be active, end and be reviewed. */
export const LASTING_KINDS: readonly MeasureKind[] = ['yellow_card', 'red_card', 'contact_restriction', 'access_ban'];

/**
 * Heavy measures need the director's approval before they apply (seed 003: the director decides):
 * an access ban always, a police report when the employer files it.
 */
export function needsApproval(kind: MeasureKind, details: { onBehalfOfEmployer?: boolean }): boolean {
  return kind === 'access_ban' || (kind === 'police_report' && details.onBehalfOfEmployer === true);
}

export interface MeasureDates {
  status: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  endedAt: Date | string | null;
}

/**
 * Whether a measure applies on `today` (YYYY-MM-DD, Dutch date): decided (approved where needed), started,
 * not past its end date and not ended early at a review. Computed each time, so it cannot be forgotten.
 */
export function isActive(measure: MeasureDates, today: string): boolean {
  if (measure.status !== 'decided' || measure.endedAt !== null) return false;
  if (!(LASTING_KINDS as readonly string[]).includes(measure.kind)) return false;
  if (measure.startsOn > today) return false;
  return measure.endsOn === null || measure.endsOn >= today;
}

export { dutchDate } from '../../time/dutch-time.js';

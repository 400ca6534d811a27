/** Words of the confidential route (PSA, seed 001). Pure data: the web client imports this file too. */
export const CONFIDENTIAL_CATEGORIES = [
  'bullying',
  'discrimination',
  'sexual_intimidation',
  'aggression',
  'other',
] as const;
export const CONFIDENTIAL_WISHES = ['listen', 'advice', 'mediation', 'formal_complaint', 'unsure'] as const;
export const CONFIDENTIAL_STATUSES = ['new', 'in_conversation', 'closed'] as const;
export type ConfidentialStatus = (typeof CONFIDENTIAL_STATUSES)[number];

/** The follow-up code: 20 characters without look-alikes (0/O, 1/I/L), shown in groups of four. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 20;

/** Spaces, dashes and lower case are forgiven when the code is typed back. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** The roles of DOMAIN.md. A user can hold several. Pure data: the web client imports it too. */
export const ROLES = [
  'employee',
  'responder',
  'manager',
  'director',
  'safety_officer',
  'hr',
  'confidant',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Roles that see sensitive personal data (client measures, confidential reports, aftercare, the audit log): when
 * the organisation requires it, they sign in with a second factor.
 */
export const SENSITIVE_DATA_ROLES: readonly Role[] = [
  'manager',
  'director',
  'safety_officer',
  'hr',
  'confidant',
  'admin',
];

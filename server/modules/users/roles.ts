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

import { expect } from 'vitest';
import type { ZodApp } from '../../app-context.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import type { Role } from '../users/roles.js';

const TEMPORARY = 'Tijdelijk-wachtwoord-1';
const OWN = 'Eigen-wachtwoord-2026!';

/** Creates a user through the admin API, lets them choose their password, and returns their session. */
export async function createUser(
  app: ZodApp,
  input: { email: string; name: string; roles: Role[]; departmentId?: string | null; officeId?: string | null },
): Promise<Caller & { id: string }> {
  const admin = await loginAs(app, demoEmailFor('admin'));
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: as(admin),
    payload: { ...input, temporaryPassword: TEMPORARY },
  });
  expect(created.statusCode, created.body).toBe(201);
  const caller = await loginAs(app, input.email, TEMPORARY);
  const changed = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    headers: as(caller),
    payload: { currentPassword: TEMPORARY, newPassword: OWN },
  });
  expect(changed.statusCode, changed.body).toBe(204);
  return { ...caller, id: created.json().id as string };
}

/** The demo organisation's units by name. */
export async function orgUnits(app: ZodApp, caller: Caller) {
  const org = (await app.inject({ method: 'GET', url: '/api/v1/org', headers: as(caller) })).json() as {
    offices: { id: string; name: string }[];
    departments: { id: string; name: string }[];
  };
  const office = (name: string) => org.offices.find((unit) => unit.name === name)?.id as string;
  const department = (name: string) => org.departments.find((unit) => unit.name === name)?.id as string;
  return { office, department };
}

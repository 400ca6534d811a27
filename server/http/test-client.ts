import type { ZodApp } from '../app-context.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../modules/demo/credentials.js';
import type { Role } from '../modules/users/roles.js';

export interface Caller {
  cookie: string;
  csrfToken: string;
}

/** Logs in through the real login route and returns what a browser would hold afterwards. */
export async function loginAs(app: ZodApp, email: string, password = DEMO_PASSWORD): Promise<Caller> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'regie_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `regie_session=${cookie.value}`, csrfToken: (response.json() as { csrfToken: string }).csrfToken };
}

/** The demo account that holds the role (the first one listed for it). */
export function demoEmailFor(role: Role): string {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.roles.includes(role));
  if (!account) throw new Error(`no demo account for ${role}`);
  return account.email;
}

/** Headers of an authenticated request, with the CSRF token that writes need. */
export function as(caller: Caller): Record<string, string> {
  return { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken };
}

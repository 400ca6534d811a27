import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, demoEmailFor } from '../../http/test-client.js';
import { auditRows, countRows, postLogin, rows, signIn } from '../../http/test-helpers.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { createFirstAdmin } from '../users/bootstrap.js';

// Production mode behind an HTTPS-terminating proxy.
let t: TestContext;
const ADMIN_EMAIL = 'it-beheer@wonenzuid.example';
const TEMPORARY = 'Eerste-beheerder-2026';

beforeAll(async () => {
  t = await createTestContext({ config: { production: true, trustProxy: true } });
  await createFirstAdmin(t.ctx.db, { email: ADMIN_EMAIL, name: 'IT-beheer', temporaryPassword: TEMPORARY });
});
afterAll(() => t.close());

describe('production mode', () => {
  it('refuses every demo account with 403 demo_password_refused and opens no session', async () => {
    const sessions = await countRows(t, 'sessions');
    for (const role of ['admin', 'employee'] as const) {
      const response = await postLogin(t.app, demoEmailFor(role), DEMO_PASSWORD, `198.51.100.${role.length}`);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('demo_password_refused');
      expect(response.cookies).toEqual([]);
    }
    expect(await countRows(t, 'sessions')).toBe(sessions);
    expect(await auditRows(t, 'auth.login')).toEqual([]);
  });

  it('lets a real account in, with a Secure cookie over HTTPS, and never accepts the demo password as new one', async () => {
    const login = await postLogin(t.app, ADMIN_EMAIL, TEMPORARY, '198.51.100.20', { 'x-forwarded-proto': 'https' });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ email: ADMIN_EMAIL, roles: ['admin'], mustChangePassword: true });
    const header = [login.headers['set-cookie']].flat().find((value) => value?.startsWith('regie_session='));
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);

    const caller = await signIn(t.app, ADMIN_EMAIL, TEMPORARY, '198.51.100.21');
    const toDemo = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(caller),
      payload: { currentPassword: TEMPORARY, newPassword: DEMO_PASSWORD },
    });
    expect(toDemo.statusCode).toBe(400);
    expect(toDemo.json().code).toBe('demo_password_refused');

    const chosen = 'Productie-wachtwoord-2026';
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(caller),
      payload: { currentPassword: TEMPORARY, newPassword: chosen },
    });
    expect(changed.statusCode).toBe(204);

    // An admin cannot hand out the demo password either.
    const [demoUser] = await rows<{ id: string }>(t, sql`select id from users where email = ${demoEmailFor('hr')}`);
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${demoUser?.id}/reset-password`,
      headers: as(caller),
      payload: { temporaryPassword: DEMO_PASSWORD },
    });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().code).toBe('demo_password_refused');

    // After a reset to a real password, a former demo account is an ordinary account.
    const realReset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${demoUser?.id}/reset-password`,
      headers: as(caller),
      payload: { temporaryPassword: 'Nieuw-voor-HR-2026' },
    });
    expect(realReset.statusCode).toBe(200);
    const hr = await postLogin(t.app, demoEmailFor('hr'), 'Nieuw-voor-HR-2026', '198.51.100.22');
    expect(hr.statusCode).toBe(200);
    expect(hr.json().user.mustChangePassword).toBe(true);
  });
});

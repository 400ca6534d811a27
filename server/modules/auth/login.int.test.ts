import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, demoEmailFor, loginAs } from '../../http/test-client.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('login', () => {
  it('signs in with the demo password and returns the user with roles', async () => {
    const caller = await loginAs(t.app, demoEmailFor('manager'));
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(caller) });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.roles).toEqual(['manager', 'responder']);
  });

  it('refuses a wrong password with a Dutch problem', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: demoEmailFor('hr'), password: 'wrong password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'invalid_credentials',
      title: 'Het e-mailadres of het wachtwoord klopt niet.',
    });
  });
});

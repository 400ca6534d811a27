import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows } from '../../http/test-helpers.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { currentTotpCode } from './totp.js';

let t: TestContext;
let admin: Caller;
let ipCounter = 0;
/** Code attempts are rate limited per IP; every attempt here comes from its own address. */
function nextIp(): string {
  ipCounter++;
  return `198.51.100.${ipCounter}`;
}

beforeAll(async () => {
  t = await createTestContext();
  admin = await loginAs(t.app, demoEmailFor('admin'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), remoteAddress: nextIp(), ...(payload ? { payload } : {}) });
}

async function login(email: string, password = DEMO_PASSWORD) {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'regie_session')?.value;
  const caller: Caller = { cookie: `regie_session=${cookie}`, csrfToken: response.json().csrfToken };
  return { caller, user: response.json().user };
}

async function createUser(email: string, roles: string[]): Promise<{ id: string; caller: Caller }> {
  const created = await call(admin, 'POST', '/api/v1/users', {
    email,
    name: email.split('@')[0],
    roles,
    temporaryPassword: 'Tijdelijk-wachtwoord-1',
  });
  expect(created.statusCode, created.body).toBe(201);
  const first = await login(email, 'Tijdelijk-wachtwoord-1');
  const changed = await call(first.caller, 'POST', '/api/v1/auth/password', {
    currentPassword: 'Tijdelijk-wachtwoord-1',
    newPassword: 'Eigen-wachtwoord-2026',
  });
  expect(changed.statusCode, changed.body).toBe(204);
  return { id: created.json().id, caller: first.caller };
}

/** Sets up TOTP for a signed-in caller; returns the secret and the recovery codes. */
async function enrol(caller: Caller): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await call(caller, 'POST', '/api/v1/auth/totp/setup');
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret, uri, qrSvg } = setup.json();
  expect(uri).toContain(`secret=${secret}`);
  expect(qrSvg).toMatch(/^<svg/);
  const enabled = await call(caller, 'POST', '/api/v1/auth/totp/enable', { code: currentTotpCode(secret) });
  expect(enabled.statusCode, enabled.body).toBe(200);
  return { secret, recoveryCodes: enabled.json().recoveryCodes };
}

const nextStepCode = (secret: string) => currentTotpCode(secret, Date.now() + 30_000);

describe('two-step verification with an authenticator app', () => {
  it('is set up with a code from the app; then signing in asks for a fresh code, and a used code never works twice', async () => {
    const { id, caller } = await createUser('twee.staps@wonenzuid.example', ['employee']);
    expect((await call(caller, 'GET', '/api/v1/auth/totp')).json()).toMatchObject({ enabled: false, required: false });
    const setup = (await call(caller, 'POST', '/api/v1/auth/totp/setup')).json();
    const wrong = await call(caller, 'POST', '/api/v1/auth/totp/enable', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('second_factor_invalid');
    const usedCode = currentTotpCode(setup.secret);
    const enabled = await call(caller, 'POST', '/api/v1/auth/totp/enable', { code: usedCode });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json().recoveryCodes).toHaveLength(10);
    const [audit] = await auditRows(t, 'auth.totp_enabled', id);
    expect(audit?.changes).toEqual({ totpSecret: { changed: true } });
    expect(JSON.stringify(audit)).not.toContain(setup.secret);
    expect((await call(caller, 'GET', '/api/v1/auth/totp')).json()).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    const pending = await login('twee.staps@wonenzuid.example', 'Eigen-wachtwoord-2026');
    expect(pending.user.secondFactor).toBe('verify');
    const home = await call(pending.caller, 'GET', '/api/v1/home');
    expect(home.statusCode).toBe(403);
    expect(home.json().code).toBe('second_factor_required');
    const replay = await call(pending.caller, 'POST', '/api/v1/auth/second-factor', { code: usedCode });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('second_factor_invalid');
    const verified = await call(pending.caller, 'POST', '/api/v1/auth/second-factor', {
      code: nextStepCode(setup.secret),
    });
    expect(verified.statusCode, verified.body).toBe(204);
    expect((await call(pending.caller, 'GET', '/api/v1/home')).statusCode).toBe(200);
    const session = (await call(pending.caller, 'GET', '/api/v1/auth/session')).json();
    expect(session.user.secondFactor).toBe('ok');
    const logins = await auditRows(t, 'auth.login', id);
    expect(logins.at(-1)?.changes).toMatchObject({ secondFactor: 'totp' });
  });

  it('accepts each recovery code once, written in any case and with or without the dash', async () => {
    const { caller } = await createUser('herstel.code@wonenzuid.example', ['employee']);
    const { recoveryCodes } = await enrol(caller);
    const code = recoveryCodes[3] as string;
    const first = await login('herstel.code@wonenzuid.example', 'Eigen-wachtwoord-2026');
    const typed = code.toLowerCase().replace('-', ' ');
    expect((await call(first.caller, 'POST', '/api/v1/auth/second-factor', { code: typed })).statusCode).toBe(204);
    const second = await login('herstel.code@wonenzuid.example', 'Eigen-wachtwoord-2026');
    const again = await call(second.caller, 'POST', '/api/v1/auth/second-factor', { code });
    expect(again.statusCode).toBe(401);
    expect((await call(first.caller, 'GET', '/api/v1/auth/totp')).json().recoveryCodesLeft).toBe(9);
  });

  it('locks the account after five wrong codes and ends the half-open session', async () => {
    const { caller } = await createUser('raden.code@wonenzuid.example', ['employee']);
    await enrol(caller);
    const pending = await login('raden.code@wonenzuid.example', 'Eigen-wachtwoord-2026');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await call(pending.caller, 'POST', '/api/v1/auth/second-factor', { code: '123456' })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect((await call(pending.caller, 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'raden.code@wonenzuid.example', password: 'Eigen-wachtwoord-2026' },
      remoteAddress: nextIp(),
    });
    expect(locked.statusCode).toBe(423);
  });

  it('refuses wrong input with a clear problem and changes nothing', async () => {
    const { caller } = await createUser('slechte.invoer@wonenzuid.example', ['employee']);
    const notStarted = await call(caller, 'POST', '/api/v1/auth/totp/enable', { code: '123456' });
    expect(notStarted.statusCode).toBe(409);
    expect(notStarted.json().code).toBe('totp_setup_not_started');
    for (const payload of [{}, { code: '' }, { code: 'x'.repeat(40) }, { code: '123456', extra: 1 }]) {
      const response = await call(caller, 'POST', '/api/v1/auth/totp/enable', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const notOn = await call(caller, 'POST', '/api/v1/auth/second-factor', { code: '123456' });
    expect(notOn.statusCode).toBe(409);
    expect(notOn.json().code).toBe('totp_not_enabled');
    expect((await call(caller, 'GET', '/api/v1/auth/totp')).json().enabled).toBe(false);
  });

  it('is switched off with password and code where the organisation does not require it', async () => {
    const { caller } = await createUser('uitzetten@wonenzuid.example', ['employee']);
    const { secret } = await enrol(caller);
    const wrongPassword = await call(caller, 'POST', '/api/v1/auth/totp/disable', {
      password: 'fout',
      code: nextStepCode(secret),
    });
    expect(wrongPassword.json().code).toBe('current_password_wrong');
    const off = await call(caller, 'POST', '/api/v1/auth/totp/disable', {
      password: 'Eigen-wachtwoord-2026',
      code: nextStepCode(secret),
    });
    expect(off.statusCode, off.body).toBe(204);
    expect((await login('uitzetten@wonenzuid.example', 'Eigen-wachtwoord-2026')).user.secondFactor).toBe('ok');
  });
});

describe('when the organisation requires a second factor', () => {
  it('sends sensitive roles to set-up first, lets employees be, and lets the admin reset a lost phone', async () => {
    // The admin who switches it on is one of those roles: set up first, or the next request asks for it.
    await enrol(admin);
    const switched = await call(admin, 'PATCH', '/api/v1/org', { twoFactorRequired: true });
    expect(switched.statusCode, switched.body).toBe(204);
    const [audit] = await auditRows(t, 'organisation.updated', '1');
    expect(audit?.changes).toMatchObject({ twoFactorRequired: { from: false, to: true } });

    const manager = await login(demoEmailFor('manager'));
    expect(manager.user.secondFactor).toBe('setup');
    const tasks = await call(manager.caller, 'GET', '/api/v1/tasks');
    expect(tasks.statusCode).toBe(403);
    expect(tasks.json().code).toBe('second_factor_setup_required');
    expect((await call(manager.caller, 'GET', '/api/v1/auth/totp')).json()).toMatchObject({ required: true });
    const { secret } = await enrol(manager.caller);
    expect((await call(manager.caller, 'GET', '/api/v1/tasks')).statusCode).toBe(200);
    const refused = await call(manager.caller, 'POST', '/api/v1/auth/totp/disable', {
      password: DEMO_PASSWORD,
      code: nextStepCode(secret),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('totp_required');

    const employee = await login(demoEmailFor('employee'));
    expect(employee.user.secondFactor).toBe('ok');

    const managerId = (await call(manager.caller, 'GET', '/api/v1/auth/session')).json().user.id;
    expect((await call(admin, 'POST', `/api/v1/users/${managerId}/totp/reset`)).statusCode).toBe(204);
    expect((await call(manager.caller, 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await login(demoEmailFor('manager'))).user.secondFactor).toBe('setup');
    expect(await auditRows(t, 'user.totp_reset', managerId)).toHaveLength(1);

    expect((await call(admin, 'PATCH', '/api/v1/org', { twoFactorRequired: false })).statusCode).toBe(204);
  });
});

describe('sessions', () => {
  it('shows a user their sessions and lets them end another device; the admin ends them all', async () => {
    const { id } = await createUser('twee.apparaten@wonenzuid.example', ['employee']);
    const phone = (await login('twee.apparaten@wonenzuid.example', 'Eigen-wachtwoord-2026')).caller;
    const laptop = (await login('twee.apparaten@wonenzuid.example', 'Eigen-wachtwoord-2026')).caller;
    const list = (await call(laptop, 'GET', '/api/v1/auth/sessions')).json().sessions;
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phoneSession = (await call(phone, 'GET', '/api/v1/auth/sessions'))
      .json()
      .sessions.find((s: { current: boolean }) => s.current);
    expect((await call(laptop, 'DELETE', `/api/v1/auth/sessions/${phoneSession.id}`)).statusCode).toBe(204);
    expect((await call(phone, 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await call(laptop, 'GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await call(laptop, 'DELETE', `/api/v1/auth/sessions/${phoneSession.id}`)).statusCode).toBe(404);

    // Someone else's session is not theirs to end, and it is not revealed that it exists.
    const adminSession = (await call(admin, 'GET', '/api/v1/auth/sessions')).json().sessions[0];
    expect((await call(laptop, 'DELETE', `/api/v1/auth/sessions/${adminSession.id}`)).statusCode).toBe(404);
    expect((await call(admin, 'GET', '/api/v1/auth/session')).statusCode).toBe(200);

    const seen = (await call(admin, 'GET', `/api/v1/users/${id}/sessions`)).json().sessions;
    expect(seen.length).toBeGreaterThanOrEqual(1);
    const revoked = await call(admin, 'POST', `/api/v1/users/${id}/sessions/revoke`);
    expect(revoked.json().ended).toBe(seen.length);
    expect((await call(laptop, 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect(await auditRows(t, 'user.sessions_revoked', id)).toHaveLength(1);
  });
});

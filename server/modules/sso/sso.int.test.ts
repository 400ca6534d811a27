import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows, postLogin, rows } from '../../http/test-helpers.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { startTestProvider, type TestProvider } from './test-provider.js';

const PUBLIC_URL = 'http://regie.test';
const SECRET_KEY = Buffer.alloc(32, 7);
let t: TestContext;
let provider: TestProvider;
let admin: Caller;
let departmentId: string;

beforeAll(async () => {
  t = await createTestContext({ config: { publicUrl: PUBLIC_URL, publicUrlConfigured: true, secretKey: SECRET_KEY } });
  provider = await startTestProvider({
    redirectUri: `${PUBLIC_URL}/api/v1/auth/sso/callback`,
    accounts: [
      {
        sub: 'u-fatima',
        email: 'fatima.elamrani@wonenzuid.test',
        name: 'Fatima El Amrani',
        groups: ['regie-medewerkers'],
      },
      { sub: 'u-bram', email: 'bram.dekker@wonenzuid.test', name: 'Bram Dekker', groups: ['regie-leiding'] },
      {
        sub: 'u-mfa',
        email: 'lotte.mfa@wonenzuid.test',
        name: 'Lotte Mulder',
        groups: ['regie-leiding'],
        amr: ['pwd', 'mfa'],
      },
      { sub: 'u-none', email: 'gast@wonenzuid.test', name: 'Gast', groups: ['iets-anders'] },
      {
        sub: 'u-sanne',
        email: demoEmailFor('employee'),
        email_verified: true,
        name: 'Sanne',
        groups: ['regie-medewerkers'],
      },
    ],
  });
  admin = await loginAs(t.app, demoEmailFor('admin'));
  const [department] = await rows<{ id: string }>(t, sql`select id from departments where name = 'Klantcontact'`);
  departmentId = department?.id ?? '';
});
afterAll(async () => {
  await provider?.close();
  await t?.close();
});

function settings(overrides: Record<string, unknown> = {}) {
  return {
    enabled: true,
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    scopes: 'openid email profile',
    roleClaim: 'groups',
    roleMapping: [
      { value: 'regie-medewerkers', role: 'employee' },
      { value: 'regie-leiding', role: 'manager' },
      { value: 'regie-leiding', role: 'employee' },
    ],
    defaultRole: null,
    defaultOfficeId: null,
    defaultDepartmentId: departmentId,
    passwordLoginEnabled: true,
    ssoEnforcesTwoFactor: false,
    ...overrides,
  };
}

async function configure(overrides: Record<string, unknown> = {}) {
  const response = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/sso/settings',
    headers: as(admin),
    payload: settings(overrides),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The browser's way through the provider: start at Regie, follow the provider's redirects, stop at the callback. */
async function throughProvider(sub: string): Promise<{ callback: URL; state: string }> {
  provider.signInAs(sub);
  const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sso/start' });
  expect(start.statusCode, start.body).toBe(302);
  const state = start.cookies.find((cookie) => cookie.name === 'regie_sso_state');
  expect(state?.httpOnly).toBe(true);
  let url = String(start.headers.location);
  const authorize = new URL(url);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  expect(authorize.searchParams.get('state')).toBe(state?.value);
  const jar = new Map<string, string>();
  for (let hop = 0; hop < 12 && url.startsWith(provider.issuer); hop += 1) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', ...value] = pair.split('=');
      jar.set(name, value.join('='));
    }
    await response.arrayBuffer();
    const location = response.headers.get('location');
    if (!location) throw new Error(`provider stopped at ${url}: ${response.status}`);
    url = new URL(location, url).href;
  }
  expect(url.startsWith(`${PUBLIC_URL}/api/v1/auth/sso/callback?`)).toBe(true);
  return { callback: new URL(url), state: state?.value ?? '' };
}

function callback(target: URL, state: string | undefined): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'GET',
    url: `${target.pathname}${target.search}`,
    ...(state === undefined ? {} : { cookies: { regie_sso_state: state } }),
  });
}

async function ssoSignIn(sub: string) {
  const { callback: target, state } = await throughProvider(sub);
  return callback(target, state);
}

async function sessionOf(response: LightMyRequestResponse) {
  const cookie = response.cookies.find((c) => c.name === 'regie_session');
  if (!cookie) return null;
  const session = await t.app.inject({
    method: 'GET',
    url: '/api/v1/auth/session',
    headers: { cookie: `regie_session=${cookie.value}` },
  });
  expect(session.statusCode, session.body).toBe(200);
  return session.json() as {
    user: { email: string; name: string; roles: string[]; secondFactor: string; departmentId: string };
  };
}

describe('SSO settings', () => {
  it('are the admin’s alone', async () => {
    const employee = await loginAs(t.app, demoEmailFor('employee'));
    const safety = await loginAs(t.app, demoEmailFor('safety_officer'));
    for (const caller of [employee, safety]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/sso/settings', headers: as(caller) })).statusCode).toBe(
        403,
      );
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/sso/settings',
        headers: as(caller),
        payload: settings(),
      });
      expect(put.statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sso/settings' })).statusCode).toBe(401);
  });

  it('never return the client secret, store it encrypted and audit only that it changed', async () => {
    const saved = await configure();
    expect(saved.hasClientSecret).toBe(true);
    expect(JSON.stringify(saved)).not.toContain(provider.clientSecret);
    expect(saved.redirectUri).toBe(`${PUBLIC_URL}/api/v1/auth/sso/callback`);
    const [stored] = await rows<{ client_secret: string }>(t, sql`select client_secret from sso_settings`);
    expect(stored?.client_secret.startsWith('v1:')).toBe(true);
    expect(stored?.client_secret).not.toContain(provider.clientSecret);
    const audit = await auditRows(t, 'sso.settings_updated');
    expect(JSON.stringify(audit)).not.toContain(provider.clientSecret);
    // Saving without a secret keeps the stored one.
    const { clientSecret: _omitted, ...withoutSecret } = settings();
    const again = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/settings',
      headers: as(admin),
      payload: withoutSecret,
    });
    expect(again.json().hasClientSecret).toBe(true);
  });

  it('refuse bad input and leave the settings as they were', async () => {
    await configure();
    const cases: [Record<string, unknown>, string][] = [
      [{ issuer: 'http://idp.example.com' }, 'sso_issuer_not_https'],
      [{ issuer: '' }, 'sso_incomplete'],
      [{ enabled: false, passwordLoginEnabled: false }, 'sso_password_login_needed'],
      [{ roleMapping: [], defaultRole: null }, 'sso_no_roles_configured'],
      [{ roleMapping: [{ value: 'x', role: 'superuser' }] }, 'validation_failed'],
      [{ scopes: 'email profile' }, 'validation_failed'],
      [{ defaultDepartmentId: '00000000-0000-4000-8000-000000000000' }, 'unknown_reference'],
      [{ extra: true }, 'validation_failed'],
      [{ issuer: 'javascript:alert(1)' }, 'validation_failed'],
    ];
    for (const [overrides, code] of cases) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/sso/settings',
        headers: as(admin),
        payload: settings(overrides),
      });
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.json().code).toBe(code);
    }
    const current = await t.app.inject({ method: 'GET', url: '/api/v1/sso/settings', headers: as(admin) });
    expect(current.json().issuer).toBe(provider.issuer);
  });
});

describe('signing in through the provider', () => {
  beforeEach(async () => {
    await configure();
    await t.ctx.db.execute(sql`update organisation set two_factor_required = false`);
  });

  it('shows the login button only when configured', async () => {
    const status = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sso' });
    expect(status.json()).toEqual({ enabled: true, passwordLoginEnabled: true });
  });

  it('creates the user on first sign-in with the mapped roles and default department', async () => {
    const response = await ssoSignIn('u-fatima');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    const session = await sessionOf(response);
    expect(session?.user).toMatchObject({
      email: 'fatima.elamrani@wonenzuid.test',
      name: 'Fatima El Amrani',
      roles: ['employee'],
      departmentId,
      secondFactor: 'ok',
    });
    const [identity] = await rows<{ user_id: string }>(
      t,
      sql`select user_id from sso_identities where subject = 'u-fatima'`,
    );
    expect((await auditRows(t, 'user.created_by_sso', identity?.user_id)).length).toBe(1);
    const logins = await auditRows(t, 'auth.login', identity?.user_id);
    expect(logins.at(-1)?.changes).toMatchObject({ method: 'sso', providerMfa: false });
    // A second sign-in finds the same account instead of creating another.
    await sessionOf(await ssoSignIn('u-fatima'));
    const [count] = await rows<{ n: number }>(
      t,
      sql`select count(*)::int as n from users where email = 'fatima.elamrani@wonenzuid.test'`,
    );
    expect(count?.n).toBe(1);
  });

  it('updates roles from the mapping on every sign-in', async () => {
    const first = await sessionOf(await ssoSignIn('u-bram'));
    expect(first?.user.roles).toEqual(['employee', 'manager']);
    provider.accounts.set('u-bram', {
      ...(provider.accounts.get('u-bram') ?? { sub: 'u-bram' }),
      groups: ['regie-medewerkers'],
    });
    const second = await sessionOf(await ssoSignIn('u-bram'));
    expect(second?.user.roles).toEqual(['employee']);
    const [row] = await rows<{ id: string }>(t, sql`select id from users where email = 'bram.dekker@wonenzuid.test'`);
    const synced = await auditRows(t, 'user.roles_from_sso', row?.id);
    expect(synced.at(-1)?.changes).toEqual({ roles: { from: ['employee', 'manager'], to: ['employee'] } });
  });

  it('links an existing account by its verified e-mail address', async () => {
    const session = await sessionOf(await ssoSignIn('u-sanne'));
    expect(session?.user.email).toBe(demoEmailFor('employee'));
    expect(session?.user.name).toBe('Sanne de Vries');
  });

  it('refuses someone the mapping gives no role', async () => {
    const response = await ssoSignIn('u-none');
    expect(response.headers.location).toBe('/login?sso=sso_no_role');
    expect(response.cookies.find((c) => c.name === 'regie_session')).toBeUndefined();
    const [user] = await rows<{ n: number }>(
      t,
      sql`select count(*)::int as n from users where email = 'gast@wonenzuid.test'`,
    );
    expect(user?.n).toBe(0);
  });

  it('refuses a callback whose state is not this browser’s, and a callback used twice', async () => {
    const { callback: target, state } = await throughProvider('u-fatima');
    const forged = await callback(target, 'another-browsers-state');
    expect(forged.headers.location).toBe('/login?sso=sso_state_invalid');
    expect(forged.cookies.find((c) => c.name === 'regie_session')).toBeUndefined();
    const noCookie = await callback(target, undefined);
    expect(noCookie.headers.location).toBe('/login?sso=sso_state_invalid');
    // The forged attempts failed before touching the real one, which still works once.
    const real = await callback(target, state);
    expect((await sessionOf(real))?.user.email).toBe('fatima.elamrani@wonenzuid.test');
    const replay = await callback(target, state);
    expect(replay.headers.location).toBe('/login?sso=sso_state_invalid');
    expect((await auditRows(t, 'auth.sso_failed')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const { callback: target, state } = await throughProvider('u-fatima');
    await t.ctx.db.execute(
      sql`update sso_login_attempts set nonce = 'not-the-nonce-that-was-sent' where state = ${state}`,
    );
    const response = await callback(target, state);
    expect(response.headers.location).toBe('/login?sso=sso_failed');
    expect(response.cookies.find((c) => c.name === 'regie_session')).toBeUndefined();
  });

  it('refuses a code exchange without the right PKCE verifier', async () => {
    const { callback: target, state } = await throughProvider('u-fatima');
    await t.ctx.db.execute(
      sql`update sso_login_attempts set code_verifier = 'a-verifier-that-was-never-sent-aaaaaaaaaaaaaaaaaa' where state = ${state}`,
    );
    expect((await callback(target, state)).headers.location).toBe('/login?sso=sso_failed');
  });
});

describe('two-step verification with SSO', () => {
  /** The admin (without an authenticator app in the demo) configures first; then the organisation requires it. */
  async function configureThenRequire(overrides: Record<string, unknown>) {
    await t.ctx.db.execute(sql`update organisation set two_factor_required = false`);
    await configure(overrides);
    await t.ctx.db.execute(sql`update organisation set two_factor_required = true`);
  }

  it('counts the provider’s MFA only when the admin said so', async () => {
    await configureThenRequire({ ssoEnforcesTwoFactor: false });
    expect((await sessionOf(await ssoSignIn('u-mfa')))?.user.secondFactor).toBe('setup');
    await configureThenRequire({ ssoEnforcesTwoFactor: true });
    expect((await sessionOf(await ssoSignIn('u-mfa')))?.user.secondFactor).toBe('ok');
  });

  it('still asks Regie’s own second factor when the provider asserted none', async () => {
    await configureThenRequire({ ssoEnforcesTwoFactor: true });
    provider.accounts.set('u-bram', {
      ...(provider.accounts.get('u-bram') ?? { sub: 'u-bram' }),
      groups: ['regie-leiding'],
    });
    const session = await sessionOf(await ssoSignIn('u-bram'));
    expect(session?.user.roles).toContain('manager');
    expect(session?.user.secondFactor).toBe('setup');
  });
});

describe('an SSO user with an authenticator app', () => {
  it('is asked for the code after the provider, and the session waits for it', async () => {
    await t.ctx.db.execute(sql`update organisation set two_factor_required = false`);
    await configure({ ssoEnforcesTwoFactor: false });
    const first = await sessionOf(await ssoSignIn('u-fatima'));
    expect(first?.user.secondFactor).toBe('ok');
    await t.ctx.db.execute(
      sql`update users set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_enabled_at = now()
        where email = 'fatima.elamrani@wonenzuid.test'`,
    );
    const [before] = await rows<{ last: string | null }>(
      t,
      sql`select last_login_at as last from users where email = 'fatima.elamrani@wonenzuid.test'`,
    );
    const response = await ssoSignIn('u-fatima');
    expect(response.statusCode, response.body).toBe(302);
    expect(response.headers.location).toBe('/');
    const session = await sessionOf(response);
    expect(session?.user.secondFactor).toBe('verify');
    // Only the code completes the sign-in: the last login stays as it was until then.
    const [after] = await rows<{ last: string | null }>(
      t,
      sql`select last_login_at as last from users where email = 'fatima.elamrani@wonenzuid.test'`,
    );
    expect(String(after?.last)).toBe(String(before?.last));
  });
});

describe('password login switched off', () => {
  it('refuses password sign-in except for administrators (break-glass)', async () => {
    await t.ctx.db.execute(sql`update organisation set two_factor_required = false`);
    await configure({ passwordLoginEnabled: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/sso' })).json()).toEqual({
      enabled: true,
      passwordLoginEnabled: false,
    });
    const refused = await postLogin(t.app, demoEmailFor('manager'), DEMO_PASSWORD, '10.0.0.21');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('password_login_disabled');
    expect(refused.cookies.find((c) => c.name === 'regie_session')).toBeUndefined();
    // A wrong password answers as always, so the refusal never reveals who is an administrator.
    expect((await postLogin(t.app, demoEmailFor('manager'), 'wrong-password-123', '10.0.0.21')).statusCode).toBe(401);
    expect((await postLogin(t.app, demoEmailFor('admin'), DEMO_PASSWORD, '10.0.0.21')).statusCode).toBe(200);
    // Signing in through the provider still works.
    expect((await sessionOf(await ssoSignIn('u-fatima')))?.user.roles).toEqual(['employee']);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows, countRows, postLogin, rows, signIn } from '../../http/test-helpers.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { hashToken } from './tokens.js';

let t: TestContext;
let admin: Caller;
let ipCounter = 0;
/** Every test logs in from its own address, so the per-IP login rate limit never decides an outcome. */
function nextIp(): string {
  ipCounter++;
  return `192.0.2.${ipCounter}`;
}

beforeAll(async () => {
  t = await createTestContext();
  admin = await loginAs(t.app, demoEmailFor('admin'));
});
afterAll(() => t.close());

function session(caller: Caller) {
  return t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(caller) });
}

function tokenOf(caller: Caller): string {
  return caller.cookie.replace(/^regie_session=/, '');
}

async function userId(email: string): Promise<string> {
  const [row] = await rows<{ id: string }>(t, sql`select id from users where email = ${email}`);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

async function sessionsOf(email: string): Promise<number> {
  const [row] = await rows<{ count: number }>(
    t,
    sql`select count(*)::int as count from sessions where user_id = ${await userId(email)}`,
  );
  return Number(row?.count);
}

async function createUser(email: string, temporaryPassword: string, roles = ['employee']): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: as(admin),
    payload: { email, name: email.split('@')[0], roles, temporaryPassword },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

describe('lockout', () => {
  it('locks an account after 5 wrong passwords, refuses even the right one while locked, and unlocks later', async () => {
    const email = demoEmailFor('hr');
    const ip = nextIp();
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await postLogin(t.app, email, `wrong password ${attempt}`, ip);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('invalid_credentials');
    }
    const fifth = await postLogin(t.app, email, 'wrong password 5', ip);
    expect(fifth.statusCode).toBe(423);
    expect(fifth.headers['content-type']).toContain('application/problem+json');
    expect(fifth.json()).toMatchObject({ code: 'account_locked', status: 423 });
    expect(fifth.json().title).toContain('15 minuten');

    const right = await postLogin(t.app, email, DEMO_PASSWORD, ip);
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
    expect(right.cookies.find((cookie) => cookie.name === 'regie_session')).toBeUndefined();
    expect(await sessionsOf(email)).toBe(0);

    const id = await userId(email);
    expect((await auditRows(t, 'auth.login_failed', id)).map((row) => row.changes.failures)).toEqual([1, 2, 3, 4]);
    expect(await auditRows(t, 'auth.locked', id)).toHaveLength(1);

    // The admin sees the lock; once it has run out, the right password works again.
    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: as(admin) });
    expect(listed.json().locked).toBe(true);
    await t.ctx.db.execute(sql`update users set locked_until = now() - interval '1 minute' where id = ${id}`);
    const afterLock = await postLogin(t.app, email, DEMO_PASSWORD, ip);
    expect(afterLock.statusCode).toBe(200);
    const [user] = await rows<{ failed_login_count: number; locked_until: Date | null }>(
      t,
      sql`select failed_login_count, locked_until from users where id = ${id}`,
    );
    expect(user).toMatchObject({ failed_login_count: 0, locked_until: null });
    // The counter started again: one wrong password is not a lock.
    expect((await postLogin(t.app, email, 'wrong again', ip)).statusCode).toBe(401);
  });

  it('counts wrong passwords sent in parallel, so guessing many at once still locks the account', async () => {
    const email = 'parallel.geraden@wonenzuid.example';
    const id = await createUser(email, 'Tijdelijk-wachtwoord-1');
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, index) => postLogin(t.app, email, `gok ${index}`, nextIp())),
    );
    const statuses = guesses.map((response) => response.statusCode);
    // Four guesses are counted, the fifth locks; guesses that arrive after the lock are refused without counting.
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((status) => status === 423).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 401 || status === 423)).toBe(true);
    const right = await postLogin(t.app, email, 'Tijdelijk-wachtwoord-1', nextIp());
    expect(right.statusCode).toBe(423);
    const [locked] = await auditRows(t, 'auth.locked', id);
    expect(locked?.changes).toEqual({ failures: 5 });
    const failures = (await auditRows(t, 'auth.login_failed', id)).map((row) => row.changes.failures);
    expect(failures.slice(0, 4)).toEqual([1, 2, 3, 4]);
  });

  it('limits login attempts per IP address, whatever accounts they try', async () => {
    const ip = nextIp();
    const attempts = [];
    for (let index = 0; index < t.ctx.config.loginRateLimitPerMinute; index++) {
      attempts.push(await postLogin(t.app, `sproeien${index}@wonenzuid.example`, 'Zomer2026!', ip));
    }
    expect(attempts.every((response) => response.statusCode === 401)).toBe(true);
    const refused = await postLogin(t.app, demoEmailFor('employee'), DEMO_PASSWORD, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().code).toBe('too_many_requests');
    const elsewhere = await postLogin(t.app, demoEmailFor('employee'), DEMO_PASSWORD, nextIp());
    expect(elsewhere.statusCode).toBe(200);
  });

  it('answers an unknown e-mail address like a wrong password', async () => {
    const response = await postLogin(t.app, 'niemand@wonenzuid.example', DEMO_PASSWORD, nextIp());
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_credentials');
  });
});

describe('logout', () => {
  it('ends the session: the cookie no longer works and the session row is gone', async () => {
    const email = demoEmailFor('director');
    const caller = await signIn(t.app, email, DEMO_PASSWORD, nextIp());
    expect((await session(caller)).statusCode).toBe(200);
    const before = await sessionsOf(email);

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: as(caller) });
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((cookie) => cookie.name === 'regie_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThanOrEqual(Date.now());

    const after = await session(caller);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
    expect(await sessionsOf(email)).toBe(before - 1);
    const [row] = await rows(t, sql`select 1 from sessions where token_hash = ${hashToken(tokenOf(caller))}`);
    expect(row).toBeUndefined();
    expect(await auditRows(t, 'auth.logout', await userId(email))).toHaveLength(1);
  });

  it('refuses an unknown session token and clears the cookie', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: 'regie_session=not-a-real-token' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.cookies.find((cookie) => cookie.name === 'regie_session')?.value).toBe('');
  });
});

describe('CSRF', () => {
  it('refuses a write without, or with a wrong, x-csrf-token and stores nothing', async () => {
    const other = await signIn(t.app, demoEmailFor('safety_officer'), DEMO_PASSWORD, nextIp());
    const offices = await countRows(t, 'offices');
    const audit = await countRows(t, 'audit_log');
    const attempts: Record<string, string>[] = [
      { cookie: admin.cookie },
      { cookie: admin.cookie, 'x-csrf-token': '' },
      { cookie: admin.cookie, 'x-csrf-token': `${admin.csrfToken}x` },
      { cookie: admin.cookie, 'x-csrf-token': other.csrfToken },
    ];
    for (const headers of attempts) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/org/offices',
        headers,
        payload: { name: 'Kantoor zonder token' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf_failed');
    }
    const profile = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: admin.cookie },
      payload: { language: 'en' },
    });
    expect(profile.statusCode).toBe(403);
    expect(profile.json().code).toBe('csrf_failed');
    expect(await countRows(t, 'offices')).toBe(offices);
    expect(await countRows(t, 'audit_log')).toBe(audit);

    // The same write with the token goes through.
    const allowed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/offices',
      headers: as(admin),
      payload: { name: 'Kantoor met token' },
    });
    expect(allowed.statusCode).toBe(201);
    expect(await countRows(t, 'offices')).toBe(offices + 1);
  });
});

describe('session expiry', () => {
  it('ends a session that was idle longer than the idle timeout', async () => {
    const idle = t.ctx.config.sessionIdleMinutes;
    const caller = await signIn(t.app, demoEmailFor('confidant'), DEMO_PASSWORD, nextIp());
    const tokenHash = hashToken(tokenOf(caller));

    // Just within the idle time the session works, and the request counts as activity.
    const almost = new Date(Date.now() - (idle - 1) * 60_000).toISOString();
    await t.ctx.db.execute(
      sql`update sessions set last_seen_at = ${almost}::timestamptz where token_hash = ${tokenHash}`,
    );
    expect((await session(caller)).statusCode).toBe(200);
    const [touched] = await rows<{ last_seen_at: Date | string }>(
      t,
      sql`select last_seen_at from sessions where token_hash = ${tokenHash}`,
    );
    expect(Date.now() - new Date(touched?.last_seen_at ?? 0).getTime()).toBeLessThan(60_000);

    const tooLong = new Date(Date.now() - (idle + 1) * 60_000).toISOString();
    await t.ctx.db.execute(
      sql`update sessions set last_seen_at = ${tooLong}::timestamptz where token_hash = ${tokenHash}`,
    );
    const expired = await session(caller);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('unauthenticated');
    expect(await rows(t, sql`select 1 from sessions where token_hash = ${tokenHash}`)).toEqual([]);
  });

  it('ends a session after its absolute lifetime, however active it was', async () => {
    const caller = await signIn(t.app, demoEmailFor('employee'), DEMO_PASSWORD, nextIp());
    const tokenHash = hashToken(tokenOf(caller));
    const [opened] = await rows<{ created_at: Date | string; expires_at: Date | string }>(
      t,
      sql`select created_at, expires_at from sessions where token_hash = ${tokenHash}`,
    );
    const lifetime = new Date(opened?.expires_at ?? 0).getTime() - new Date(opened?.created_at ?? 0).getTime();
    expect(lifetime).toBe(t.ctx.config.sessionAbsoluteHours * 3_600_000);

    await t.ctx.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second', last_seen_at = now() where token_hash = ${tokenHash}`,
    );
    const expired = await session(caller);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('unauthenticated');
    expect(await rows(t, sql`select 1 from sessions where token_hash = ${tokenHash}`)).toEqual([]);
  });
});

describe('session cookie', () => {
  it('is HttpOnly and SameSite=Lax, without Secure on plain http, and stores only a hash of the token', async () => {
    const response = await postLogin(t.app, demoEmailFor('responder'), DEMO_PASSWORD, nextIp());
    expect(response.statusCode).toBe(200);
    const header = [response.headers['set-cookie']].flat().find((value) => value?.startsWith('regie_session='));
    expect(header).toBeDefined();
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/Secure/i);
    const cookie = response.cookies.find((candidate) => candidate.name === 'regie_session');
    const expires = cookie?.expires?.getTime() ?? 0;
    expect(Math.abs(expires - (Date.now() + t.ctx.config.sessionAbsoluteHours * 3_600_000))).toBeLessThan(5_000);

    const token = cookie?.value ?? '';
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(await rows(t, sql`select 1 from sessions where token_hash = ${token}`)).toEqual([]);
    expect(await rows(t, sql`select 1 from sessions where token_hash = ${hashToken(token)}`)).toHaveLength(1);
    // The login response carries the user, never secrets.
    expect(response.body).not.toContain('argon2');
    expect(response.json().user).not.toHaveProperty('passwordHash');
  });
});

describe('must change password', () => {
  it('lets a user with a temporary password in only to choose a new one', async () => {
    const email = 'nieuwe.collega@wonenzuid.example';
    const temporary = 'Tijdelijk-wachtwoord-1';
    const chosen = 'Mijn eigen wachtwoord 2026';
    const id = await createUser(email, temporary);
    const ip = nextIp();

    const login = await postLogin(t.app, email, temporary, ip);
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ email, mustChangePassword: true, roles: ['employee'] });
    const caller = await signIn(t.app, email, temporary, ip);

    const home = await t.app.inject({ method: 'GET', url: '/api/v1/home', headers: as(caller) });
    expect(home.statusCode).toBe(403);
    expect(home.json().code).toBe('password_change_required');
    const org = await t.app.inject({ method: 'GET', url: '/api/v1/org', headers: as(caller) });
    expect(org.json().code).toBe('password_change_required');
    // What the change screen needs stays open.
    expect((await session(caller)).statusCode).toBe(200);

    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(caller),
      payload: { currentPassword: temporary, newPassword: chosen },
    });
    expect(changed.statusCode).toBe(204);
    const [row] = await rows<{ must_change_password: boolean; password_hash: string }>(
      t,
      sql`select must_change_password, password_hash from users where id = ${id}`,
    );
    expect(row?.must_change_password).toBe(false);
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain(chosen);

    const homeAfter = await t.app.inject({ method: 'GET', url: '/api/v1/home', headers: as(caller) });
    expect(homeAfter.statusCode).toBe(200);
    expect(homeAfter.json().organisationName).toBe('Wonen Zuid');
    expect((await session(caller)).json().user.mustChangePassword).toBe(false);

    expect((await postLogin(t.app, email, temporary, ip)).statusCode).toBe(401);
    const again = await postLogin(t.app, email, chosen, ip);
    expect(again.statusCode).toBe(200);
    expect(again.json().user.mustChangePassword).toBe(false);

    const [audit] = await auditRows(t, 'auth.password_changed', id);
    expect(audit?.changes).toEqual({
      passwordHash: { changed: true },
      mustChangePassword: { from: true, to: false },
    });
  });
});

describe('password change rules', () => {
  const email = 'wachtwoordregels@wonenzuid.example';
  const current = 'Huidig wachtwoord 2026';
  let caller: Caller;
  let ip: string;

  beforeAll(async () => {
    await createUser(email, current);
    ip = nextIp();
    caller = await signIn(t.app, email, current, ip);
  });

  function change(currentPassword: string, newPassword: string, who = caller) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(who),
      remoteAddress: ip,
      payload: { currentPassword, newPassword },
    });
  }

  async function passwordHash(): Promise<string | undefined> {
    const [row] = await rows<{ password_hash: string }>(t, sql`select password_hash from users where email = ${email}`);
    return row?.password_hash;
  }

  it('refuses a wrong current password, a short one and the same one, changing nothing', async () => {
    const hashBefore = await passwordHash();

    const wrongCurrent = await change('Niet het wachtwoord', 'Een heel nieuw wachtwoord');
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().code).toBe('current_password_wrong');

    const short = await change(current, 'kort');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'password_too_weak', title: expect.stringContaining('12') });

    const elevenCharacters = await change(current, 'elf-tekens!');
    expect(elevenCharacters.statusCode).toBe(400);
    expect(elevenCharacters.json().code).toBe('password_too_weak');

    const same = await change(current, current);
    expect(same.statusCode).toBe(400);
    expect(same.json().code).toBe('password_reused');

    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(caller),
      remoteAddress: ip,
      payload: { newPassword: 'Een heel nieuw wachtwoord' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('validation_failed');

    expect(await passwordHash()).toBe(hashBefore);
    expect(await auditRows(t, 'auth.password_changed', await userId(email))).toEqual([]);
  });

  it('accepts 12 characters, keeps the current session and ends the others', async () => {
    const otherDevice = await signIn(t.app, email, current, ip);
    expect((await session(otherDevice)).statusCode).toBe(200);

    const changed = await change(current, 'twaalf-teken');
    expect(changed.statusCode).toBe(204);

    expect((await session(caller)).statusCode).toBe(200);
    expect((await session(otherDevice)).statusCode).toBe(401);
    expect(await sessionsOf(email)).toBe(1);
    expect((await postLogin(t.app, email, current, ip)).statusCode).toBe(401);
    expect((await postLogin(t.app, email, 'twaalf-teken', ip)).statusCode).toBe(200);
  });
});

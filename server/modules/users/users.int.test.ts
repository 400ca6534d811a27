import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { ProblemError } from '../../http/problem.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows, countRows, postLogin, rows, signIn } from '../../http/test-helpers.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { findUserByEmail, rolesOf, toSessionUser } from './repository.js';
import { setUserActive } from './service.js';

let t: TestContext;
let admin: Caller;
let adminId: string;
let org: {
  offices: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  teams: { id: string; departmentId: string; officeId: string | null }[];
};
let ipCounter = 0;
function nextIp(): string {
  ipCounter++;
  return `203.0.113.${ipCounter}`;
}

const TEMPORARY = 'Tijdelijk-wachtwoord-1';

beforeAll(async () => {
  t = await createTestContext();
  admin = await loginAs(t.app, demoEmailFor('admin'));
  const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(admin) });
  adminId = session.json().user.id;
  org = (await t.app.inject({ method: 'GET', url: '/api/v1/org', headers: as(admin) })).json();
});
afterAll(() => t.close());

function api(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, caller: Caller = admin) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload === undefined ? {} : { payload }) });
}

async function createUser(email: string, roles: string[] = ['employee'], extra: Record<string, unknown> = {}) {
  const response = await api('POST', '/api/v1/users', {
    email,
    name: `Gebruiker ${email.split('@')[0]}`,
    roles,
    temporaryPassword: TEMPORARY,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; email: string; roles: string[] };
}

async function userRow(id: string) {
  const [row] = await rows<Record<string, unknown>>(t, sql`select * from users where id = ${id}`);
  return row;
}

async function activeUserAfterPasswordChange(email: string): Promise<Caller> {
  const ip = nextIp();
  const caller = await signIn(t.app, email, TEMPORARY, ip);
  const changed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    headers: as(caller),
    remoteAddress: ip,
    payload: { currentPassword: TEMPORARY, newPassword: 'Eigen-wachtwoord-2026' },
  });
  expect(changed.statusCode).toBe(204);
  return caller;
}

describe('creating users', () => {
  it('creates a user with several roles and a place in the organisation, audited without the password', async () => {
    const office = org.offices[1];
    const team = org.teams[0];
    const before = await countRows(t, 'users');
    const response = await api('POST', '/api/v1/users', {
      email: '  Nieuw.Lid@WonenZuid.example ',
      name: 'Nieuw Lid',
      roles: ['responder', 'employee', 'responder'],
      language: 'en',
      officeId: office?.id,
      departmentId: team?.departmentId,
      teamId: team?.id,
      temporaryPassword: TEMPORARY,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      email: 'nieuw.lid@wonenzuid.example',
      name: 'Nieuw Lid',
      language: 'en',
      active: true,
      officeId: office?.id,
      departmentId: team?.departmentId,
      teamId: team?.id,
      mustChangePassword: true,
      locked: false,
      lastLoginAt: null,
    });
    expect([...created.roles].sort()).toEqual(['employee', 'responder']);
    expect(response.body).not.toMatch(/password_?hash|argon2/i);
    expect(await countRows(t, 'users')).toBe(before + 1);

    const fetched = await api('GET', `/api/v1/users/${created.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json().roles).toEqual(['employee', 'responder']);
    const listed = await api('GET', '/api/v1/users');
    expect(listed.json().users.map((user: { id: string }) => user.id)).toContain(created.id);

    const [audit] = await auditRows(t, 'user.created', created.id);
    expect(audit?.actor_id).toBe(adminId);
    expect(audit?.changes).toMatchObject({
      email: { from: null, to: 'nieuw.lid@wonenzuid.example' },
      name: { from: null, to: 'Nieuw Lid' },
      passwordHash: { changed: true },
    });
    expect(JSON.stringify(audit?.changes)).not.toContain('argon2');
    expect(JSON.stringify(audit?.changes)).not.toContain(TEMPORARY);
  });

  it('refuses a duplicate e-mail address in any letter case and leaves the original as it was', async () => {
    const original = await createUser('dubbel@wonenzuid.example');
    const before = await countRows(t, 'users');
    const audit = await countRows(t, 'audit_log');
    const duplicate = await api('POST', '/api/v1/users', {
      email: 'DUBBEL@WonenZuid.example',
      name: 'Indringer',
      roles: ['admin'],
      temporaryPassword: TEMPORARY,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('email_taken');
    expect(await countRows(t, 'users')).toBe(before);
    expect(await countRows(t, 'audit_log')).toBe(audit);
    const fetched = await api('GET', `/api/v1/users/${original.id}`);
    expect(fetched.json()).toMatchObject({ name: 'Gebruiker dubbel', roles: ['employee'] });

    // Renaming another user to the taken address is refused as well.
    const other = await createUser('ander@wonenzuid.example');
    const renamed = await api('PATCH', `/api/v1/users/${other.id}`, { email: 'Dubbel@wonenzuid.example' });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().code).toBe('email_taken');
    expect((await api('GET', `/api/v1/users/${other.id}`)).json().email).toBe('ander@wonenzuid.example');
  });

  it('refuses a temporary password that is too short', async () => {
    const before = await countRows(t, 'users');
    const response = await api('POST', '/api/v1/users', {
      email: 'kort@wonenzuid.example',
      name: 'Kort',
      roles: ['employee'],
      temporaryPassword: 'kort',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('password_too_weak');
    expect(await countRows(t, 'users')).toBe(before);
  });
});

describe('updating users', () => {
  it('changes roles, office, department and team, and records from/to in the audit log', async () => {
    const user = await createUser('verhuizer@wonenzuid.example', ['employee']);
    const [office, otherOffice] = org.offices;
    const team = org.teams.find((candidate) => candidate.officeId === otherOffice?.id);
    const response = await api('PATCH', `/api/v1/users/${user.id}`, {
      roles: ['manager', 'responder'],
      officeId: otherOffice?.id,
      departmentId: team?.departmentId,
      teamId: team?.id,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      roles: ['manager', 'responder'],
      officeId: otherOffice?.id,
      departmentId: team?.departmentId,
      teamId: team?.id,
    });
    const fetched = (await api('GET', `/api/v1/users/${user.id}`)).json();
    expect(fetched).toMatchObject({ roles: ['manager', 'responder'], officeId: otherOffice?.id, teamId: team?.id });
    expect(office?.id).not.toBe(otherOffice?.id);

    const [audit] = await auditRows(t, 'user.updated', user.id);
    expect(audit?.changes).toEqual({
      roles: { from: ['employee'], to: ['manager', 'responder'] },
      officeId: { from: null, to: otherOffice?.id },
      departmentId: { from: null, to: team?.departmentId },
      teamId: { from: null, to: team?.id },
    });

    // Clearing the team is a change too.
    const cleared = await api('PATCH', `/api/v1/users/${user.id}`, { teamId: null, name: 'Verhuisd' });
    expect(cleared.json()).toMatchObject({ teamId: null, name: 'Verhuisd', roles: ['manager', 'responder'] });
    const audits = await auditRows(t, 'user.updated', user.id);
    expect(audits[1]?.changes).toEqual({
      teamId: { from: team?.id, to: null },
      name: { from: 'Gebruiker verhuizer', to: 'Verhuisd' },
    });
  });

  it('refuses an unknown office, department or team with 400 unknown_reference and changes nothing', async () => {
    const user = await createUser('onbekend@wonenzuid.example');
    const before = await userRow(user.id);
    for (const field of ['officeId', 'departmentId', 'teamId']) {
      const response = await api('PATCH', `/api/v1/users/${user.id}`, { [field]: randomUUID(), roles: ['admin'] });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().code).toBe('unknown_reference');
    }
    const created = await api('POST', '/api/v1/users', {
      email: 'nergens@wonenzuid.example',
      name: 'Nergens',
      roles: ['employee'],
      officeId: randomUUID(),
      temporaryPassword: TEMPORARY,
    });
    expect(created.statusCode).toBe(400);
    expect(created.json()).toMatchObject({ code: 'unknown_reference', title: expect.stringContaining('kantoor') });
    expect(await userRow(user.id)).toEqual(before);
    expect((await api('GET', `/api/v1/users/${user.id}`)).json().roles).toEqual(['employee']);
    expect(await rows(t, sql`select 1 from users where email = 'nergens@wonenzuid.example'`)).toEqual([]);
  });

  it('answers 404 for a user that does not exist and 400 for an id that is no UUID', async () => {
    const missing = randomUUID();
    expect((await api('GET', `/api/v1/users/${missing}`)).json().code).toBe('not_found');
    expect((await api('PATCH', `/api/v1/users/${missing}`, { name: 'X' })).statusCode).toBe(404);
    expect((await api('POST', `/api/v1/users/${missing}/deactivate`)).statusCode).toBe(404);
    const notUuid = await api('GET', '/api/v1/users/123');
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().code).toBe('validation_failed');
    const empty = await api('PATCH', `/api/v1/users/${adminId}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('validation_failed');
  });
});

describe('the last admin', () => {
  it('cannot lose the admin role while no other active admin exists', async () => {
    const refused = await api('PATCH', `/api/v1/users/${adminId}`, { roles: ['employee'] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('last_admin');
    expect((await api('GET', `/api/v1/users/${adminId}`)).json().roles).toEqual(['admin']);

    // An inactive admin does not count.
    const sleeping = await createUser('slapende.beheerder@wonenzuid.example', ['admin']);
    expect((await api('POST', `/api/v1/users/${sleeping.id}/deactivate`)).statusCode).toBe(200);
    const stillRefused = await api('PATCH', `/api/v1/users/${adminId}`, { roles: ['employee'] });
    expect(stillRefused.json().code).toBe('last_admin');

    // With a second active admin, one of them may give up the role.
    const second = await createUser('tweede.beheerder@wonenzuid.example', ['admin', 'hr']);
    const demoted = await api('PATCH', `/api/v1/users/${second.id}`, { roles: ['hr'] });
    expect(demoted.statusCode).toBe(200);
    expect(demoted.json().roles).toEqual(['hr']);
    expect((await api('PATCH', `/api/v1/users/${adminId}`, { roles: ['employee'] })).json().code).toBe('last_admin');
  });

  it('cannot deactivate itself', async () => {
    const response = await api('POST', `/api/v1/users/${adminId}/deactivate`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('cannot_deactivate_self');
    expect((await userRow(adminId))?.active).toBe(true);
  });

  it('cannot be deactivated by anyone (guard in the service, below the HTTP policy)', async () => {
    // Over HTTP the only actor is an admin, so this is the service's own guard, tested with another actor.
    const hrRow = await findUserByEmail(t.ctx.db, demoEmailFor('hr'));
    if (!hrRow) throw new Error('no hr user');
    const hr = toSessionUser(hrRow, (await rolesOf(t.ctx.db, [hrRow.id])).get(hrRow.id) ?? []);
    const attempt = setUserActive(t.ctx, hr, adminId, false);
    await expect(attempt).rejects.toBeInstanceOf(ProblemError);
    await expect(setUserActive(t.ctx, hr, adminId, false)).rejects.toMatchObject({ status: 409, code: 'last_admin' });
    expect((await userRow(adminId))?.active).toBe(true);
  });

  it('may deactivate another admin while one remains', async () => {
    const other = await createUser('derde.beheerder@wonenzuid.example', ['admin']);
    const response = await api('POST', `/api/v1/users/${other.id}/deactivate`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ active: false, roles: ['admin'] });
  });
});

describe('deactivating and activating', () => {
  it("ends the user's sessions at once; login then says account_inactive until activated again", async () => {
    const user = await createUser('vertrekker@wonenzuid.example');
    const caller = await activeUserAfterPasswordChange(user.email);
    expect((await api('GET', '/api/v1/home', undefined, caller)).statusCode).toBe(200);

    const response = await api('POST', `/api/v1/users/${user.id}/deactivate`);
    expect(response.statusCode).toBe(200);
    expect(response.json().active).toBe(false);
    const [sessionCount] = await rows<{ count: number }>(
      t,
      sql`select count(*)::int as count from sessions where user_id = ${user.id}`,
    );
    expect(Number(sessionCount?.count)).toBe(0);
    const refused = await api('GET', '/api/v1/home', undefined, caller);
    expect(refused.statusCode).toBe(401);

    const ip = nextIp();
    const login = await postLogin(t.app, user.email, 'Eigen-wachtwoord-2026', ip);
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('account_inactive');
    expect(login.cookies).toEqual([]);

    const [audit] = await auditRows(t, 'user.deactivated', user.id);
    expect(audit?.changes).toEqual({ active: { from: true, to: false } });

    const activated = await api('POST', `/api/v1/users/${user.id}/activate`);
    expect(activated.statusCode).toBe(200);
    expect(activated.json().active).toBe(true);
    expect((await postLogin(t.app, user.email, 'Eigen-wachtwoord-2026', ip)).statusCode).toBe(200);
    expect(await auditRows(t, 'user.activated', user.id)).toHaveLength(1);
  });
});

describe('resetting a password', () => {
  it('ends the sessions, unlocks the account and makes the user choose a new password', async () => {
    const user = await createUser('vergeetachtig@wonenzuid.example');
    const caller = await activeUserAfterPasswordChange(user.email);
    const ip = nextIp();
    for (let attempt = 0; attempt < 5; attempt++) await postLogin(t.app, user.email, 'fout wachtwoord', ip);
    expect((await api('GET', `/api/v1/users/${user.id}`)).json().locked).toBe(true);

    const tooShort = await api('POST', `/api/v1/users/${user.id}/reset-password`, { temporaryPassword: 'kort' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().code).toBe('password_too_weak');

    const newTemporary = 'Nieuw-tijdelijk-2026';
    const reset = await api('POST', `/api/v1/users/${user.id}/reset-password`, { temporaryPassword: newTemporary });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ mustChangePassword: true, locked: false });
    expect((await api('GET', '/api/v1/home', undefined, caller)).statusCode).toBe(401);

    expect((await postLogin(t.app, user.email, 'Eigen-wachtwoord-2026', ip)).statusCode).toBe(401);
    const fresh = await signIn(t.app, user.email, newTemporary, ip);
    const home = await api('GET', '/api/v1/home', undefined, fresh);
    expect(home.statusCode).toBe(403);
    expect(home.json().code).toBe('password_change_required');

    const [audit] = await auditRows(t, 'user.password_reset', user.id);
    expect(audit?.changes).toEqual({
      passwordHash: { changed: true },
      mustChangePassword: { from: false, to: true },
      locked: { from: true, to: false },
    });
  });
});

describe('own profile', () => {
  it('switches the language, which the session shows and error messages follow', async () => {
    const email = demoEmailFor('manager');
    const manager = await signIn(t.app, email, DEMO_PASSWORD, nextIp());
    const forbiddenNl = await api('GET', '/api/v1/users', undefined, manager);
    expect(forbiddenNl.json().title).toBe('U heeft geen toegang tot dit onderdeel.');

    const invalid = await api('PATCH', '/api/v1/me', { language: 'fr' }, manager);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('validation_failed');

    const switched = await api('PATCH', '/api/v1/me', { language: 'en' }, manager);
    expect(switched.statusCode).toBe(204);
    const session = await api('GET', '/api/v1/auth/session', undefined, manager);
    expect(session.json().user.language).toBe('en');
    const [row] = await rows<{ language: string }>(t, sql`select language from users where email = ${email}`);
    expect(row?.language).toBe('en');

    // The user's own choice wins over the browser's header.
    const forbiddenEn = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { ...as(manager), 'accept-language': 'nl-NL,nl;q=0.9' },
    });
    expect(forbiddenEn.statusCode).toBe(403);
    expect(forbiddenEn.json()).toMatchObject({ code: 'forbidden', title: 'You do not have access to this part.' });
    const validationEn = await api('PATCH', '/api/v1/me', { language: 'de' }, manager);
    expect(validationEn.json().title).toBe('The data is incomplete or incorrect. Check the marked fields.');

    const [audit] = await auditRows(t, 'user.profile_updated');
    expect(audit?.changes).toEqual({ language: { from: 'nl', to: 'en' } });

    await api('PATCH', '/api/v1/me', { language: 'nl' }, manager);
    expect((await api('GET', '/api/v1/users', undefined, manager)).json().title).toBe(
      'U heeft geen toegang tot dit onderdeel.',
    );
  });
});

// Last in the file: the demo admin may lose the role here.
describe('two admins removing each other at the same moment', () => {
  async function activeAdmins(): Promise<string[]> {
    const found = await rows<{ email: string }>(
      t,
      sql`select u.email from users u join user_roles r on r.user_id = u.id where r.role = 'admin' and u.active`,
    );
    return found.map((row) => row.email);
  }

  const rounds: ['roles' | 'deactivate', 'roles' | 'deactivate'][] = [
    ['roles', 'roles'],
    ['deactivate', 'deactivate'],
    ['roles', 'deactivate'],
    ['roles', 'roles'],
  ];

  it('leaves exactly one of them admin, whatever the timing', async () => {
    let survivor = { caller: admin, id: adminId, email: demoEmailFor('admin') };
    for (const [index, [first, second]] of rounds.entries()) {
      expect(await activeAdmins()).toEqual([survivor.email]);
      const email = `gelijktijdig-${index}@wonenzuid.example`;
      const created = await api(
        'POST',
        '/api/v1/users',
        {
          email,
          name: `Gelijktijdig ${index}`,
          roles: ['admin'],
          temporaryPassword: TEMPORARY,
        },
        survivor.caller,
      );
      expect(created.statusCode).toBe(201);
      const other = { caller: await activeUserAfterPasswordChange(email), id: created.json().id, email };

      const remove = (kind: 'roles' | 'deactivate', by: typeof survivor, target: typeof survivor) =>
        kind === 'roles'
          ? api('PATCH', `/api/v1/users/${target.id}`, { roles: ['hr'] }, by.caller)
          : api('POST', `/api/v1/users/${target.id}/deactivate`, undefined, by.caller);
      const [byFirst, bySecond] = await Promise.all([remove(first, survivor, other), remove(second, other, survivor)]);
      const statuses = [byFirst.statusCode, bySecond.statusCode];
      expect(
        statuses.filter((status) => status === 200),
        `round ${index}: ${statuses}`,
      ).toHaveLength(1);
      // The loser is refused by the guard (409), or already lost the role (403) or the session (401).
      expect([401, 403, 409]).toContain(statuses.find((status) => status !== 200));
      const remaining = await activeAdmins();
      expect(remaining, `round ${index}`).toHaveLength(1);
      survivor = byFirst.statusCode === 200 ? survivor : other;
      expect(remaining).toEqual([survivor.email]);
    }
  });
});

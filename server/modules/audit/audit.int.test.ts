import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { countRows, postLogin, rows, signIn } from '../../http/test-helpers.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { recordAudit, SYSTEM_ACTOR } from './record.js';
import { auditLog } from './tables.js';

let t: TestContext;
let admin: Caller;
let adminId: string;

const TEMPORARY = 'Tijdelijk-wachtwoord-1';
const CHOSEN = 'Zelf-gekozen-wachtwoord-9';
const RESET = 'Opnieuw-tijdelijk-2026';

beforeAll(async () => {
  t = await createTestContext();
  admin = await loginAs(t.app, demoEmailFor('admin'));
  adminId = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(admin) })).json().user.id;
});
afterAll(() => t.close());

function api(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, caller: Caller = admin) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload === undefined ? {} : { payload }) });
}

interface NewestRow {
  seq: number;
  action: string;
  actor_id: string | null;
  actor_label: string;
  entity_type: string;
  entity_id: string | null;
  changes: Record<string, unknown>;
}

async function newest(): Promise<NewestRow | undefined> {
  const [row] = await rows<NewestRow>(
    t,
    sql`select seq::int as seq, action, actor_id, actor_label, entity_type, entity_id, changes
        from audit_log order by seq desc limit 1`,
  );
  return row;
}

async function verification() {
  const response = await api('GET', '/api/v1/audit/verification');
  expect(response.statusCode).toBe(200);
  return response.json() as { ok: boolean; checked: number; brokenAt: number | null; reason: string | null };
}

describe('every successful write leaves one audit row', () => {
  // Filled in as the steps run: ids of what the steps create.
  const ids: Record<string, string> = {};
  let user: Caller;

  interface Step {
    action: string;
    entityType: string;
    run: () => Promise<LightMyRequestResponse>;
    status: number;
    entityId: () => string | null;
    actorId?: () => string | null;
    /** Exactly these changes. */
    changes?: () => Record<string, unknown>;
    /** At least these changes. */
    someChanges?: () => Record<string, unknown>;
  }

  const steps: Step[] = [
    {
      action: 'office.created',
      entityType: 'office',
      run: async () => {
        const response = await api('POST', '/api/v1/org/offices', { name: 'Kantoor Venlo' });
        ids.office = response.json().id;
        return response;
      },
      status: 201,
      entityId: () => ids.office ?? null,
      someChanges: () => ({ name: { from: null, to: 'Kantoor Venlo' }, active: { from: null, to: true } }),
    },
    {
      action: 'office.updated',
      entityType: 'office',
      run: () => api('PATCH', `/api/v1/org/offices/${ids.office}`, { address: 'Nieuwstraat 2' }),
      status: 200,
      entityId: () => ids.office ?? null,
      changes: () => ({ address: { from: '', to: 'Nieuwstraat 2' } }),
    },
    {
      action: 'department.created',
      entityType: 'department',
      run: async () => {
        const response = await api('POST', '/api/v1/org/departments', { name: 'Communicatie' });
        ids.department = response.json().id;
        return response;
      },
      status: 201,
      entityId: () => ids.department ?? null,
    },
    {
      action: 'department.updated',
      entityType: 'department',
      run: () => api('PATCH', `/api/v1/org/departments/${ids.department}`, { name: 'Communicatie en PR' }),
      status: 200,
      entityId: () => ids.department ?? null,
      changes: () => ({ name: { from: 'Communicatie', to: 'Communicatie en PR' } }),
    },
    {
      action: 'team.created',
      entityType: 'team',
      run: async () => {
        const response = await api('POST', '/api/v1/org/teams', { name: 'Woordvoering', departmentId: ids.department });
        ids.team = response.json().id;
        return response;
      },
      status: 201,
      entityId: () => ids.team ?? null,
    },
    {
      action: 'team.updated',
      entityType: 'team',
      run: () => api('PATCH', `/api/v1/org/teams/${ids.team}`, { officeId: ids.office }),
      status: 200,
      entityId: () => ids.team ?? null,
      changes: () => ({ officeId: { from: null, to: ids.office } }),
    },
    {
      action: 'organisation.updated',
      entityType: 'organisation',
      run: () => api('PATCH', '/api/v1/org', { name: 'Wonen Zuid-Oost' }),
      status: 204,
      entityId: () => '1',
    },
    {
      action: 'user.created',
      entityType: 'user',
      run: async () => {
        const response = await api('POST', '/api/v1/users', {
          email: 'audit.test@wonenzuid.example',
          name: 'Audit Test',
          roles: ['employee'],
          temporaryPassword: TEMPORARY,
        });
        ids.user = response.json().id;
        return response;
      },
      status: 201,
      entityId: () => ids.user ?? null,
    },
    {
      action: 'user.updated',
      entityType: 'user',
      run: () => api('PATCH', `/api/v1/users/${ids.user}`, { roles: ['employee', 'responder'], teamId: ids.team }),
      status: 200,
      entityId: () => ids.user ?? null,
      changes: () => ({
        roles: { from: ['employee'], to: ['employee', 'responder'] },
        teamId: { from: null, to: ids.team },
      }),
    },
    {
      action: 'auth.login',
      entityType: 'user',
      run: async () => {
        const response = await postLogin(t.app, 'audit.test@wonenzuid.example', TEMPORARY, '192.0.2.50');
        const cookie = response.cookies.find((candidate) => candidate.name === 'regie_session');
        user = { cookie: `regie_session=${cookie?.value}`, csrfToken: response.json().csrfToken };
        return response;
      },
      status: 200,
      entityId: () => ids.user ?? null,
      actorId: () => ids.user ?? null,
    },
    {
      action: 'auth.password_changed',
      entityType: 'user',
      run: () => api('POST', '/api/v1/auth/password', { currentPassword: TEMPORARY, newPassword: CHOSEN }, user),
      status: 204,
      entityId: () => ids.user ?? null,
      actorId: () => ids.user ?? null,
      changes: () => ({ passwordHash: { changed: true }, mustChangePassword: { from: true, to: false } }),
    },
    {
      action: 'user.profile_updated',
      entityType: 'user',
      run: () => api('PATCH', '/api/v1/me', { language: 'en' }, user),
      status: 204,
      entityId: () => ids.user ?? null,
      actorId: () => ids.user ?? null,
      changes: () => ({ language: { from: 'nl', to: 'en' } }),
    },
    {
      action: 'auth.logout',
      entityType: 'user',
      run: () => api('POST', '/api/v1/auth/logout', undefined, user),
      status: 204,
      entityId: () => ids.user ?? null,
      actorId: () => ids.user ?? null,
    },
    {
      action: 'auth.login_failed',
      entityType: 'user',
      run: () => postLogin(t.app, 'audit.test@wonenzuid.example', 'niet het wachtwoord', '192.0.2.51'),
      status: 401,
      entityId: () => ids.user ?? null,
      actorId: () => null,
      changes: () => ({ failures: 1 }),
    },
    {
      action: 'user.password_reset',
      entityType: 'user',
      run: () => api('POST', `/api/v1/users/${ids.user}/reset-password`, { temporaryPassword: RESET }),
      status: 200,
      entityId: () => ids.user ?? null,
      changes: () => ({ passwordHash: { changed: true }, mustChangePassword: { from: false, to: true } }),
    },
    {
      action: 'user.deactivated',
      entityType: 'user',
      run: () => api('POST', `/api/v1/users/${ids.user}/deactivate`),
      status: 200,
      entityId: () => ids.user ?? null,
      changes: () => ({ active: { from: true, to: false } }),
    },
    {
      action: 'user.activated',
      entityType: 'user',
      run: () => api('POST', `/api/v1/users/${ids.user}/activate`),
      status: 200,
      entityId: () => ids.user ?? null,
      changes: () => ({ active: { from: false, to: true } }),
    },
  ];

  it.each(steps)('$action', async (step) => {
    const before = await countRows(t, 'audit_log');
    const headBefore = await newest();
    const response = await step.run();
    expect(response.statusCode, response.body).toBe(step.status);
    expect(await countRows(t, 'audit_log')).toBe(before + 1);
    const row = await newest();
    expect(row?.seq).toBe((headBefore?.seq ?? 0) + 1);
    expect(row).toMatchObject({
      action: step.action,
      entity_type: step.entityType,
      entity_id: step.entityId(),
      actor_id: step.actorId ? step.actorId() : adminId,
    });
    if (step.changes) expect(row?.changes).toEqual(step.changes());
    if (step.someChanges) expect(row?.changes).toMatchObject(step.someChanges());
  });

  it('never stores a password or password hash in the log', async () => {
    const all = await rows<{ text: string }>(t, sql`select changes::text as text from audit_log`);
    const everything = all.map((row) => row.text).join('\n');
    expect(all.length).toBeGreaterThan(steps.length);
    for (const secret of [TEMPORARY, CHOSEN, RESET, DEMO_PASSWORD, '$argon2', 'password_hash']) {
      expect(everything).not.toContain(secret);
    }
    const [hash] = await rows<{ password_hash: string }>(
      t,
      sql`select password_hash from users where email = 'audit.test@wonenzuid.example'`,
    );
    expect(hash?.password_hash).toMatch(/^\$argon2/);
    expect(everything).not.toContain(hash?.password_hash.slice(-20));
  });

  it('lists entries newest first, a page at a time', async () => {
    const total = await countRows(t, 'audit_log');
    const first = await api('GET', '/api/v1/audit?limit=3');
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.entries.map((entry: { seq: number }) => entry.seq)).toEqual([total, total - 1, total - 2]);
    expect(page.nextBefore).toBe(total - 2);
    const second = (await api('GET', `/api/v1/audit?limit=3&before=${page.nextBefore}`)).json();
    expect(second.entries[0].seq).toBe(total - 3);
    expect(page.entries[0]).toMatchObject({ action: 'user.activated', actorId: adminId });
  });
});

describe('the audit chain', () => {
  it('verifies an untouched chain', async () => {
    const total = await countRows(t, 'audit_log');
    expect(total).toBeGreaterThan(10);
    expect(await verification()).toEqual({ ok: true, checked: total, brokenAt: null, reason: null });
  });

  it("hashes a row as SHA-256 over its fields as a JSON array, chained to the previous row's hash", async () => {
    const [row] = await rows<{
      seq: string;
      at: string;
      actor_id: string | null;
      actor_label: string;
      action: string;
      entity_type: string;
      entity_id: string | null;
      changes: string;
      prev_hash: string;
      hash: string;
      previous: string;
    }>(
      t,
      sql`select a.seq::text, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
            a.actor_id, a.actor_label, a.action, a.entity_type, a.entity_id, a.changes::text as changes,
            a.prev_hash, a.hash, p.hash as previous
          from audit_log a join audit_log p on p.seq = a.seq - 1 order by a.seq desc limit 1`,
    );
    if (!row) throw new Error('no audit rows');
    const fields = [row.at, row.actor_id, row.actor_label, row.action, row.entity_type, row.entity_id];
    const material = `[${row.seq}, ${fields.map((f) => JSON.stringify(f)).join(', ')}, ${row.changes}, "${row.prev_hash}"]`;
    expect(createHash('sha256').update(material, 'utf8').digest('hex')).toBe(row.hash);
    expect(row.prev_hash).toBe(row.previous);
  });

  it('leaves no row of a rolled-back write, and nothing waiting to be sealed', async () => {
    const before = await countRows(t, 'audit_log');
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'test.rolled_back', entityType: 'test' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await countRows(t, 'audit_log')).toBe(before);
    expect(await countRows(t, 'audit_pending')).toBe(0);
  });

  it('numbers rows without gaps in the order of each transaction, also when transactions commit together', async () => {
    const before = await countRows(t, 'audit_log');
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        t.ctx.db.transaction(async (tx) => {
          await recordAudit(tx, SYSTEM_ACTOR, { action: 'test.first', entityType: 'test', entityId: `${index}` });
          await recordAudit(tx, SYSTEM_ACTOR, { action: 'test.second', entityType: 'test', entityId: `${index}` });
        }),
      ),
    );
    expect(await countRows(t, 'audit_log')).toBe(before + 24);
    expect(await countRows(t, 'audit_pending')).toBe(0);
    const written = await rows<{ entity_id: string; action: string }>(
      t,
      sql`select entity_id, action from audit_log where entity_type = 'test' and seq > ${before} order by seq`,
    );
    // Each transaction's two rows are adjacent and in the order they were written.
    for (let index = 0; index < written.length; index += 2) {
      expect(written[index]?.action).toBe('test.first');
      expect(written[index + 1]).toEqual({ entity_id: written[index]?.entity_id, action: 'test.second' });
    }
    expect((await verification()).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit_log through its triggers', async () => {
    await expect(t.ctx.db.execute(sql`update audit_log set action = 'vervalst' where seq = 2`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from audit_log where seq = 2`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const [row] = await rows<{ action: string }>(t, sql`select action from audit_log where seq = 2`);
    expect(row?.action).not.toBe('vervalst');
    expect((await verification()).ok).toBe(true);
  });

  describe('with the trigger disabled by someone with database access', () => {
    let total: number;
    const middle = 5;

    beforeAll(async () => {
      total = await countRows(t, 'audit_log');
      await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    });
    afterAll(async () => {
      await t.ctx.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });

    async function changesText(seq: number): Promise<string> {
      const [row] = await rows<{ text: string }>(
        t,
        sql`select changes::text as text from audit_log where seq = ${seq}`,
      );
      if (!row) throw new Error(`no audit row ${seq}`);
      return row.text;
    }

    /** Removes a row, lets the check run, and puts the row back exactly as it was. */
    async function withoutRow(seq: number, check: () => Promise<void>): Promise<void> {
      const backup = sql.identifier(`audit_backup_${randomBytes(4).toString('hex')}`);
      await t.ctx.db.execute(sql`create table ${backup} as select * from audit_log where seq = ${seq}`);
      try {
        await t.ctx.db.execute(sql`delete from audit_log where seq = ${seq}`);
        await check();
      } finally {
        await t.ctx.db.execute(sql`insert into audit_log select * from ${backup}`);
        await t.ctx.db.execute(sql`drop table ${backup}`);
      }
    }

    it('reports a changed row where it was changed', async () => {
      const original = await changesText(middle);
      await t.ctx.db.execute(
        sql`update audit_log set changes = '{"email":"iemand.anders"}'::jsonb where seq = ${middle}`,
      );
      expect(await verification()).toEqual({ ok: false, checked: middle - 1, brokenAt: middle, reason: 'changed' });
      await t.ctx.db.execute(sql`update audit_log set changes = ${original}::jsonb where seq = ${middle}`);
      expect(await verification()).toEqual({ ok: true, checked: total, brokenAt: null, reason: null });
    });

    it('reports a changed first row', async () => {
      const original = await changesText(1);
      await t.ctx.db.execute(sql`update audit_log set actor_label = 'iemand anders' where seq = 1`);
      expect(await verification()).toMatchObject({ ok: false, brokenAt: 1, reason: 'changed' });
      await t.ctx.db.execute(sql`update audit_log set actor_label = 'system' where seq = 1`);
      expect(await changesText(1)).toBe(original);
      expect((await verification()).ok).toBe(true);
    });

    it('reports a row rewritten together with its own hash, through the link from the next row', async () => {
      const [row] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.seq, middle));
      if (!row) throw new Error('no row');
      const forged = { ...(row.changes as Record<string, unknown>), vervalst: true };
      // The forger knows the hash function and recomputes the row's own hash.
      await t.ctx.db.execute(
        sql`update audit_log set changes = ${JSON.stringify(forged)}::jsonb,
              hash = audit_row_hash(seq, at, actor_id, actor_label, action, entity_type, entity_id,
                ${JSON.stringify(forged)}::jsonb, prev_hash)
            where seq = ${middle}`,
      );
      expect(await verification()).toEqual({ ok: false, checked: middle, brokenAt: middle, reason: 'changed' });
      await t.ctx.db.execute(
        sql`update audit_log set changes = ${JSON.stringify(row.changes)}::jsonb, hash = ${row.hash} where seq = ${middle}`,
      );
      expect((await verification()).ok).toBe(true);
    });

    it('reports a deleted row in the middle as missing', async () => {
      await withoutRow(middle, async () => {
        expect(await verification()).toEqual({ ok: false, checked: middle - 1, brokenAt: middle, reason: 'missing' });
      });
      expect(await verification()).toEqual({ ok: true, checked: total, brokenAt: null, reason: null });
    });

    it('reports a deleted last row through the chain head', async () => {
      await withoutRow(total, async () => {
        expect(await verification()).toEqual({
          ok: false,
          checked: total - 1,
          brokenAt: total,
          reason: 'head_mismatch',
        });
      });
      expect(await verification()).toEqual({ ok: true, checked: total, brokenAt: null, reason: null });
    });
  });

  it('refuses changes again once the trigger is back', async () => {
    await expect(t.ctx.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    expect((await verification()).ok).toBe(true);
    // A new write still chains on correctly.
    const before = await countRows(t, 'audit_log');
    await signIn(t.app, demoEmailFor('hr'), DEMO_PASSWORD, '192.0.2.60');
    expect(await verification()).toEqual({ ok: true, checked: before + 1, brokenAt: null, reason: null });
  });
});

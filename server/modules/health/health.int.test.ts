import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { rows } from '../../http/test-helpers.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ demo: false });
});
afterAll(() => t.close());

describe('health', () => {
  it('answers /healthz without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with the database and migrations current', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'current' });
  });

  it('is not ready while a migration of this version is missing', async () => {
    const [last] = await rows<{ id: number; hash: string; created_at: string }>(
      t,
      sql`select id, hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id desc limit 1`,
    );
    if (!last) throw new Error('no migrations recorded');
    await t.ctx.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last.id}`);
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', database: 'ok', migrations: 'pending' });
      // Liveness does not depend on the database.
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await t.ctx.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last.id}, ${last.hash}, ${last.created_at}::bigint)`,
      );
    }
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('OpenAPI', () => {
  it('publishes the API at /api/openapi.json, without the hidden operational routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('Regie API');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/users', '/api/v1/users/{id}', '/api/v1/auth/login', '/api/v1/org']),
    );
    expect(document.paths['/api/v1/users']).toHaveProperty('get');
    expect(document.paths['/api/v1/users']).toHaveProperty('post');
    expect(document.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'name', 'roles', 'temporaryPassword']),
    );
    expect(document.paths).not.toHaveProperty('/healthz');
    expect(document.paths).not.toHaveProperty('/api/openapi.json');
  });
});

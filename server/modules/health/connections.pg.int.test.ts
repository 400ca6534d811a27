import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { rows } from '../../http/test-helpers.js';

// PostgreSQL only (*.pg.int.test.ts runs in the integration-postgres project): PGlite has no server connections.
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ demo: false });
});
afterAll(() => t.close());

describe('PostgreSQL closing connections', () => {
  it('does not take the process down when idle connections are terminated, and reconnects', async () => {
    // Open several pooled connections, which then sit idle.
    await Promise.all(Array.from({ length: 4 }, () => t.ctx.db.execute(sql`select pg_sleep(0.05)`)));
    const [terminated] = await rows<{ count: number }>(
      t,
      sql`select count(pg_terminate_backend(pid))::int as count from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()`,
    );
    expect(Number(terminated?.count)).toBeGreaterThan(0);
    // Give the pool time to notice; an unhandled 'error' event would be reported as an uncaught exception.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
  });
});

import { type SQL, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { ZodApp } from '../app-context.js';
import { queryRows } from '../db/client.js';
import type { TestContext } from '../db/testing.js';
import { DEMO_PASSWORD } from '../modules/demo/credentials.js';
import type { Caller } from './test-client.js';

/** Raw SQL rows from the test database (PGlite or PostgreSQL). */
export function rows<T>(t: TestContext, query: SQL): Promise<T[]> {
  return queryRows<T>(t.ctx.db, query);
}

/** Number of rows in a table, to show that a refused request stored nothing. */
export async function countRows(t: TestContext, table: string): Promise<number> {
  const [row] = await rows<{ count: number }>(t, sql`select count(*)::int as count from ${sql.identifier(table)}`);
  return Number(row?.count ?? 0);
}

export interface AuditRow {
  seq: number;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: Record<string, unknown>;
}

/** Audit rows of one action (and entity, when given), oldest first. */
export async function auditRows(t: TestContext, action: string, entityId?: string): Promise<AuditRow[]> {
  const found = await rows<AuditRow>(
    t,
    sql`select seq::int as seq, actor_id, actor_label, action, entity_type, entity_id, changes
        from audit_log
        where action = ${action} ${entityId === undefined ? sql`` : sql`and entity_id = ${entityId}`}
        order by seq`,
  );
  // Both drivers return jsonb parsed; normalise in case one hands back text.
  return found.map((row) => ({
    ...row,
    seq: Number(row.seq),
    changes: typeof row.changes === 'string' ? (JSON.parse(row.changes) as Record<string, unknown>) : row.changes,
  }));
}

/** The login request as a browser sends it; `ip` keeps the per-IP rate limit of the login route apart per test. */
export function postLogin(
  app: ZodApp,
  email: string,
  password: string,
  ip = '127.0.0.1',
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
    headers,
  });
}

/** Logs in (from the given IP) and returns what a browser would hold afterwards. */
export async function signIn(app: ZodApp, email: string, password = DEMO_PASSWORD, ip = '127.0.0.1'): Promise<Caller> {
  const response = await postLogin(app, email, password, ip);
  if (response.statusCode !== 200) throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'regie_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `regie_session=${cookie.value}`, csrfToken: (response.json() as { csrfToken: string }).csrfToken };
}

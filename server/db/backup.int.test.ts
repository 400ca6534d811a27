import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, demoEmailFor, loginAs } from '../http/test-client.js';
import { verifyAuditChain } from '../modules/audit/verify.js';
import { BackupError, exportDatabase, importDatabase, tablesInDependencyOrder } from './backup.js';
import { type Database, queryRows } from './client.js';
import { createMigratedDatabase, createTestContext, type TestContext } from './testing.js';

let source: TestContext;
let lines: string[];

/** Every table's rows in a stable order, as PostgreSQL's own JSON of them: equal means equal. */
async function contents(database: Database): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await tablesInDependencyOrder(database.db)) {
    const rows = await queryRows<{ r: unknown }>(
      database.db,
      sql.raw(`select to_jsonb(t)::text as r from "${table}" t`),
    );
    result[table] = rows.map((row) => String(row.r)).sort();
  }
  return result;
}

async function* fromLines(input: string[]): AsyncIterable<string> {
  for (const line of input) yield line;
}

async function restoreInto(input: string[]) {
  const target = await createMigratedDatabase();
  try {
    return { trailer: await importDatabase(target.database, fromLines(input)), target };
  } catch (error) {
    return { error, target };
  }
}

beforeAll(async () => {
  source = await createTestContext();
  // Some life in the database: a handling with steps, a protocol draft, audit rows.
  const employee = await loginAs(source.app, demoEmailFor('employee'));
  const started = await source.app.inject({
    method: 'POST',
    url: '/api/v1/handlings',
    headers: as(employee),
    payload: { procedure: 'telephone' },
  });
  expect(started.statusCode).toBe(201);
  lines = [];
  await exportDatabase(source.ctx.database, async (line) => {
    lines.push(line.replace(/\n$/, ''));
  });
});
afterAll(() => source.close());

describe('backup and restore', () => {
  it('round-trips a populated database exactly, with a valid audit chain and working sequences', async () => {
    const { trailer, target } = await restoreInto(lines);
    try {
      expect(trailer?.counts.users).toBeGreaterThan(5);
      expect(trailer?.counts.handling_events).toBeGreaterThan(10);
      expect(await contents(target.database)).toEqual(await contents(source.ctx.database));
      expect((await verifyAuditChain(target.database.db)).ok).toBe(true);
      // New rows get fresh serial ids after the restored ones.
      const [max] = await queryRows<{ id: number }>(
        target.database.db,
        sql`select max(id)::int as id from handling_events`,
      );
      const [inserted] = await queryRows<{ id: number }>(
        target.database.db,
        sql`insert into handling_events (handling_id, actor_id, type)
            select handling_id, actor_id, 'phase_changed' from handling_events limit 1 returning id::int as id`,
      );
      expect(Number(inserted?.id)).toBeGreaterThan(Number(max?.id));
    } finally {
      await target.database.close();
      await target.drop();
    }
  });

  it('refuses a damaged, truncated or foreign file and stores nothing', async () => {
    const changed = lines.map((line) => line.replace('Sanne de Vries', 'Sanne de Wit'));
    const truncated = lines.slice(0, -1);
    const missingRow = [...lines.slice(0, 5), ...lines.slice(6)];
    const foreign = ['{"format":"other"}'];
    const garbage = [lines[0] as string, 'not json'];
    for (const [input, message] of [
      [changed, /checksum/],
      [truncated, /incomplete/],
      [missingRow, /checksum|missing/],
      [foreign, /not a Regie backup/],
      [garbage, /not valid JSON/],
    ] as const) {
      const { error, target } = await restoreInto([...input]);
      try {
        expect(error).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(message);
        const [users] = await queryRows<{ count: number }>(
          target.database.db,
          sql`select count(*)::int as count from users`,
        );
        expect(Number(users?.count)).toBe(0);
      } finally {
        await target.database.close();
        await target.drop();
      }
    }
  }, 120_000); // five restores, each into a new migrated database

  it('refuses to restore over a database that already has data', async () => {
    const error = await importDatabase(source.ctx.database, fromLines(lines)).catch((caught) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/not empty/);
  });
});

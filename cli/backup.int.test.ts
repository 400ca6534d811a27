import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from '../server/db/client.js';
import { runMigrations } from '../server/db/migrate.js';
import { createPostgresDatabase, testDatabaseKind } from '../server/db/testing.js';
import { loadDemoData } from '../server/modules/demo/seed.js';
import { ensureProtocol } from '../server/modules/protocols/service.js';

const run = promisify(execFile);
const work = mkdtempSync(path.join(os.tmpdir(), 'regie-backup-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** A database of the test's kind, and the environment that points the command-line tools at it. */
async function newDatabase(name: string): Promise<{ env: Record<string, string>; open: () => Promise<Database> }> {
  if (testDatabaseKind() === 'postgres') {
    const created = await createPostgresDatabase();
    cleanups.push(created.drop);
    return { env: { DATABASE_URL: created.url }, open: () => openDatabase({ url: created.url }) };
  }
  const dataDir = path.join(work, name);
  return { env: { DATA_DIR: dataDir, DATABASE_URL: '' }, open: () => openDatabase({ dataDir }) };
}

function cli(script: string, args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function userNames(database: Database): Promise<string[]> {
  return (await queryRows<{ name: string }>(database.db, sql`select name from users order by name`)).map((r) => r.name);
}

describe('npm run backup / npm run restore', () => {
  it('backs up a populated database to a checksummed file and restores it into an empty one', async () => {
    const source = await newDatabase('source');
    const seeded = await source.open();
    await runMigrations(seeded);
    await loadDemoData(seeded.db);
    await ensureProtocol(seeded.db);
    const names = await userNames(seeded);
    await seeded.close();

    const file = path.join(work, 'regie.jsonl.gz');
    const backup = await cli('cli/backup.ts', ['--out', file], source.env);
    expect(backup.code, backup.stderr).toBe(0);
    const summary = JSON.parse(backup.stdout);
    expect(summary.rows).toBeGreaterThan(50);
    expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(`${summary.sha256}  regie.jsonl.gz\n`);

    const target = await newDatabase('target');
    const restore = await cli('cli/restore.ts', [file], target.env);
    expect(restore.code, restore.stderr).toBe(0);
    const restored = await target.open();
    try {
      expect(await userNames(restored)).toEqual(names);
      const [audit] = await queryRows<{ action: string }>(
        restored.db,
        sql`select action from audit_log order by seq desc limit 1`,
      );
      expect(audit?.action).toBe('backup.restored');
    } finally {
      await restored.close();
    }

    // Restoring twice into the same database is refused: it is no longer empty.
    const again = await cli('cli/restore.ts', [file], target.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('not empty');
  }, 120_000);

  it('refuses a file that does not match its .sha256, before touching any database', async () => {
    const file = path.join(work, 'broken.jsonl.gz');
    writeFileSync(file, 'not a backup');
    writeFileSync(`${file}.sha256`, `${'0'.repeat(64)}  broken.jsonl.gz\n`);
    const target = await newDatabase('untouched');
    const result = await cli('cli/restore.ts', [file], target.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not match');
    if (testDatabaseKind() === 'pglite') expect(existsSync(target.env.DATA_DIR as string)).toBe(false);
  }, 60_000);
});

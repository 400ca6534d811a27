import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../app.js';
import type { AppContext, ZodApp } from '../app-context.js';
import { type Config, loadConfig } from '../config.js';
import { loadDemoData } from '../modules/demo/seed.js';
import { ensureProtocol } from '../modules/protocols/service.js';
import { type Database, openDatabase } from './client.js';
import { runMigrations } from './migrate.js';

/**
 * Which real database the integration tests run on: PGlite (in memory) by default, PostgreSQL when the
 * test project sets TEST_DB=postgres (it needs TEST_DATABASE_URL). Each call gets a database of its own.
 */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `regie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A database of the test's kind with every migration applied and no rows: the start of every test context. */
export async function createMigratedDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  let drop = async () => {};
  let database: Database;
  if (testDatabaseKind() === 'postgres') {
    const created = await createPostgresDatabase();
    drop = created.drop;
    database = await openDatabase({ url: created.url });
  } else {
    database = await openDatabase({});
  }
  await runMigrations(database);
  return { database, drop };
}

export interface TestContext {
  ctx: AppContext;
  app: ZodApp;
  close(): Promise<void>;
}

/** A migrated database (with demo data unless asked otherwise) and the full application on it. */
export async function createTestContext(
  options: { demo?: boolean; config?: Partial<Config> } = {},
): Promise<TestContext> {
  // Tests write far faster than people do; the write limit itself is tested with a low value of its own.
  const config: Config = {
    ...loadConfig({}),
    webDir: '/nonexistent',
    backgroundJobs: false,
    writeRateLimitPerMinute: 1_000_000,
    ...options.config,
  };
  const { database, drop } = await createMigratedDatabase();
  if (options.demo !== false) await loadDemoData(database.db);
  await ensureProtocol(database.db);
  const ctx: AppContext = { config, database, db: database.db };
  // A 500 in a test is a defect whose cause would otherwise be lost: only those are logged (to stderr).
  const app = await buildApp(ctx, { logger: { level: 'error', stream: process.stderr } });
  return {
    ctx,
    app,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

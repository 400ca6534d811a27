import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL's connection string, for connections outside the pool (LISTEN needs one of its own). */
  url?: string;
  /** The embedded database itself, for its in-process LISTEN/NOTIFY. */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite database (in dataDir, or in memory). */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // PostgreSQL may close an idle connection (restart, failover, an administrator). Without a listener that
    // 'error' event would crash the process; the pool drops the connection and opens a new one when needed.
    pool.on('error', (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    // Fail fast with a clear error instead of at the first request.
    const probe = await pool.connect();
    probe.release();
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      kind: 'postgres',
      url: options.url,
      close: () => pool.end(),
    };
  }
  // Extensions the migrations create must be loaded into PGlite here (PostgreSQL ships them as contrib):
  // pg_trgm backs the incident list's free-text search.
  const client = new PGlite({ dataDir: options.dataDir, extensions: { pg_trgm } });
  await client.waitReady;
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    pglite: client,
    close: () => client.close(),
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with { rows }. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

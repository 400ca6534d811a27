import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { type Executor, queryRows, type Tx } from './client.js';
import { expectedMigrationCount } from './migrate.js';

/**
 * A logical backup: every row of every table as JSON, in one consistent snapshot. The same file restores into the
 * embedded database and into PostgreSQL, so it also moves a trial on PGlite to a production PostgreSQL.
 *
 * File layout (JSON Lines, gzip-compressed by the caller): a header line, one line per row `{"t": table, "r": row}`,
 * and a trailer line with the row counts and the SHA-256 of all lines before it.
 */
export const BACKUP_FORMAT = 'regie-backup';
export const BACKUP_VERSION = 1;
const BATCH = 500;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Migrations applied in the source: a backup restores into a database at the same schema version. */
  migrations: number;
  tables: string[];
}

export interface BackupTrailer {
  end: true;
  counts: Record<string, number>;
  sha256: string;
}

export class BackupError extends Error {}

/** Tables of the public schema, parents before children, so that rows can be inserted in this order. */
export async function tablesInDependencyOrder(db: Executor): Promise<string[]> {
  const tables = (
    await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((row) => row.name);
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const strip = (name: string) => name.replace(/^public\./, '').replace(/"/g, '');
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const edge of edges) {
    if (strip(edge.child) !== strip(edge.parent)) parents.get(strip(edge.child))?.add(strip(edge.parent));
  }
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

const identifier = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** Writes the whole database through `write` (one line at a time), from one read-only repeatable-read snapshot. */
export async function exportDatabase(
  database: Database,
  write: (line: string) => Promise<void>,
): Promise<BackupTrailer> {
  const hash = createHash('sha256');
  const emit = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    hash.update(line);
    await write(line);
  };
  const counts: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const tables = await tablesInDependencyOrder(tx);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(tx),
      tables,
    };
    await emit(header);
    for (const table of tables) {
      counts[table] = 0;
      // A cursor keeps memory flat however large a table is.
      await tx.execute(
        sql`declare backup_rows no scroll cursor for select to_jsonb(t) as r from ${identifier(table)} t`,
      );
      for (;;) {
        const rows = await queryRows<{ r: unknown }>(tx, sql.raw(`fetch ${BATCH} from backup_rows`));
        for (const row of rows) {
          await emit({ t: table, r: typeof row.r === 'string' ? JSON.parse(row.r) : row.r });
          counts[table]++;
        }
        if (rows.length < BATCH) break;
      }
      await tx.execute(sql`close backup_rows`);
    }
  });
  const trailer: BackupTrailer = { end: true, counts, sha256: hash.digest('hex') };
  await write(`${JSON.stringify(trailer)}\n`);
  return trailer;
}

async function appliedMigrations(db: Executor): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  return Number(row?.count ?? 0);
}

async function rowCount(tx: Tx, table: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(tx, sql`select count(*)::int as count from ${identifier(table)}`);
  return Number(row?.count ?? 0);
}

/** Moves every serial column's sequence past the restored rows, so new rows do not collide with them. */
async function resetSequences(tx: Tx, table: string): Promise<void> {
  const columns = await queryRows<{ column: string }>(
    tx,
    sql`select column_name as column from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and column_default like 'nextval(%'`,
  );
  for (const { column } of columns) {
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${`public.${table}`}, ${column}),
                        coalesce((select max(${identifier(column)}) from ${identifier(table)}), 0) + 1, false)`,
    );
  }
}

/**
 * Restores a backup into a migrated, empty database, all in one transaction: either every row arrives and the
 * checksum and counts match, or nothing is stored.
 */
export async function importDatabase(database: Database, lines: AsyncIterable<string>): Promise<BackupTrailer> {
  const hash = createHash('sha256');
  return database.db.transaction(async (tx) => {
    const iterator = lines[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done) throw new BackupError('The backup file is empty.');
    hash.update(`${first.value}\n`);
    const header = parseLine(first.value) as Partial<BackupHeader>;
    if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION || !Array.isArray(header.tables)) {
      throw new BackupError('This is not a Regie backup (or one of an unknown version).');
    }
    const migrations = await appliedMigrations(tx);
    if (header.migrations !== migrations || migrations !== expectedMigrationCount()) {
      throw new BackupError(
        `The backup was made at schema version ${header.migrations}; this Regie is at ${expectedMigrationCount()}. ` +
          'Restore it with the Regie version that made it, then upgrade.',
      );
    }
    // Derived rows kept by triggers (incident_facts) are in the backup themselves: the triggers stand aside.
    await tx.execute(sql`select set_config('regie.restoring', 'on', true)`);
    const tables = await tablesInDependencyOrder(tx);
    for (const table of tables) {
      if ((await rowCount(tx, table)) > 0) {
        throw new BackupError(`The target database is not empty (table ${table} has rows). Restore into an empty one.`);
      }
    }
    const known = new Set(tables);
    const counts: Record<string, number> = {};
    let batch: { table: string; rows: unknown[] } = { table: '', rows: [] };
    const flush = async () => {
      if (batch.rows.length === 0) return;
      const table = identifier(batch.table);
      await tx.execute(
        sql`insert into ${table} select * from jsonb_populate_recordset(null::${table}, ${JSON.stringify(batch.rows)}::jsonb)`,
      );
      batch = { table: batch.table, rows: [] };
    };
    let trailer: BackupTrailer | null = null;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line === '') continue;
      const value = parseLine(line) as { t?: string; r?: unknown; end?: boolean };
      if (value.end) {
        trailer = value as BackupTrailer;
        break;
      }
      hash.update(`${line}\n`);
      if (typeof value.t !== 'string' || !known.has(value.t))
        throw new BackupError(`Unknown table in backup: ${value.t}`);
      if (value.t !== batch.table) {
        await flush();
        batch = { table: value.t, rows: [] };
      }
      batch.rows.push(value.r);
      counts[value.t] = (counts[value.t] ?? 0) + 1;
      if (batch.rows.length >= BATCH) await flush();
    }
    await flush();
    if (!trailer) throw new BackupError('The backup file is incomplete: its last line is missing.');
    if (trailer.sha256 !== hash.digest('hex'))
      throw new BackupError('The backup file is damaged: its checksum does not match.');
    for (const [table, expected] of Object.entries(trailer.counts)) {
      if ((counts[table] ?? 0) !== expected)
        throw new BackupError(`The backup file is damaged: rows of ${table} are missing.`);
    }
    for (const table of tables) await resetSequences(tx, table);
    return trailer;
  });
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupError('The backup file is damaged: a line is not valid JSON.');
  }
}

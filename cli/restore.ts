// `npm run restore -- <file>`: restores a backup made by `npm run backup` into an EMPTY database (DATABASE_URL, or a
// new DATA_DIR). Checks the file's .sha256 (when beside it) and the checksum inside; on any mismatch nothing is stored.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { BackupError, importDatabase } from '../server/db/backup.js';
import { runMigrations } from '../server/db/migrate.js';
import { recordAudit, SYSTEM_ACTOR } from '../server/modules/audit/record.js';
import { openConfiguredDatabase } from './open-database.js';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  process.stderr.write('Usage: npm run restore -- <backup file .jsonl.gz>\n');
  process.exit(2);
}

async function fileChecksum(target: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(target)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const sidecar = `${file}.sha256`;
if (existsSync(sidecar)) {
  const expected = readFileSync(sidecar, 'utf8').trim().split(/\s+/)[0];
  if (expected !== (await fileChecksum(file))) {
    process.stderr.write(
      `The backup file does not match ${path.basename(sidecar)}: it is damaged or not the same file.\n`,
    );
    process.exit(1);
  }
}

const { database, release } = await openConfiguredDatabase();
try {
  await runMigrations(database);
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const trailer = await importDatabase(database, lines);
  await database.db.transaction((tx) =>
    recordAudit(tx, SYSTEM_ACTOR, {
      action: 'backup.restored',
      entityType: 'backup',
      entityId: trailer.sha256.slice(0, 16),
      details: { file: path.basename(file), rows: Object.values(trailer.counts).reduce((a, b) => a + b, 0) },
    }),
  );
  process.stdout.write(`${JSON.stringify({ restored: path.basename(file), counts: trailer.counts })}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Restore failed, nothing was stored: ${message}\n`);
  process.exitCode = error instanceof BackupError ? 1 : 3;
} finally {
  await release();
}

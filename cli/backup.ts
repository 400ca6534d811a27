// `npm run backup [-- --out <file>]`: a consistent backup of the configured database (DATABASE_URL, or the embedded
// database in DATA_DIR while Regie is stopped) as gzip-compressed JSON Lines, with <file>.sha256 beside it
// (check it with `sha256sum -c <file>.sha256`).
import { createHash } from 'node:crypto';
import { createWriteStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { exportDatabase } from '../server/db/backup.js';
import { openConfiguredDatabase } from './open-database.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const out = path.resolve(values.out ?? `regie-backup-${stamp}.jsonl.gz`);

const { database, release } = await openConfiguredDatabase();
try {
  const file = createWriteStream(out, { flags: 'wx' });
  const gzip = createGzip();
  const checksum = createHash('sha256');
  gzip.on('data', (chunk: Buffer) => checksum.update(chunk));
  gzip.pipe(file);
  const trailer = await exportDatabase(database, async (line) => {
    if (!gzip.write(line)) await new Promise((resolve) => gzip.once('drain', resolve));
  });
  await new Promise<void>((resolve, reject) => {
    file.on('finish', resolve).on('error', reject);
    gzip.end();
  });
  const digest = checksum.digest('hex');
  writeFileSync(`${out}.sha256`, `${digest}  ${path.basename(out)}\n`);
  const rows = Object.values(trailer.counts).reduce((sum, count) => sum + count, 0);
  process.stdout.write(
    `${JSON.stringify({ file: out, sha256: digest, tables: Object.keys(trailer.counts).length, rows })}\n`,
  );
} catch (error) {
  process.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await release();
}

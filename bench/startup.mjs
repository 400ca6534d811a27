// `npm run bench:startup`: time from `npm start` to a healthy /readyz on an existing embedded database, and the
// gzip size of the JavaScript a browser loads first. Prints JSON; targets: < 10 s and <= 300 KB.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `npm start`, returns ms until /readyz answers 200, then stops it with SIGTERM. */
async function timedStart(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let elapsed = null;
  while (performance.now() - started < 120_000) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.ok) {
        elapsed = performance.now() - started;
        break;
      }
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  if (elapsed === null) throw new Error('Regie did not become ready within 120 s');
  return Math.round(elapsed);
}

function firstLoadJsGzipBytes() {
  const webDir = path.join(root, 'dist', 'web');
  const html = readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((match) => match[1]);
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(webDir, src)), { level: 9 }).length, 0);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regie-bench-'));
try {
  // First start creates the database, runs migrations, loads demo data and builds the front end if needed.
  const firstStartMs = await timedStart(dataDir);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timedStart(dataDir));
  const sorted = [...runs].sort((a, b) => a - b);
  const jsBytes = firstLoadJsGzipBytes();
  const result = {
    benchmark: 'startup',
    date: new Date().toISOString(),
    node: process.version,
    firstStartMs,
    existingDatabaseStartMs: { runs, median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) },
    firstLoadJsGzipBytes: jsBytes,
    firstLoadJsGzipKB: Math.round(jsBytes / 102.4) / 10,
    targets: { existingDatabaseStartMs: 10_000, firstLoadJsGzipKB: 300 },
    withinTargets: sorted.at(-1) < 10_000 && jsBytes <= 300 * 1024,
  };
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', 'startup.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, testDatabaseKind } from './db/testing.js';

/** The server process as `npm start` runs it (without rebuilding the web front end). */
function startRegie(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, SKIP_WEB_BUILD: 'true', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function waitForReady(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Regie did not become ready');
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function embeddedScenario(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regie-process-'));
  dirs.push(dataDir);
  const port = 38_000 + Math.floor(Math.random() * 2000);
  const first = startRegie({ DATA_DIR: dataDir, PORT: String(port) });
  await waitForReady(port, first.child);
  expect(first.output()).toContain(`http://localhost:${port}`);
  expect(first.output()).toContain('Production should use PostgreSQL');
  expect(first.output()).toContain('beheer@wonenzuid.example');
  expect(existsSync(path.join(dataDir, 'regie.lock'))).toBe(true);

  const second = startRegie({ DATA_DIR: dataDir, PORT: String(port + 1) });
  expect(await exitOf(second.child)).toBe(1);
  expect(second.output()).toContain('already in use by another Regie process');

  first.child.kill('SIGTERM');
  expect(await exitOf(first.child)).toBe(0);
  expect(existsSync(path.join(dataDir, 'regie.lock'))).toBe(false);

  // The data survives a restart, and demo data is not loaded twice.
  const again = startRegie({ DATA_DIR: dataDir, PORT: String(port + 2) });
  await waitForReady(port + 2, again.child);
  const login = await fetch(`http://127.0.0.1:${port + 2}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@wonenzuid.example', password: 'Regie-demo-2026' }),
  });
  expect(login.status).toBe(200);
  again.child.kill('SIGINT');
  expect(await exitOf(again.child)).toBe(0);
}

async function postgresScenario(): Promise<void> {
  const database = await createPostgresDatabase();
  try {
    const port = 40_000 + Math.floor(Math.random() * 2000);
    const regie = startRegie({ DATABASE_URL: database.url, PORT: String(port) });
    await waitForReady(port, regie.child);
    expect(regie.output()).toContain('Database: PostgreSQL');
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@wonenzuid.example', password: 'Regie-demo-2026' }),
    });
    expect(login.status).toBe(200);
    regie.child.kill('SIGTERM');
    expect(await exitOf(regie.child)).toBe(0);
  } finally {
    await database.drop();
  }
}

// Each database project runs the scenario of its own kind: the embedded one's lock, or PostgreSQL via DATABASE_URL.
describe('the Regie server process', () => {
  if (testDatabaseKind() === 'pglite') {
    it(
      'prints the banner, refuses a second process on the same data folder, and closes cleanly on SIGTERM',
      embeddedScenario,
      120_000,
    );
  } else {
    it(
      'migrates a new PostgreSQL database given DATABASE_URL, loads demo data and serves it',
      postgresScenario,
      120_000,
    );
  }
});

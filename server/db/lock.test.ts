import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'regie-lock-'));
  dirs.push(dir);
  return dir;
}

const lockModule = pathToFileURL(path.join(import.meta.dirname, 'lock.ts')).href;

/** Another process that takes the lock on the data folder and holds it until it is killed. */
function holdLockInAnotherProcess(dataDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
       lockDataDir(${JSON.stringify(dataDir)});
       console.log('locked');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('locked')) resolve(child);
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}: ${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exitOf(child);
  }
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('creates the folder, writes our pid, and removes the lock on unlock', () => {
    const dataDir = path.join(tempDir(), 'nog-niet-aangemaakt');
    const unlock = lockDataDir(dataDir);
    const lockFile = path.join(dataDir, 'regie.lock');
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    unlock();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a second lock while the first holder is alive, and takes over once it has died', async () => {
    const dataDir = tempDir();
    const holder = await holdLockInAnotherProcess(dataDir);
    const lockFile = path.join(dataDir, 'regie.lock');
    expect(readFileSync(lockFile, 'utf8')).toBe(String(holder.pid));

    let refusal: unknown;
    try {
      lockDataDir(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect(refusal).toMatchObject({ dataDir, pid: holder.pid });
    expect((refusal as Error).message).toContain(`pid ${holder.pid}`);
    // The refused attempt left the holder's lock alone.
    expect(readFileSync(lockFile, 'utf8')).toBe(String(holder.pid));

    // A crash (no chance to clean up) leaves a stale lock behind, which the next process takes over.
    holder.kill('SIGKILL');
    await exitOf(holder);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(holder.pid));
    const unlock = lockDataDir(dataDir);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    unlock();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock file that holds no pid', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'regie.lock'), 'rommel');
    const unlock = lockDataDir(dataDir);
    expect(readFileSync(path.join(dataDir, 'regie.lock'), 'utf8')).toBe(String(process.pid));
    unlock();
  });
});

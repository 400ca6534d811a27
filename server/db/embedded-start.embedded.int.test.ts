import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RegieProcess, startRegie, waitForReady } from '../http/regie-process.js';

/**
 * The embedded database never starts with data silently missing (issue 10): a data folder that held Regie's data
 * and now opens empty, or does not open at all, makes Regie refuse to start with a clear message. (After a crash it
 * recovers: see server/crash.int.test.ts.) About the embedded database only, so not run in the PostgreSQL project.
 */

const folders: string[] = [];
const processes: RegieProcess[] = [];
afterAll(() => {
  for (const regie of processes) if (regie.child.exitCode === null) regie.child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(path.join(os.tmpdir(), 'regie-embedded-'));
  folders.push(made);
  return made;
}

async function startAndStop(dataDir: string): Promise<void> {
  const regie = await startRegie({ DATA_DIR: dataDir });
  processes.push(regie);
  await waitForReady(regie);
  regie.child.kill('SIGTERM');
  await regie.exited;
}

async function refusal(dataDir: string): Promise<{ code: number | null; output: string }> {
  const regie = await startRegie({ DATA_DIR: dataDir });
  processes.push(regie);
  await regie.exited;
  return { code: regie.child.exitCode, output: regie.output() };
}

describe('starting on an embedded data folder', () => {
  let used: string;

  it('marks a folder that holds data, and starts on it again', async () => {
    used = folder();
    await startAndStop(used);
    expect(existsSync(path.join(used, 'regie-data-in-use'))).toBe(true);
    await startAndStop(used);
  }, 180_000);

  it('refuses to start, and loads no demo data, when the folder held data but its database files are gone', async () => {
    const emptied = folder();
    cpSync(path.join(used, 'regie-data-in-use'), path.join(emptied, 'regie-data-in-use'));
    const { code, output } = await refusal(emptied);
    expect(code).toBe(1);
    expect(output).toContain('is nu leeg');
    expect(output).toContain('is now empty');
    // Refused again on the next try: nothing was created that would let it pass.
    expect((await refusal(emptied)).code).toBe(1);
  }, 180_000);

  it('refuses to start with a clear message when the database files are damaged', async () => {
    const damaged = folder();
    cpSync(used, damaged, { recursive: true });
    writeFileSync(path.join(damaged, 'global', 'pg_control'), Buffer.alloc(64));
    const { code, output } = await refusal(damaged);
    expect(code).toBe(1);
    expect(output).toContain('kan niet worden geopend');
    expect(output).toContain('cannot be opened');
  }, 180_000);
});

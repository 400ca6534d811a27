import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `npx regie <args>` the way a user does, in the project, feeding `input` on stdin. */
function regie(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no-install', 'regie', ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

describe('npx regie analyse', () => {
  it('writes one result per input line, in order, with the result shape of the issue', async () => {
    const input = [
      { id: 'a', kind: 'utterance', text: 'Ik weet waar je woont.' },
      { id: 'b', kind: 'report', text: 'De klant was erg agressief en noemde mij "trut".' },
      { id: 'c', kind: 'response', text: 'U bent agressief.' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { code, stdout, stderr } = await regie(['analyse'], `${input}\n`);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/regel|line/);
    const out = lines(stdout);
    expect(out.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(out[0]).sort()).toEqual(
      ['id', 'kind', 'phase', 'threat', 'insult', 'shouting', 'judgements', 'advice', 'cues'].sort(),
    );
    expect(out[0]).toMatchObject({ phase: 4, threat: true });
    expect(out[1].judgements.map((j: { text: string }) => j.text)).toEqual(['was erg agressief']);
    expect(out[2].advice[0]).toMatchObject({ rule: 'label_person', start: 0, end: 16, suggestion: 'u schreeuwt' });
  }, 30_000);

  it('reports malformed lines on stdout (by id or line number) and stderr, and goes on', async () => {
    const input = [
      '{"id":"1","kind":"utterance","text":"Kut, alweer een brief."}',
      'dit is geen json',
      '',
      '{"id":"3","kind":"gedicht","text":"x"}',
      '{"kind":"report","text":"zonder id"}',
      `{"id":"5","kind":"report","text":"${'a'.repeat(5001)}"}`,
      '{"id":"6","kind":"response","text":"Ik zie dat u boos bent."}',
    ].join('\n');
    const { code, stdout, stderr } = await regie(['analyse'], input);
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ id: '1', phase: 1, insult: false });
    expect(out[1]).toMatchObject({ id: null, line: 2, error: { code: 'malformed_json' } });
    expect(out[2]).toMatchObject({ id: '3', line: 4, error: { code: 'invalid_item' } });
    expect(out[3]).toMatchObject({ id: null, line: 5, error: { code: 'invalid_item' } });
    expect(out[4]).toMatchObject({ id: '5', line: 6, error: { code: 'invalid_item' } });
    expect(out[5]).toMatchObject({ id: '6', cues: [{ code: 'script_erkenning' }] });
    expect(stderr).toMatch(/line 2: malformed_json/);
    expect(stderr).toMatch(/line 4 \(id 3\): invalid_item/);
  }, 30_000);

  it('explains itself and refuses unknown commands', async () => {
    expect((await regie(['--help'], '')).stdout).toMatch(/regie analyse/);
    const unknown = await regie(['analyze-all'], '');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
  }, 30_000);
});

import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyse } from '../server/modules/language/analyse.js';
import { ZAnalysisItem } from '../server/modules/language/schema.js';

/**
 * The JSON Lines loop behind `regie analyse`: one output line per non-empty input line, in the same order. A line
 * that is not valid JSON or not a valid item gives an error object (with the item's id when it has one, and
 * always the line number) on `out` and a message on `err`; the run goes on.
 */
export async function analyseLines(
  input: Readable,
  out: Writable,
  err: Writable,
): Promise<{ ok: number; failed: number }> {
  let lineNumber = 0;
  let ok = 0;
  let failed = 0;
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    const line = raw.trim();
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      failed++;
      await fail(write, err, lineNumber, null, 'malformed_json', 'geen geldige JSON / not valid JSON');
      continue;
    }
    const item = ZAnalysisItem.safeParse(parsed);
    if (!item.success) {
      failed++;
      const id = typeof (parsed as { id?: unknown })?.id === 'string' ? (parsed as { id: string }).id : null;
      const problems = item.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`).join('; ');
      await fail(write, err, lineNumber, id, 'invalid_item', problems);
      continue;
    }
    ok++;
    await write(analyse(item.data));
  }
  return { ok, failed };
}

async function fail(
  write: (value: unknown) => Promise<void>,
  err: Writable,
  line: number,
  id: string | null,
  code: string,
  message: string,
): Promise<void> {
  await write({ id, line, error: { code, message } });
  err.write(`regel/line ${line}${id ? ` (id ${id})` : ''}: ${code}: ${message}\n`);
}

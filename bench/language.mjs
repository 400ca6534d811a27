// `npm run bench:language`: throughput (sentences per second on one core) and per-item latency of the Dutch
// language assistant, on the items of the labelled data set (both splits, all three kinds). Prints JSON.
// One process, one thread: Node runs the analysis on a single core. Target: >= 5,000 sentences per second.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { analyse } = await import('../server/modules/language/analyse.ts');
const { sentences } = await import('../server/modules/language/text.ts');

const items = ['dev', 'test', 'test2', 'test3', 'test4'].flatMap((split) =>
  readFileSync(path.join(root, 'server/modules/language/dataset', `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))
    .map(({ id, kind, text }) => ({ id, kind, text })),
);
const sentenceCount = items.reduce((n, item) => n + Math.max(1, sentences(item.text).length), 0);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

// Warm up the regular expressions and the JIT.
for (let i = 0; i < 5; i++) for (const item of items) analyse(item);

const latencies = [];
const cpuStarted = process.cpuUsage();
const started = process.hrtime.bigint();
for (let round = 0; round < ROUNDS; round++) {
  for (const item of items) {
    const t0 = process.hrtime.bigint();
    analyse(item);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// CPU time of this process: on a shared, loaded machine wall time mostly measures the other processes.
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];

const result = {
  benchmark: 'language',
  node: process.version,
  items: items.length,
  rounds: ROUNDS,
  sentencesPerRound: sentenceCount,
  itemsPerSecond: Math.round((items.length * ROUNDS) / seconds),
  sentencesPerSecond: Math.round((sentenceCount * ROUNDS) / seconds),
  sentencesPerCpuSecond: Math.round((sentenceCount * ROUNDS) / cpuSeconds),
  latencyMs: { p50: round3(pct(50)), p90: round3(pct(90)), p99: round3(pct(99)), max: round3(latencies.at(-1)) },
  target: { sentencesPerSecond: 5000 },
  pass: (sentenceCount * ROUNDS) / seconds >= 5000,
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(root, 'bench', 'results', 'language.json'), `${JSON.stringify(result, null, 2)}\n`);

function round3(n) {
  return Math.round(n * 1000) / 1000;
}

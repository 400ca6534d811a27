// `npm run bench:alarm`: 1,000 simulated responders on WebSockets spread over 2 Regie processes on one PostgreSQL.
// Measures press→committed, press→delivered to every responder, and how late escalations fire against their
// deadline. Prints JSON and writes bench/results/alarm.json. Needs PostgreSQL: BENCH_DATABASE_URL or
// TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); creates and drops a database of its own.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import WebSocket from 'ws';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RESPONDERS = Number(process.env.BENCH_RESPONDERS ?? 1000);
const PRESSES = Number(process.env.BENCH_PRESSES ?? 20);
const ESCALATIONS = Number(process.env.BENCH_ESCALATIONS ?? 10);
const ACK_TIMEOUT_SECONDS = 2;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startRegie(databaseUrl, port) {
  let output = '';
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      SKIP_WEB_BUILD: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return { child, port, output: () => output };
}

async function waitForReady(regie) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (regie.child.exitCode !== null) throw new Error(`Regie exited:\n${regie.output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${regie.port}/readyz`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Regie did not become ready');
}

const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1));
};
const stats = (values) => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  max: values.length ? Number(Math.max(...values).toFixed(1)) : null,
});

/** 1,000 responders of the Eindhoven intervention team, on duty all week, each with a session of their own. */
async function seedResponders(client) {
  const office = (await client.query(`select id from offices where name = 'Kantoor Eindhoven'`)).rows[0].id;
  const team = (await client.query(`select id from response_teams where name = 'Interventieteam Eindhoven'`)).rows[0]
    .id;
  const hash = (await client.query(`select password_hash from users where email = 'interventie@wonenzuid.example'`))
    .rows[0].password_hash;
  const users = await client.query(
    `insert into users (email, name, password_hash, office_id)
     select 'bench-' || n || '@bench.example', 'Responder ' || n, $1, $2 from generate_series(1, $3) as n
     returning id`,
    [hash, office, RESPONDERS],
  );
  const ids = users.rows.map((row) => row.id);
  await client.query(`insert into user_roles (user_id, role) select unnest($1::uuid[]), 'responder'`, [ids]);
  await client.query(`insert into response_team_members (team_id, user_id) select $1, unnest($2::uuid[])`, [team, ids]);
  await client.query(
    `insert into duty_shifts (team_id, user_id, weekday, start_minute, end_minute)
     select $1, u, d, 0, 1440 from unnest($2::uuid[]) as u, generate_series(1, 7) as d`,
    [team, ids],
  );
  const tokens = ids.map(() => randomBytes(32).toString('base64url'));
  await client.query(
    `insert into sessions (token_hash, user_id, csrf_token, expires_at)
     select h, u, 'bench', now() + interval '1 day' from unnest($1::text[], $2::uuid[]) as s(h, u)`,
    [tokens.map((token) => createHash('sha256').update(token).digest('hex')), ids],
  );
  return { office, tokens };
}

async function login(port, email) {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'Regie-demo-2026' }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
  return {
    cookie: response.headers.get('set-cookie').split(';')[0],
    csrf: (await response.json()).csrfToken,
  };
}

async function call(port, session, method, urlPath, body) {
  const response = await fetch(`http://127.0.0.1:${port}${urlPath}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${method} ${urlPath}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function main() {
  const name = `regie_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const processes = [];
  const sockets = [];
  const heartbeatTimers = [];
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    const a = startRegie(databaseUrl, await freePort());
    processes.push(a);
    await waitForReady(a);
    const b = startRegie(databaseUrl, await freePort());
    processes.push(b);
    await waitForReady(b);
    await client.connect();
    const { office, tokens } = await seedResponders(client);
    // Only the intervention team in this run; a long deadline while measuring delivery.
    await client.query(`update response_teams set active = false where name = 'BHV Eindhoven'`);

    // Every responder's phone: half on A, half on B. The message handler records when each alarm arrives.
    const arrivals = new Map(); // alarmId → array of arrival times
    const heartbeats = heartbeatTimers;
    let snapshots = 0;
    await Promise.all(
      tokens.map(
        (token, index) =>
          new Promise((resolve, reject) => {
            const port = index % 2 === 0 ? a.port : b.port;
            const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/alarms/stream`, {
              headers: { cookie: `regie_session=${token}` },
            });
            const seen = new Set();
            socket.on('message', (data) => {
              const now = performance.now();
              const message = JSON.parse(data.toString());
              if (message.type === 'snapshot') {
                snapshots++;
                resolve();
              }
              if (message.type !== 'alarm' || seen.has(message.alarm.id)) return;
              seen.add(message.alarm.id);
              const list = arrivals.get(message.alarm.id) ?? [];
              list.push(now);
              arrivals.set(message.alarm.id, list);
              socket.send(JSON.stringify({ type: 'delivered', alarmId: message.alarm.id }));
            });
            socket.on('error', reject);
            // Like the app: a heartbeat every 15 s keeps the responder reachable (staggered over the interval).
            const beat = () => socket.readyState === WebSocket.OPEN && socket.send('{"type":"heartbeat"}');
            socket.on('open', () => {
              const first = setTimeout(() => {
                beat();
                heartbeats.push(setInterval(beat, 15_000));
              }, Math.random() * 15_000);
              heartbeats.push(first);
            });
            sockets.push(socket);
          }),
      ),
    );
    if (snapshots !== RESPONDERS) throw new Error(`only ${snapshots} responders connected`);

    const safety = await login(a.port, 'preventie@wonenzuid.example');
    await call(a.port, safety, 'PUT', `/api/v1/duty/offices/${office}/settings`, {
      minReachable: 1,
      ackTimeoutSeconds: 600,
      escalation: [{ target: 'managers', timeoutSeconds: 600 }],
    });
    const presser = { A: await login(a.port, 'medewerker@wonenzuid.example'), B: null };
    presser.B = await login(b.port, 'medewerker@wonenzuid.example');

    const committedMs = [];
    const answeredMs = [];
    const serverCommitMs = [];
    const deliveredMs = [];
    const deliveredToAllMs = [];
    let incomplete = 0;
    for (let press = 0; press < PRESSES; press++) {
      const via = press % 2 === 0 ? a : b;
      const session = press % 2 === 0 ? presser.A : presser.B;
      const pressedWall = Date.now();
      const started = performance.now();
      const alarm = await call(via.port, session, 'POST', '/api/v1/alarms', { drill: true });
      answeredMs.push(performance.now() - started);
      if (alarm.notified !== RESPONDERS) throw new Error(`alarm notified ${alarm.notified}, expected ${RESPONDERS}`);
      const deadline = performance.now() + 10_000;
      while ((arrivals.get(alarm.id)?.length ?? 0) < RESPONDERS && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const times = (arrivals.get(alarm.id) ?? []).map((at) => at - started);
      if (times.length < RESPONDERS) incomplete++;
      deliveredMs.push(...times);
      deliveredToAllMs.push(Math.max(...times));
      const events = await client.query(
        `select type, at from alarm_events where alarm_id = $1 and type in ('raised', 'committed')`,
        [alarm.id],
      );
      const at = Object.fromEntries(events.rows.map((row) => [row.type, row.at.getTime()]));
      serverCommitMs.push(at.committed - at.raised);
      // Same machine, same clock: from the client's press to the moment the commit returned on the server.
      committedMs.push(at.committed - pressedWall);
      await call(via.port, session, 'POST', `/api/v1/alarms/${alarm.id}/cancel`, { reason: 'Benchmark' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    // Escalation: short deadlines, nobody answers; how late does a deadline fire (the scheduler polls every 250 ms)?
    await call(a.port, safety, 'PUT', `/api/v1/duty/offices/${office}/settings`, {
      minReachable: 1,
      ackTimeoutSeconds: ACK_TIMEOUT_SECONDS,
      escalation: [{ target: 'managers', timeoutSeconds: 600 }],
    });
    const escalated = [];
    for (let i = 0; i < ESCALATIONS; i++) {
      const via = i % 2 === 0 ? a : b;
      const session = i % 2 === 0 ? presser.A : presser.B;
      const alarm = await call(via.port, session, 'POST', '/api/v1/alarms', { drill: true });
      escalated.push({ alarm, via, session });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await new Promise((resolve) => setTimeout(resolve, ACK_TIMEOUT_SECONDS * 1000 + 2000));
    const jobs = await client.query(
      `select extract(epoch from (done_at - due_at)) * 1000 as late, outcome from alarm_jobs
       where alarm_id = any($1::uuid[]) and level = 1`,
      [escalated.map((entry) => entry.alarm.id)],
    );
    const lateMs = jobs.rows.filter((row) => row.outcome === 'fired').map((row) => Number(row.late));
    for (const { alarm, via, session } of escalated)
      await call(via.port, session, 'POST', `/api/v1/alarms/${alarm.id}/cancel`, { reason: 'Benchmark' });

    const result = {
      benchmark: 'alarm',
      at: new Date().toISOString(),
      database: 'PostgreSQL',
      processes: 2,
      responders: RESPONDERS,
      presses: PRESSES,
      pressToCommittedMs: { ...stats(committedMs), note: 'client press until the alarm transaction committed' },
      pressToAnsweredMs: {
        ...stats(answeredMs),
        note: 'client press until 201: committed, first level alerted and published, view with recipients',
      },
      raisedToCommittedServerMs: stats(serverCommitMs),
      pressToDeliveredMs: stats(deliveredMs),
      pressToDeliveredToEveryResponderMs: stats(deliveredToAllMs),
      pressesNotReachingEveryoneWithin10s: incomplete,
      escalationFiringErrorMs: { ...stats(lateMs), fired: lateMs.length, expected: ESCALATIONS },
      targets: { pressToCommittedP99Ms: 100, pressToDeliveredP99Ms: 1000, escalationErrorMs: 1000 },
      machine: {
        cpus: os.cpus().length,
        node: process.version,
        loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))),
        note: 'the machine is shared with other workloads; figures vary with its load',
      },
    };
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'results', 'alarm.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    // A failed run says why: the last lines each Regie process wrote (a crash, an error answer).
    for (const regie of processes)
      process.stderr.write(`--- Regie on port ${regie.port}:\n${regie.output().slice(-4000)}\n`);
    throw error;
  } finally {
    for (const timer of heartbeatTimers) clearTimeout(timer);
    for (const socket of sockets) socket.terminate();
    for (const regie of processes) regie.child.kill('SIGTERM');
    await client.end().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const regie of processes) if (regie.child.exitCode === null) regie.child.kill('SIGKILL');
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n${error.cause ? `cause: ${error.cause.stack ?? error.cause}\n` : ''}`);
  process.exit(1);
});

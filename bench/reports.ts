// `npm run bench:reports` (needs PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL, an admin connection that may
// create databases). Measures, through the whole application in-process (app.inject: routing, auth, validation,
// transaction, audit; no network): report submit latency with 50 concurrent users (target p95 < 100 ms) — working
// with think time as people do, and as a worst-case burst of 50 at the same instant — and the
// incident list with filters over 100,000 incidents (target < 300 ms). Prints JSON.
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import type { AppContext } from '../server/app-context.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { runMigrations } from '../server/db/migrate.js';
import { createPostgresDatabase } from '../server/db/testing.js';
import { as, demoEmailFor, loginAs } from '../server/http/test-client.js';
import { loadDemoData } from '../server/modules/demo/seed.js';
import { ensureProtocol } from '../server/modules/protocols/service.js';

const USERS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const WORK_SECONDS = Number(process.env.BENCH_WORK_SECONDS ?? 60);

/** A small deterministic random source (mulberry32), so every run draws the same think times. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 10) / 10;
};

/** The one-minute load average: the machine is shared, so every figure is noted with it. */
const loadNow = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

async function main() {
  const loadAtStart = loadNow();
  process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
  const created = await createPostgresDatabase();
  const database = await openDatabase({ url: created.url });
  try {
    await runMigrations(database);
    await loadDemoData(database.db);
    await ensureProtocol(database.db);
    // The 50 sessions belong to one demo employee: the per-user write limit would stop them, as it should stop a person.
    const config = { ...loadConfig({}), webDir: '/nonexistent', writeRateLimitPerMinute: 1_000_000 };
    const ctx: AppContext = { config, database, db: database.db };
    const app = await buildApp(ctx);

    // 50 sessions of reporting employees, each from its own address (the per-IP login limit).
    const callers: { cookie: string; csrfToken: string }[] = [];
    for (let index = 0; index < USERS; index++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `10.1.${Math.floor(index / 200)}.${index % 200}`,
        payload: { email: demoEmailFor('employee'), password: 'Regie-demo-2026' },
      });
      const cookie = response.cookies.find((c) => c.name === 'regie_session');
      callers.push({ cookie: `regie_session=${cookie?.value}`, csrfToken: response.json().csrfToken as string });
    }
    const fileOne = async (caller: { cookie: string; csrfToken: string }) => {
      const draft = await app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: as(caller),
        payload: {
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          channel: 'desk',
          forms: ['verbal'],
          facts: 'De klant schreeuwde aan de balie.',
        },
      });
      const started = performance.now();
      const sent = await app.inject({
        method: 'POST',
        url: `/api/v1/incidents/${draft.json().id}/submit`,
        headers: as(caller),
      });
      if (sent.statusCode !== 200) throw new Error(`submit failed: ${sent.body}`);
      return performance.now() - started;
    };
    // One user at a time: the cost of one submit without queueing.
    const alone: number[] = [];
    for (let index = 0; index < 30; index++)
      alone.push(await fileOne(callers[0] as { cookie: string; csrfToken: string }));
    // 50 people working at the same time, as a load test's virtual users: each writes a report (the draft),
    // thinks, submits, thinks, and so on, for WORK_SECONDS. Think times are 1–4 s, drawn from a fixed seed.
    const random = seeded(2026);
    const think = () => new Promise((resolve) => setTimeout(resolve, 1000 + random() * 3000));
    const working: number[] = [];
    const until = Date.now() + WORK_SECONDS * 1000;
    await Promise.all(
      callers.map(async (caller) => {
        await think();
        while (Date.now() < until) {
          working.push(await fileOne(caller));
          await think();
        }
      }),
    );
    // The worst case on top: all 50 press "Verstuur" in the same millisecond, ROUNDS times. In one Node process the
    // requests then queue on its CPU, so this measures the queue more than one submit.
    const burst: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      burst.push(...(await Promise.all(callers.map(fileOne))));
    }

    // 100,000 submitted incidents over two years, spread over departments, channels and forms.
    await database.db.execute(sql`
      insert into incidents (status, reported_by, employee_id, department_id, route_to, occurred_at, submitted_at,
        channel, forms, phase, facts, case_status)
      select 'submitted', u.id, u.id, d.id, 'manager', now() - (g * interval '10 minutes'), now(),
        (array['desk','telephone','home_visit','written','online','public_space','other'])[1 + g % 7],
        jsonb_build_array((array['verbal','non_verbal','threat','discrimination','physical'])[1 + g % 5]),
        1 + g % 4,
        'Feitelijke beschrijving ' || g || '. ' || (array['De klant schreeuwde aan de balie en sloeg met de vuist op tafel.',
          'Meneer werd boos over de wachttijd en bleef bellen.', 'Mevrouw dreigde de medewerker op te wachten na het werk.',
          'De bezoeker weigerde het pand te verlaten.', 'Er werd een stoel omgegooid in de wachtkamer.'])[1 + g % 5],
        (array['new','in_progress','measures_decided','closed'])[1 + g % 4]
      from generate_series(1, ${INCIDENTS}) g
      cross join lateral (select id from users where email = ${demoEmailFor('employee')}) u
      cross join lateral (select id from departments order by name offset (g % 4) limit 1) d`);
    await database.db.execute(sql`analyze incidents`);

    const safety = await loginAs(app, demoEmailFor('safety_officer'));
    const manager = await loginAs(app, demoEmailFor('manager'));
    const queries: [string, typeof safety, string][] = [
      ['all, newest 200 (safety officer)', safety, ''],
      ['own department (manager)', manager, ''],
      ['period of one month + channel', safety, 'from=2026-01-01&to=2026-01-31&channel=telephone'],
      ['form + phase + status', safety, 'form=threat&phase=3&status=measures_decided'],
      ['free text', safety, 'q=beschrijving%2012345'],
      // Free text in its other shapes: a word in a fifth of all reports, a word in none, a person's name (the
      // employee of every report), and a two-character term that no trigram index can help.
      ['free text, common word', safety, 'q=wachttijd'],
      ['free text, no match', safety, 'q=parkeergarage'],
      ['free text, employee name', safety, 'q=Sanne'],
      ['free text, three letters', safety, 'q=zzz'],
      ['free text (manager)', manager, 'q=beschrijving%2012345'],
    ];
    const loadBeforeList = loadNow();
    const list: Record<string, { medianMs: number; maxMs: number; rows: number }> = {};
    for (const [name, caller, query] of queries) {
      const times: number[] = [];
      let rows = 0;
      for (let run = 0; run < 7; run++) {
        const started = performance.now();
        const response = await app.inject({ method: 'GET', url: `/api/v1/incidents?${query}`, headers: as(caller) });
        times.push(performance.now() - started);
        rows = response.json().incidents.length;
      }
      list[name] = { medianMs: percentile(times, 50), maxMs: percentile(times, 100), rows };
    }
    await app.close();
    console.log(
      JSON.stringify(
        {
          submitAlone: { samples: alone.length, p50Ms: percentile(alone, 50), p95Ms: percentile(alone, 95) },
          submit: {
            users: USERS,
            workSeconds: WORK_SECONDS,
            samples: working.length,
            p50Ms: percentile(working, 50),
            p95Ms: percentile(working, 95),
            p99Ms: percentile(working, 99),
            targetP95Ms: 100,
          },
          submitBurst: {
            users: USERS,
            samples: burst.length,
            p50Ms: percentile(burst, 50),
            p95Ms: percentile(burst, 95),
          },
          list: { incidents: INCIDENTS, targetMs: 300, queries: list },
          // The machine is shared: the one-minute load average next to the figures it may have disturbed.
          loadAverage: { start: loadAtStart, beforeList: loadBeforeList, afterList: loadNow() },
        },
        null,
        2,
      ),
    );
  } finally {
    await database.close();
    await created.drop();
  }
}

await main();

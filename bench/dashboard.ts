// `npm run bench:dashboard` (after `npm run seed:large` on the same DATABASE_URL): the time of every dashboard
// query on PostgreSQL, per section and period (a quarter, a year, five years; each also measures the previous period
// of equal length, as the dashboard does), for the whole organisation and for the manager's department, and of
// whole dashboard requests through the application (routing, auth, validation, both periods of every section) for
// the safety officer and a manager. Target: < 1 s per query. JSON.
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import type { AppContext } from '../server/app-context.js';
import { loadConfig } from '../server/config.js';
import { openDatabase, queryRows } from '../server/db/client.js';
import { as, demoEmailFor, loginAs } from '../server/http/test-client.js';
import { SECTIONS } from '../server/modules/dashboard/sections.js';
import { previousPeriod } from '../server/modules/dashboard/service.js';
import { addCalendarDays, dutchDate, startOfDutchDay } from '../server/time/dutch-time.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ALL_PERIODS = { quarter: 91, year: 365, fiveYears: 5 * 365 } as const;
/** BENCH_PERIODS=quarter,year measures only those (the five-year scan is the slow one on a loaded machine). */
const PERIODS = Object.fromEntries(
  Object.entries(ALL_PERIODS).filter(
    ([name]) => !process.env.BENCH_PERIODS || process.env.BENCH_PERIODS.split(',').includes(name),
  ),
);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
};

async function timed(run: () => Promise<unknown>): Promise<{ medianMs: number; maxMs: number }> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { medianMs: median(times), maxMs: Math.round(Math.max(...times) * 10) / 10 };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith('postgres')) throw new Error('bench:dashboard needs DATABASE_URL=postgres://… (seeded)');
  const database = await openDatabase({ url });
  const ctx: AppContext = {
    config: { ...loadConfig({}), webDir: '/nonexistent', backgroundJobs: false },
    database,
    db: database.db,
  };
  try {
    const [counts] = await queryRows<Record<string, number>>(
      ctx.db,
      sql`select (select count(*) from incidents)::int as incidents, (select count(*) from alarms)::int as alarms,
                 (select count(*) from client_measures)::int as measures,
                 (select count(*) from follow_up_tasks)::int as tasks,
                 (select count(*) from handlings)::int as handlings`,
    );
    // A manager sees only their own department: every query is also timed in that scope.
    const [manager] = await queryRows<{ department_id: string }>(
      ctx.db,
      sql`select department_id from users where email = ${demoEmailFor('manager')}`,
    );
    const to = dutchDate();
    const queries: { section: string; period: string; scope: string; medianMs: number; maxMs: number }[] = [];
    for (const [period, days] of Object.entries(PERIODS)) {
      const from = addCalendarDays(to, -(days - 1));
      const previous = previousPeriod(from, to);
      const current = { start: startOfDutchDay(from), endExclusive: startOfDutchDay(addCalendarDays(to, 1)) };
      for (const section of SECTIONS) {
        // One warm-up, so the first section does not carry the cold cache of the whole database.
        await section.measure(ctx.db, current);
        for (const [scopeName, filter] of [
          ['organisation', {}],
          ['department', { departmentId: manager?.department_id ?? null }],
        ] as const)
          for (const [which, scope] of [
            ['', current],
            ['previous ', { start: previous.start, endExclusive: previous.endExclusive }],
          ] as const)
            queries.push({
              section: section.key,
              period: `${which}${period}`,
              scope: scopeName,
              ...(await timed(() => section.measure(ctx.db, { ...scope, ...filter }))),
            });
      }
    }

    const app = await buildApp(ctx);
    const requests: Record<string, { medianMs: number; maxMs: number }> = {};
    for (const [who, email] of [
      ['safety_officer', demoEmailFor('safety_officer')],
      ['manager', demoEmailFor('manager')],
    ] as const) {
      const caller = await loginAs(app, email);
      for (const [period, days] of Object.entries(PERIODS)) {
        const from = addCalendarDays(to, -(days - 1));
        requests[`${who} ${period}`] = await timed(async () => {
          const response = await app.inject({
            method: 'GET',
            url: `/api/v1/dashboard?from=${from}&to=${to}`,
            headers: as(caller),
          });
          if (response.statusCode !== 200) throw new Error(`dashboard ${response.statusCode}: ${response.body}`);
        });
      }
    }
    await app.close();
    const slowest = queries.reduce((max, q) => (q.medianMs > max.medianMs ? q : max), queries[0] ?? { medianMs: 0 });
    console.log(
      JSON.stringify(
        {
          database: counts,
          rounds: ROUNDS,
          targetMsPerQuery: 1000,
          slowestQuery: slowest,
          queries,
          dashboardRequests: requests,
        },
        null,
        2,
      ),
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

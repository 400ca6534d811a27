import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Database, openDatabase, queryRows } from './db/client.js';
import { createPostgresDatabase, testDatabaseKind } from './db/testing.js';
import {
  type HttpSession,
  httpCall,
  httpLogin,
  type RegieProcess,
  startRegie,
  waitForReady,
} from './http/regie-process.js';
import { verifyAuditChain } from './modules/audit/verify.js';

/**
 * Nothing answered with success is lost (issue 10): Regie is killed with SIGKILL while 100 reports are being
 * submitted and alarms raised and acknowledged. After a restart every report and alarm that was answered with
 * success is there and complete, and nothing is half-written. On PGlite (the embedded database) the same: it
 * recovers from its write-ahead log, or it would refuse to start; it never starts with data silently missing.
 * Runs once per database of the integration project: the embedded one in a data folder, PostgreSQL in a database
 * of its own.
 */

const REPORTS = 100;
const ALARMS = 30;
/** Killed once this many submits and acknowledgements have been answered: the rest are still on their way. */
const KILL_AFTER_SUBMITS = 25;
const KILL_AFTER_ACKNOWLEDGEMENTS = 5;

const processes: RegieProcess[] = [];
afterAll(() => {
  for (const regie of processes) if (regie.child.exitCode === null) regie.child.kill('SIGKILL');
});

interface Target {
  env: Record<string, string>;
  open: () => Promise<Database>;
  drop: () => Promise<void>;
}

async function target(): Promise<Target> {
  if (testDatabaseKind() === 'postgres') {
    const created = await createPostgresDatabase();
    return { env: { DATABASE_URL: created.url }, open: () => openDatabase({ url: created.url }), drop: created.drop };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regie-crash-'));
  return {
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function start(env: Record<string, string>): Promise<RegieProcess> {
  const regie = await startRegie(env);
  processes.push(regie);
  await waitForReady(regie);
  return regie;
}

const marker = (index: number) => `Crashtest melding ${index}:`;

interface Outcome {
  drafted: Map<number, string>;
  submitted: Set<string>;
  raised: Set<string>;
  acknowledged: Set<string>;
  failed: number;
}

/** Heartbeats over the alarm socket make the responder reachable, so alarms are delivered to them. */
async function connectResponder(port: number, session: HttpSession): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/alarms/stream`, { headers: { cookie: session.cookie } });
  await new Promise<void>((resolve, reject) => {
    socket.once('message', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

async function loadAndKill(regie: RegieProcess): Promise<Outcome> {
  const port = regie.port;
  const sanne = await httpLogin(port, 'medewerker@wonenzuid.example');
  const mehmet = await httpLogin(port, 'interventie@wonenzuid.example');
  const socket = await connectResponder(port, mehmet);
  socket.on('error', () => {});
  const outcome: Outcome = {
    drafted: new Map(),
    submitted: new Set(),
    raised: new Set(),
    acknowledged: new Set(),
    failed: 0,
  };
  let killed = false;
  const killWhenEnoughAnswered = () => {
    if (outcome.submitted.size >= KILL_AFTER_SUBMITS && outcome.acknowledged.size >= KILL_AFTER_ACKNOWLEDGEMENTS)
      kill();
  };
  const kill = () => {
    if (killed) return;
    killed = true;
    regie.child.kill('SIGKILL');
  };

  const report = async (index: number) => {
    try {
      const draft = await httpCall(port, sanne, 'POST', '/api/v1/incidents', {
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        channel: 'desk',
        forms: ['verbal', 'threat'],
        facts: `${marker(index)} de klant sloeg met de vuist op de balie en riep: "Ik weet waar je woont."`,
      });
      if (draft.status !== 201) return;
      const id = (draft.body as { id: string }).id;
      outcome.drafted.set(index, id);
      const sent = await httpCall(port, sanne, 'POST', `/api/v1/incidents/${id}/submit`);
      if (sent.status === 200) {
        outcome.submitted.add(id);
        killWhenEnoughAnswered();
      }
    } catch {
      outcome.failed++; // the connection broke: the process was killed with this request on its way
    }
  };
  const alarm = async () => {
    try {
      const raised = await httpCall(port, sanne, 'POST', '/api/v1/alarms', { type: 'threat' });
      if (raised.status !== 201) return;
      const id = (raised.body as { id: string }).id;
      outcome.raised.add(id);
      // The responder answers as soon as the alarm has reached them (the first escalation level has run).
      for (let attempt = 0; attempt < 20; attempt++) {
        const ack = await httpCall(port, mehmet, 'POST', `/api/v1/alarms/${id}/acknowledge`);
        if (ack.status === 200) {
          outcome.acknowledged.add(id);
          killWhenEnoughAnswered();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } catch {
      outcome.failed++;
    }
  };
  // Alarms first, as they would be: the reports of 100 colleagues arrive while alarms are raised and answered.
  await Promise.all([
    ...Array.from({ length: ALARMS }, () => alarm()),
    ...Array.from({ length: REPORTS }, (_, index) => report(index)),
  ]);
  kill();
  await regie.exited;
  socket.terminate();
  return outcome;
}

async function expectNothingLost(database: Database, outcome: Outcome, since: Date): Promise<void> {
  const db = database.db;
  const reports = await queryRows<{
    id: string;
    facts: string;
    status: string;
    case_status: string | null;
    submitted_at: Date | null;
    tasks: number;
    audited: number;
  }>(
    db,
    sql`select i.id, i.facts, i.status, i.case_status, i.submitted_at,
          (select count(*)::int from follow_up_tasks t where t.incident_id = i.id) as tasks,
          (select count(*)::int from audit_log a where a.entity_id = i.id::text and a.action = 'incident.submitted')
            as audited
        from incidents i where i.facts like 'Crashtest melding %'`,
  );
  const byId = new Map(reports.map((row) => [row.id, row]));
  // Every draft that was answered is there, with its text exactly as sent.
  for (const [index, id] of outcome.drafted) expect(byId.get(id)?.facts.startsWith(marker(index))).toBe(true);
  // Every report answered as sent is sent, with its case (tasks) and its audit row.
  for (const id of outcome.submitted) {
    expect(byId.get(id)).toMatchObject({ status: 'submitted', case_status: 'new', audited: 1 });
    expect(byId.get(id)?.tasks).toBeGreaterThan(0);
  }
  // Nothing half-written: a report is either a draft without a case, or sent with all of it.
  for (const row of reports) {
    if (row.status === 'draft')
      expect({ tasks: row.tasks, audited: row.audited, at: row.submitted_at }).toEqual({
        tasks: 0,
        audited: 0,
        at: null,
      });
    else expect(row.tasks > 0 && row.audited === 1 && row.submitted_at !== null).toBe(true);
  }

  const alarms = await queryRows<{
    id: string;
    state: string;
    first_acknowledged_at: Date | null;
    raised_events: number;
    jobs: number;
    audited: number;
    acknowledged_by_mehmet: number;
  }>(
    db,
    sql`select a.id, a.state, a.first_acknowledged_at,
          (select count(*)::int from alarm_events e where e.alarm_id = a.id and e.type = 'raised') as raised_events,
          (select count(*)::int from alarm_jobs j where j.alarm_id = a.id and j.level = 0) as jobs,
          (select count(*)::int from audit_log l where l.entity_id = a.id::text and l.action = 'alarm.raised')
            as audited,
          (select count(*)::int from alarm_recipients r join users u on u.id = r.user_id
            where r.alarm_id = a.id and u.email = 'interventie@wonenzuid.example' and r.acknowledged_at is not null)
            as acknowledged_by_mehmet
        from alarms a where a.raised_at >= ${since.toISOString()}`,
  );
  const alarmById = new Map(alarms.map((row) => [row.id, row]));
  for (const id of outcome.raised) expect(alarmById.get(id)).toMatchObject({ raised_events: 1, jobs: 1, audited: 1 });
  for (const id of outcome.acknowledged) {
    expect(alarmById.get(id)?.state).toBe('acknowledged');
    expect(alarmById.get(id)?.first_acknowledged_at).not.toBeNull();
    expect(alarmById.get(id)?.acknowledged_by_mehmet).toBe(1);
  }
  for (const row of alarms)
    expect({ raised_events: row.raised_events, jobs: row.jobs, audited: row.audited }).toEqual({
      raised_events: 1,
      jobs: 1,
      audited: 1,
    });

  // The audit chain is whole, and no audit row was left waiting for a commit that never came.
  expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  const [pending] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from audit_pending`);
  expect(pending?.count).toBe(0);
}

describe('a server killed with SIGKILL under load', () => {
  it(`keeps every report and alarm it answered with success, and nothing half-written (${testDatabaseKind()})`, async () => {
    const where = await target();
    try {
      const first = await start(where.env);
      const since = new Date();
      const outcome = await loadAndKill(first);
      // The kill really hit requests on their way, and many had been answered before it.
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(outcome.failed).toBeGreaterThan(0);
      expect(outcome.submitted.size).toBeGreaterThanOrEqual(KILL_AFTER_SUBMITS);
      expect(outcome.raised.size).toBeGreaterThan(0);

      // It starts again on the same data (the embedded database's lock of the dead process is taken over) ...
      const second = await start(where.env);
      const health = await fetch(`http://127.0.0.1:${second.port}/readyz`);
      expect(health.status).toBe(200);
      second.child.kill('SIGTERM');
      await second.exited;
      // ... and everything it answered is there.
      const database = await where.open();
      try {
        await expectNothingLost(database, outcome, since);
      } finally {
        await database.close();
      }
    } finally {
      await where.drop();
    }
  }, 240_000);
});

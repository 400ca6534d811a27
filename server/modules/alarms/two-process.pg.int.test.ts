import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createPostgresDatabase } from '../../db/testing.js';
import { httpCall as call, httpLogin as login, startRegie, waitForReady } from '../../http/regie-process.js';
import type { TAlarm, TAlarmServerMessage } from './schema.js';

/**
 * Two Regie processes on one PostgreSQL, as behind a load balancer: an alarm raised through A reaches a responder
 * connected to B; when A is killed (-9) with an escalation pending, B fires it on time. Runs in the PostgreSQL
 * project only (like the other PostgreSQL variants, it needs TEST_DATABASE_URL).
 */

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

async function scenario(): Promise<void> {
  const database = await createPostgresDatabase();
  const admin = new pg.Client({ connectionString: database.url });
  try {
    // A first: it migrates and loads the demo data; then B joins the same database.
    const a = await startRegie({ DATABASE_URL: database.url });
    children.push(a.child);
    await waitForReady(a);
    const b = await startRegie({ DATABASE_URL: database.url });
    const [portA, portB] = [a.port, b.port];
    children.push(b.child);
    await waitForReady(b);
    await admin.connect();

    const safety = await login(portA, 'preventie@wonenzuid.example');
    const office = await admin.query<{ id: string }>(`select id from offices where name = 'Kantoor Eindhoven'`);
    const settings = await call(portA, safety, 'PUT', `/api/v1/duty/offices/${office.rows[0]?.id}/settings`, {
      minReachable: 1,
      ackTimeoutSeconds: 3,
      escalation: [{ target: 'managers', timeoutSeconds: 30 }],
    });
    expect(settings.status).toBe(204);

    // Mehmet's phone is connected to B.
    const mehmet = await login(portB, 'interventie@wonenzuid.example');
    const received: { at: number; alarm: TAlarm }[] = [];
    const socket = new WebSocket(`ws://127.0.0.1:${portB}/api/v1/alarms/stream`, {
      headers: { cookie: mehmet.cookie },
    });
    let snapshot = false;
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as TAlarmServerMessage;
      if (message.type === 'snapshot') snapshot = true;
      if (message.type === 'alarm') received.push({ at: Date.now(), alarm: message.alarm });
    });
    const until = async (check: () => boolean, ms: number, what: string) => {
      const deadline = Date.now() + ms;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await until(() => snapshot, 5000, 'the snapshot');

    // Sanne presses through A; Mehmet on B receives it and acknowledges through B.
    const sanne = await login(portA, 'medewerker@wonenzuid.example');
    const pressed = Date.now();
    const first = await call(portA, sanne, 'POST', '/api/v1/alarms', { type: 'threat' });
    expect(first.status).toBe(201);
    const firstId = (first.body as TAlarm).id;
    await until(() => received.some((entry) => entry.alarm.id === firstId), 2000, 'delivery to B');
    const deliveredAfter = (received.find((entry) => entry.alarm.id === firstId)?.at ?? 0) - pressed;
    expect(deliveredAfter).toBeLessThan(1000);
    socket.send(JSON.stringify({ type: 'delivered', alarmId: firstId }));
    const ack = await call(portB, mehmet, 'POST', `/api/v1/alarms/${firstId}/acknowledge`);
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', firstAcknowledgedBy: { name: 'Mehmet Yilmaz' } });
    const seenByA = await call(portA, sanne, 'GET', `/api/v1/alarms/${firstId}`);
    expect(seenByA.body).toMatchObject({ responders: [{ name: 'Mehmet Yilmaz', arrivedAt: null }] });

    // A second alarm through A, nobody answers, and A dies with the escalation pending.
    const second = await call(portA, sanne, 'POST', '/api/v1/alarms', {});
    expect(second.status).toBe(201);
    const secondId = (second.body as TAlarm).id;
    a.child.kill('SIGKILL');
    await until(() => a.child.exitCode !== null || a.child.signalCode !== null, 5000, 'A to die');
    const due = await admin.query<{ due_at: Date }>(`select due_at from alarm_jobs where alarm_id = $1 and level = 1`, [
      secondId,
    ]);
    const dueAt = due.rows[0]?.due_at?.getTime() ?? 0;
    expect(dueAt).toBeGreaterThan(Date.now() - 1000);

    // B takes over: the escalation fires within 5 s of its deadline, and B tells its responders.
    await until(
      () => received.some((entry) => entry.alarm.id === secondId && entry.alarm.level >= 1),
      dueAt - Date.now() + 5000,
      'escalation by B',
    );
    const job = await admin.query<{ outcome: string; late_ms: number }>(
      `select outcome, extract(epoch from (done_at - due_at)) * 1000 as late_ms from alarm_jobs where alarm_id = $1 and level = 1`,
      [secondId],
    );
    expect(job.rows[0]?.outcome).toBe('fired');
    expect(Number(job.rows[0]?.late_ms)).toBeGreaterThanOrEqual(0);
    expect(Number(job.rows[0]?.late_ms)).toBeLessThan(5000);
    socket.close();
    b.child.kill('SIGTERM');
  } finally {
    await admin.end().catch(() => {});
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await database.drop();
  }
}

// PostgreSQL only (*.pg.int.test.ts runs in the integration-postgres project): PGlite is one process by design.
describe('alarms across two server processes', () => {
  it('delivers an alarm raised on A to a responder on B, and B escalates when A is killed', scenario, 120_000);
});

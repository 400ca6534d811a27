import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { openDevice, type TestDevice } from './test-socket.js';

let t: TestContext;
let sanne: Caller; // employee, presses
let mehmet: Caller; // responder
let joost: Caller; // manager and responder
let safety: Caller;
let hr: Caller;
const ids: Record<string, string> = {};

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 }));

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<T>(t.ctx.db, query);
  return row as T;
}

async function setOffice(settings: object) {
  const response = await call(safety, 'PUT', `/api/v1/duty/offices/${ids.eindhoven}/settings`, settings);
  expect(response.statusCode, response.body).toBe(204);
}

/** Everyone on duty around the clock; heartbeats decide who is reachable. */
async function rosterBoth() {
  const response = await call(safety, 'PUT', `/api/v1/duty/teams/${ids.team}/members`, {
    members: [
      { userId: ids.mehmet, shifts: ALL_WEEK },
      { userId: ids.joost, shifts: ALL_WEEK },
    ],
  });
  expect(response.statusCode, response.body).toBe(204);
}

async function raise(payload: object = {}) {
  const response = await call(sanne, 'POST', '/api/v1/alarms', payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; notified: number; state: string };
}

async function timeline(id: string) {
  const response = await call(sanne, 'GET', `/api/v1/alarms/${id}/timeline`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    alarm: Record<string, unknown>;
    events: { type: string; at: string; level: number | null; data: Record<string, unknown> }[];
  };
}

async function until<T>(check: () => Promise<T | undefined>, ms = 4000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  t = await createTestContext();
  sanne = await loginAs(t.app, demoEmailFor('employee'));
  mehmet = await loginAs(t.app, 'interventie@wonenzuid.example');
  joost = await loginAs(t.app, 'leidinggevende@wonenzuid.example');
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
  const users = await queryRows<{ email: string; id: string }>(t.ctx.db, sql`select email, id from users`);
  const byEmail = (email: string) => users.find((user) => user.email === email)?.id as string;
  ids.sanne = byEmail('medewerker@wonenzuid.example');
  ids.mehmet = byEmail('interventie@wonenzuid.example');
  ids.joost = byEmail('leidinggevende@wonenzuid.example');
  ids.eindhoven = (await one<{ id: string }>(sql`select id from offices where name = 'Kantoor Eindhoven'`)).id;
  ids.team = (
    await one<{ id: string }>(sql`select id from response_teams where name = 'Interventieteam Eindhoven'`)
  ).id;
  // Only the intervention team answers in these tests: the demo's BHV team is switched off.
  const bhv = (await one<{ id: string }>(sql`select id from response_teams where name = 'BHV Eindhoven'`)).id;
  expect((await call(safety, 'PATCH', `/api/v1/duty/teams/${bhv}`, { active: false })).statusCode).toBe(204);
});
afterAll(() => t.close());

beforeEach(async () => {
  // Each test starts with no open alarms and nobody present.
  await t.ctx.db.execute(
    sql`update alarms set state = 'resolved', closed_at = now() where state in ('raised', 'acknowledged', 'on_site')`,
  );
  await t.ctx.db.execute(sql`update alarm_jobs set done_at = now(), outcome = 'skipped' where done_at is null`);
  await t.ctx.db.execute(sql`update alarm_profiles set last_heartbeat_at = null, available = true`);
  await t.ctx.db.execute(sql`delete from duty_exceptions`);
  await rosterBoth();
  await setOffice({
    minReachable: 2,
    ackTimeoutSeconds: 600,
    escalation: [{ target: 'managers', timeoutSeconds: 600 }],
  });
});

describe('raising and delivering', () => {
  it('calls only responders who are on duty, available and reachable, and delivers live over the WebSocket', async () => {
    // Mehmet's app is open; Joost is on duty but his app has been closed for a minute.
    const device = await openDevice(t.app, mehmet);
    await t.ctx.db.execute(sql`insert into alarm_profiles (user_id, last_heartbeat_at) values (${ids.joost}, now() - interval '60 seconds')
      on conflict (user_id) do update set last_heartbeat_at = excluded.last_heartbeat_at`);
    const alarm = await raise({ type: 'verbal' });
    expect(alarm).toMatchObject({
      state: 'raised',
      notified: 1,
      room: 'Balie 2',
      type: 'verbal',
      you: { role: 'presser' },
    });
    const live = await device.waitForAlarm((candidate) => candidate.id === alarm.id);
    expect(live).toMatchObject({ raisedBy: { name: 'Sanne de Vries' }, room: 'Balie 2', you: { role: 'recipient' } });
    device.send({ type: 'delivered', alarmId: alarm.id });
    device.send({ type: 'delivered', alarmId: alarm.id }); // a duplicate changes nothing
    const reached = await until(async () => {
      const view = (await call(sanne, 'GET', `/api/v1/alarms/${alarm.id}`)).json();
      return view.reached === 1 ? view : undefined;
    });
    expect(reached.notified).toBe(1);
    const rows = await queryRows<{ user_id: string }>(
      t.ctx.db,
      sql`select user_id from alarm_recipients where alarm_id = ${alarm.id}`,
    );
    expect(rows.map((row) => row.user_id)).toEqual([ids.mehmet]);
    const events = (await timeline(alarm.id)).events;
    expect(events.map((event) => event.type)).toEqual(['raised', 'committed', 'notified', 'delivered']);
    expect(events[0]?.at).toMatch(/\.\d{3}Z$/);
    // Joost, not reachable, may not look at it.
    expect((await call(joost, 'GET', `/api/v1/alarms/${alarm.id}`)).statusCode).toBe(200); // manager of the office
    device.close();
  });

  it('leaves out a responder who made himself unavailable or is off duty by an exception', async () => {
    const mehmetDevice = await openDevice(t.app, mehmet);
    const joostDevice = await openDevice(t.app, joost);
    expect((await call(mehmet, 'PATCH', '/api/v1/duty/me', { available: false })).json()).toMatchObject({
      available: false,
    });
    const now = Date.now();
    const exception = await call(safety, 'POST', `/api/v1/duty/teams/${ids.team}/exceptions`, {
      userId: ids.joost,
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      onDuty: false,
      note: 'Cursus',
    });
    expect(exception.statusCode, exception.body).toBe(201);
    const duty = (await call(safety, 'GET', `/api/v1/duty/offices/${ids.eindhoven}`)).json();
    expect(duty, JSON.stringify(duty.teams)).toMatchObject({ reachableOnDuty: 0, understaffed: true });
    expect((await call(safety, 'GET', '/api/v1/duty')).json().warnings).toContainEqual(
      expect.objectContaining({ officeName: 'Kantoor Eindhoven', reachableOnDuty: 0, minReachable: 2 }),
    );
    const alarm = await raise();
    expect(alarm.notified).toBe(0);
    // Nobody to answer: the next level (the managers) is alerted at once instead of after the timeout.
    const escalated = await until(async () => {
      const events = (await timeline(alarm.id)).events;
      return events.some((event) => event.type === 'escalated') ? events : undefined;
    });
    expect(escalated.find((event) => event.type === 'escalated')).toMatchObject({
      level: 1,
      data: { target: 'managers' },
    });
    await joostDevice.waitForAlarm((candidate) => candidate.id === alarm.id && candidate.level === 1);
    await call(mehmet, 'PATCH', '/api/v1/duty/me', { available: true });
    await call(safety, 'DELETE' as 'GET', `/api/v1/duty/exceptions/${exception.json().id}`);
    mehmetDevice.close();
    joostDevice.close();
  });
});

describe('acknowledging', () => {
  it('records exactly one first acknowledgement when responders press at the same moment', async () => {
    const devices = [await openDevice(t.app, mehmet), await openDevice(t.app, joost)];
    for (let round = 0; round < 5; round++) {
      const alarm = await raise();
      expect(alarm.notified).toBe(2);
      const answers = await Promise.all([
        call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/acknowledge`),
        call(joost, 'POST', `/api/v1/alarms/${alarm.id}/acknowledge`),
        call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/acknowledge`),
      ]);
      for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
      const firsts = await queryRows<{ count: number }>(
        t.ctx.db,
        sql`select count(*)::int as count from alarm_events where alarm_id = ${alarm.id} and type = 'acknowledged' and (data->>'first')::boolean`,
      );
      expect(Number(firsts[0]?.count)).toBe(1);
      const acks = await queryRows<{ count: number }>(
        t.ctx.db,
        sql`select count(*)::int as count from alarm_events where alarm_id = ${alarm.id} and type = 'acknowledged'`,
      );
      expect(Number(acks[0]?.count)).toBe(2);
      const view = (await call(sanne, 'GET', `/api/v1/alarms/${alarm.id}`)).json();
      expect(view.state).toBe('acknowledged');
      expect(view.responders).toHaveLength(2);
      expect([ids.mehmet, ids.joost]).toContain(view.firstAcknowledgedBy.id);
      await call(sanne, 'POST', `/api/v1/alarms/${alarm.id}/resolve`, {});
    }
    for (const device of devices) device.close();
  });

  it('shows the presser live who is coming and who arrived; resolving closes it and keeps the timeline', async () => {
    const responder = await openDevice(t.app, mehmet);
    const presser = await openDevice(t.app, sanne);
    const alarm = await raise();
    await responder.waitForAlarm((candidate) => candidate.id === alarm.id);
    expect((await call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/acknowledge`)).json()).toMatchObject({
      state: 'acknowledged',
      you: { acknowledged: true },
    });
    const coming = await presser.waitForAlarm(
      (candidate) => candidate.id === alarm.id && candidate.responders.length === 1,
    );
    expect(coming.responders[0]).toMatchObject({ name: 'Mehmet Yilmaz', arrivedAt: null });
    expect((await call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/arrive`)).json().state).toBe('on_site');
    await presser.waitForAlarm((candidate) => candidate.id === alarm.id && candidate.state === 'on_site');
    // Details refined after pressing reach the responder.
    expect(
      (await call(sanne, 'POST', `/api/v1/alarms/${alarm.id}/details`, { room: 'Spreekkamer 3', phase: 3 })).statusCode,
    ).toBe(200);
    await responder.waitForAlarm((candidate) => candidate.id === alarm.id && candidate.room === 'Spreekkamer 3');
    expect(
      (await call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/resolve`, { note: 'Klant vertrokken' })).json().state,
    ).toBe('resolved');
    const { events } = await timeline(alarm.id);
    expect(events.map((event) => event.type)).toEqual([
      'raised',
      'committed',
      'notified',
      'acknowledged',
      'arrived',
      'details_changed',
      'resolved',
    ]);
    const times = events.map((event) => Date.parse(event.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    responder.close();
    presser.close();
  });
});

describe('escalation', () => {
  it('alerts the next level after the deadline, and finally tells the presser and nearest colleagues to call 112', async () => {
    await setOffice({ minReachable: 1, ackTimeoutSeconds: 1, escalation: [{ target: 'managers', timeoutSeconds: 1 }] });
    const responder = await openDevice(t.app, mehmet);
    const colleague = await openDevice(t.app, joost);
    // Joost is only a manager here, not in the intervention team.
    await call(safety, 'PUT', `/api/v1/duty/teams/${ids.team}/members`, {
      members: [{ userId: ids.mehmet, shifts: ALL_WEEK }],
    });
    const alarm = await raise();
    expect(alarm.notified).toBe(1);
    const escalated = await colleague.waitForAlarm(
      (candidate) => candidate.id === alarm.id && candidate.level === 1,
      4000,
    );
    expect(escalated.you.role).toBe('recipient');
    const final = await until(async () => {
      const view = (await call(sanne, 'GET', `/api/v1/alarms/${alarm.id}`)).json();
      return view.call112At ? view : undefined;
    }, 5000);
    expect(final.level).toBe(2);
    const events = (await timeline(alarm.id)).events;
    const raisedAt = Date.parse(events.find((event) => event.type === 'raised')?.at ?? '');
    const escalatedAt = Date.parse(events.find((event) => event.type === 'escalated')?.at ?? '');
    const call112At = Date.parse(events.find((event) => event.type === 'call_112')?.at ?? '');
    expect(escalatedAt - raisedAt).toBeGreaterThanOrEqual(1000);
    expect(escalatedAt - raisedAt).toBeLessThan(2000);
    expect(call112At - escalatedAt).toBeGreaterThanOrEqual(1000);
    const jobs = await queryRows<{ level: number; outcome: string }>(
      t.ctx.db,
      sql`select level, outcome from alarm_jobs where alarm_id = ${alarm.id} order by level`,
    );
    expect(jobs).toEqual([
      { level: 0, outcome: 'fired' },
      { level: 1, outcome: 'fired' },
      { level: 2, outcome: 'fired' },
    ]);
    responder.close();
    colleague.close();
  });

  it('does not escalate once someone acknowledged', async () => {
    await setOffice({ minReachable: 1, ackTimeoutSeconds: 1, escalation: [{ target: 'managers', timeoutSeconds: 1 }] });
    const device = await openDevice(t.app, mehmet);
    const alarm = await raise();
    await call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/acknowledge`);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const view = (await call(sanne, 'GET', `/api/v1/alarms/${alarm.id}`)).json();
    expect(view).toMatchObject({ level: 0, state: 'acknowledged', call112At: null });
    device.close();
  });

  it('fires a deadline that passed while the server was down as soon as it is back, and skips nothing', async () => {
    const device = await openDevice(t.app, mehmet);
    const alarm = await raise();
    device.close();
    await t.app.close();
    // Down for a while: the deadline passed.
    await t.ctx.db.execute(
      sql`update alarm_jobs set due_at = now() - interval '20 seconds' where alarm_id = ${alarm.id} and done_at is null`,
    );
    t.app = await buildApp(t.ctx);
    sanne = await loginAs(t.app, demoEmailFor('employee'));
    const job = await until(async () => {
      const [row] = await queryRows<{ outcome: string | null; late: number }>(
        t.ctx.db,
        sql`select outcome, extract(epoch from (done_at - due_at)) * 1000 as late from alarm_jobs where alarm_id = ${alarm.id} and level = 1`,
      );
      return row?.outcome ? row : undefined;
    }, 3000);
    expect(job.outcome).toBe('fired');
    expect(Number(job.late)).toBeGreaterThanOrEqual(20_000);
    // The next level was scheduled from the moment it fired, not skipped.
    const next = await one<{ count: number }>(
      sql`select count(*)::int as count from alarm_jobs where alarm_id = ${alarm.id} and level = 2 and done_at is null`,
    );
    expect(Number(next.count)).toBe(1);
    mehmet = await loginAs(t.app, 'interventie@wonenzuid.example');
    joost = await loginAs(t.app, 'leidinggevende@wonenzuid.example');
    safety = await loginAs(t.app, demoEmailFor('safety_officer'));
    hr = await loginAs(t.app, demoEmailFor('hr'));
  });
});

describe('stopping an alarm', () => {
  it('lets only the presser cancel or mark a false alarm, always with a reason; a closed alarm takes no answers', async () => {
    const device = await openDevice(t.app, mehmet);
    const alarm = await raise();
    const noReason = await call(sanne, 'POST', `/api/v1/alarms/${alarm.id}/cancel`, { falseAlarm: true });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.headers['content-type']).toMatch(/problem\+json/);
    const notPresser = await call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/cancel`, { reason: 'Niet nodig' });
    expect(notPresser.json()).toMatchObject({ status: 403, code: 'not_presser' });
    const cancelled = await call(sanne, 'POST', `/api/v1/alarms/${alarm.id}/cancel`, {
      reason: 'Per ongeluk gedrukt',
      falseAlarm: true,
    });
    expect(cancelled.json()).toMatchObject({ state: 'false_alarm', reason: 'Per ongeluk gedrukt' });
    await device.waitForAlarm((candidate) => candidate.id === alarm.id && candidate.state === 'false_alarm');
    const late = await call(mehmet, 'POST', `/api/v1/alarms/${alarm.id}/acknowledge`);
    expect(late.json()).toMatchObject({ status: 409, code: 'alarm_closed', title: 'Dit alarm is al afgesloten.' });
    const jobs = await one<{ count: number }>(
      sql`select count(*)::int as count from alarm_jobs where alarm_id = ${alarm.id} and done_at is null`,
    );
    expect(Number(jobs.count)).toBe(0);
    const other = await raise({ drill: true });
    expect(
      (await call(sanne, 'POST', `/api/v1/alarms/${other.id}/cancel`, { reason: 'Oefening klaar' })).json(),
    ).toMatchObject({ state: 'cancelled', drill: true });
    device.close();
  });
});

describe('reconnecting', () => {
  it('gives a device that comes back what it missed: alarms raised and closed meanwhile, and their events', async () => {
    const joostDevice = await openDevice(t.app, joost);
    const away = await openDevice(t.app, mehmet);
    const snapshot = away.messages.find((message) => message.type === 'snapshot');
    if (snapshot?.type !== 'snapshot') throw new Error('no snapshot');
    const since = snapshot.latestEventId;
    expect(since).toBeGreaterThanOrEqual(0);
    // Mehmet's phone loses its signal; his last heartbeat is recent, so he is still called (and cannot hear it).
    away.close();

    const gone = await raise({ type: 'threat' });
    expect(gone.notified).toBe(2);
    expect((await call(joost, 'POST', `/api/v1/alarms/${gone.id}/acknowledge`)).statusCode).toBe(200);
    expect(
      (await call(sanne, 'POST', `/api/v1/alarms/${gone.id}/resolve`, { note: 'Klant vertrokken' })).statusCode,
    ).toBe(200);
    const mistake = await raise();
    const cancelled = await call(sanne, 'POST', `/api/v1/alarms/${mistake.id}/cancel`, {
      reason: 'Per ongeluk gedrukt',
      falseAlarm: true,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const running = await raise({ room: 'Spreekkamer 3' });
    expect((await call(joost, 'POST', `/api/v1/alarms/${running.id}/acknowledge`)).statusCode).toBe(200);

    const back = await openDevice(t.app, mehmet, { since });
    const missedAt = back.messages.findIndex((message) => message.type === 'missed');
    const snapshotAt = back.messages.findIndex((message) => message.type === 'snapshot');
    expect(missedAt).toBeGreaterThanOrEqual(0);
    expect(missedAt).toBeLessThan(snapshotAt); // caught up first, then the open alarms
    const missed = back.messages[missedAt];
    if (missed?.type !== 'missed') throw new Error('no missed message');
    expect(missed.since).toBe(since);
    expect(missed.more).toBe(false);
    const states = Object.fromEntries(missed.alarms.map((alarm) => [alarm.id, alarm.state]));
    expect(states).toEqual({ [gone.id]: 'resolved', [mistake.id]: 'false_alarm', [running.id]: 'acknowledged' });
    expect(missed.alarms.every((alarm) => alarm.you.role === 'recipient')).toBe(true);
    const of = (alarmId: string) =>
      missed.events
        .filter((event) => event.alarmId === alarmId)
        .map((event) => [event.type, event.actor?.name ?? null]);
    expect(of(gone.id)).toEqual([
      ['raised', 'Sanne de Vries'],
      ['notified', null],
      ['acknowledged', 'Joost Bakker'],
      ['resolved', 'Sanne de Vries'],
    ]);
    expect(of(mistake.id).map(([type]) => type)).toEqual(['raised', 'notified', 'false_alarm']);
    expect(of(running.id).map(([type]) => type)).toEqual(['raised', 'notified', 'acknowledged']);
    // Every event is newer than the one the device saw, in order; telemetry of others' devices stays out.
    const eventIds = missed.events.map((event) => event.id);
    expect(eventIds.every((id) => id > since)).toBe(true);
    expect([...eventIds].sort((a, b) => a - b)).toEqual(eventIds);
    expect(missed.events.some((event) => ['delivered', 'seen', 'committed'].includes(event.type))).toBe(false);
    // The snapshot after it has only the alarm still open, and a new watermark.
    const fresh = back.messages[snapshotAt];
    if (fresh?.type !== 'snapshot') throw new Error('no snapshot');
    expect(fresh.alarms.map((alarm) => alarm.id)).toEqual([running.id]);
    expect(fresh.latestEventId).toBeGreaterThanOrEqual(Math.max(...eventIds));

    // Up to date: reconnecting from the new watermark brings no catch-up, only the snapshot.
    back.close();
    const again = await openDevice(t.app, mehmet, { since: fresh.latestEventId });
    expect(again.messages.map((message) => message.type)).toEqual(['snapshot']);
    // A nonsense watermark is ignored like a fresh start.
    const odd = await openDevice(t.app, mehmet, { since: -1 });
    expect(odd.messages.map((message) => message.type)).toEqual(['snapshot']);
    // Sanne raised all three: her device catching up from the same point sees them as their presser.
    const presser = await openDevice(t.app, sanne, { since });
    const hers = presser.messages.find((message) => message.type === 'missed');
    if (hers?.type !== 'missed') throw new Error('no missed message for the presser');
    expect(new Set(hers.alarms.map((alarm) => alarm.you.role))).toEqual(new Set(['presser']));
    for (const device of [again, odd, presser, joostDevice]) device.close();
  });
});

describe('the alarm socket and the session behind it', () => {
  it('sends an open alarm again with every heartbeat until a device of that person confirms it', async () => {
    const devices = { mehmet: await openDevice(t.app, mehmet), joost: await openDevice(t.app, joost) };
    const alarm = await raise();
    const copies = (device: TestDevice) =>
      device.messages.filter((message) => message.type === 'alarm' && message.alarm.id === alarm.id).length;
    for (const device of Object.values(devices)) await device.waitForAlarm((candidate) => candidate.id === alarm.id);
    const before = { mehmet: copies(devices.mehmet), joost: copies(devices.joost) };
    // Both beat in the same moment: one batch answers both and sends each their unconfirmed alarm again.
    for (const device of Object.values(devices)) device.send({ type: 'heartbeat' });
    await until(async () =>
      copies(devices.mehmet) > before.mehmet && copies(devices.joost) > before.joost ? true : undefined,
    );
    expect(devices.mehmet.messages.some((message) => message.type === 'heartbeat_ok')).toBe(true);

    // Mehmet's phone confirms it; from then on only Joost gets it again.
    devices.mehmet.send({ type: 'delivered', alarmId: alarm.id });
    await until(async () =>
      (
        await queryRows(
          t.ctx.db,
          sql`select 1 from alarm_deliveries where alarm_id = ${alarm.id}
        and user_id = ${ids.mehmet} and delivered_at is not null`,
        )
      ).length > 0
        ? true
        : undefined,
    );
    const confirmed = { mehmet: copies(devices.mehmet), joost: copies(devices.joost) };
    devices.mehmet.send({ type: 'heartbeat' });
    devices.joost.send({ type: 'heartbeat' });
    // The batch sends one alarm after another: once Joost's copy is there, Mehmet's would have come first.
    await until(async () => (copies(devices.joost) > confirmed.joost ? true : undefined));
    expect(copies(devices.mehmet)).toBe(confirmed.mehmet);
    for (const device of Object.values(devices)) device.close();
  });

  it('ends the socket at the next heartbeat once its session has ended', async () => {
    const own = await loginAs(t.app, 'interventie@wonenzuid.example');
    const device = await openDevice(t.app, own);
    const closed = new Promise<number>((resolve) => device.socket.on('close', (code) => resolve(code)));
    device.send({ type: 'heartbeat' });
    await device.waitForMessage('heartbeat_ok');
    expect((await call(own, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    device.send({ type: 'heartbeat' });
    expect(await closed).toBe(4401);
  });
});

describe('access and bad input', () => {
  it('refuses roles that do not raise alarms and hides alarms from people not involved', async () => {
    expect((await call(hr, 'POST', '/api/v1/alarms', {})).statusCode).toBe(403);
    const alarm = await raise();
    expect((await call(hr, 'GET', `/api/v1/alarms/${alarm.id}`)).statusCode).toBe(403);
    const outsider = await loginAs(t.app, 'f.elamrani@wonenzuid.example');
    expect((await call(outsider, 'GET', `/api/v1/alarms/${alarm.id}`)).json()).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect((await call(outsider, 'POST', `/api/v1/alarms/${alarm.id}/acknowledge`)).statusCode).toBe(404);
    expect((await call(safety, 'GET', `/api/v1/alarms/${alarm.id}/timeline`)).statusCode).toBe(200);
    // A manager of another office cannot see or change this office's duty.
    expect((await call(joost, 'GET', `/api/v1/duty/offices/${ids.eindhoven}`)).statusCode).toBe(200);
    const helmond = (await one<{ id: string }>(sql`select id from offices where name = 'Kantoor Helmond'`)).id;
    expect((await call(joost, 'GET', `/api/v1/duty/offices/${helmond}`)).statusCode).toBe(404);
    await expect(openDevice(t.app, hr)).rejects.toThrow(/403/);
    await expect(t.app.injectWS('/api/v1/alarms/stream', {})).rejects.toThrow(/401/);
    // Another site's page cannot open the stream with the user's cookie.
    const closed = await new Promise<number>((resolve, reject) => {
      t.app
        .injectWS(
          '/api/v1/alarms/stream',
          { headers: { cookie: sanne.cookie, origin: 'https://evil.example' } },
          {
            onInit: (ws) => ws.on('close', (code) => resolve(code)),
          },
        )
        .catch(reject);
    });
    expect(closed).toBe(1008);
  });

  it('answers bad input with a problem in the user’s language and stores nothing', async () => {
    const before = await one<{ count: number }>(sql`select count(*)::int as count from alarms`);
    for (const payload of [
      { colour: 'red' },
      { type: 'shouting' },
      { phase: 5 },
      { room: 'x'.repeat(121) },
      { handlingId: 'nope' },
    ]) {
      const response = await call(sanne, 'POST', '/api/v1/alarms', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    const unknownHandling = await call(sanne, 'POST', '/api/v1/alarms', {
      handlingId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownHandling.json()).toMatchObject({ status: 400, code: 'unknown_reference' });
    const after = await one<{ count: number }>(sql`select count(*)::int as count from alarms`);
    expect(after.count).toBe(before.count);
    const badSettings = await call(safety, 'PUT', `/api/v1/duty/offices/${ids.eindhoven}/settings`, {
      minReachable: 1,
      ackTimeoutSeconds: 0,
      escalation: [],
    });
    expect(badSettings.statusCode).toBe(400);
    const unknownTeam = await call(safety, 'PUT', `/api/v1/duty/offices/${ids.eindhoven}/settings`, {
      minReachable: 1,
      ackTimeoutSeconds: 30,
      escalation: [{ target: 'team', teamId: '00000000-0000-4000-8000-000000000000', timeoutSeconds: 30 }],
    });
    expect(unknownTeam.json()).toMatchObject({ status: 400, code: 'unknown_reference' });
    const badShift = await call(safety, 'PUT', `/api/v1/duty/teams/${ids.team}/members`, {
      members: [{ userId: ids.mehmet, shifts: [{ weekday: 1, startMinute: 600, endMinute: 500 }] }],
    });
    expect(badShift.statusCode).toBe(400);
    const notResponder = await call(safety, 'PUT', `/api/v1/duty/teams/${ids.team}/members`, {
      members: [{ userId: ids.sanne, shifts: [] }],
    });
    expect(notResponder.json()).toMatchObject({ status: 400, code: 'unknown_reference' });
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/alarms',
      headers: { ...as(sanne), 'accept-language': 'en' },
      payload: { phase: 9 },
    });
    expect(english.statusCode).toBe(400);
  });

  it('raises a real alarm from a live handling, linked both ways', async () => {
    const handling = (await call(sanne, 'POST', '/api/v1/handlings', { procedure: 'verbal' })).json();
    await call(sanne, 'POST', `/api/v1/handlings/${handling.id}/phase`, { phase: 3 });
    const after = await call(sanne, 'POST', `/api/v1/handlings/${handling.id}/alarm`);
    expect(after.statusCode, after.body).toBe(200);
    const event = after.json().events.find((candidate: { type: string }) => candidate.type === 'alarm_raised');
    expect(event.alarmId).toEqual(expect.any(String));
    const alarm = (await call(sanne, 'GET', `/api/v1/alarms/${event.alarmId}`)).json();
    expect(alarm).toMatchObject({ handlingId: handling.id, phase: 3, state: 'raised' });
  });
});

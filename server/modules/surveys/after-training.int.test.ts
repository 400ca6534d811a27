import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows } from '../../http/test-helpers.js';
import { dutchDate } from '../../time/dutch-time.js';
import { addCalendarDays, addCalendarMonths } from './dates.js';
import { BUILT_IN_ITEMS } from './questionnaire.js';
import { surveyCampaigns } from './tables.js';

let t: TestContext;
let officer: Caller;

beforeAll(async () => {
  t = await createTestContext();
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

const today = dutchDate();

/** Planning answers with the list of sessions; the new one is found by its title. */
function sessionIdOf(body: { sessions: { id: string; title: string }[] }, title: string): string {
  const found = body.sessions.find((session) => session.title === title);
  if (!found) throw new Error(`session ${title} not planned`);
  return found.id;
}
const daysAgo = (n: number) => addCalendarDays(today, -n);
const noon = (day: string) => new Date(`${day}T10:00:00Z`);

async function campaign(values: Partial<typeof surveyCampaigns.$inferInsert> & { title: string; kind: string }) {
  const [row] = await t.ctx.db
    .insert(surveyCampaigns)
    .values({ items: [...BUILT_IN_ITEMS], status: 'closed', closesOn: daysAgo(40), ...values })
    .returning();
  if (!row) throw new Error('no campaign');
  return row;
}

async function campaignRow(id: string) {
  const [row] = await queryRows<{
    opens_on: string | null;
    closes_on: string;
    status: string;
    after_training_session_id: string | null;
  }>(
    t.ctx.db,
    sql`select opens_on::text, closes_on::text, status, after_training_session_id from survey_campaigns
      where id = ${id}`,
  );
  return row;
}

describe('the re-measurement after a classroom training', () => {
  it('is scheduled three months after the session for the baselines of the teams present, once', async () => {
    const [sanne] = await queryRows<{ id: string; team_id: string }>(
      t.ctx.db,
      sql`select id, team_id from users where email = ${demoEmailFor('employee')}`,
    );
    if (!sanne?.team_id) throw new Error('the demo employee has no team');
    const [otherTeam] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select id from teams where id <> ${sanne.team_id} limit 1`,
    );
    const sessionDay = daysAgo(10);
    const expected = addCalendarMonths(sessionDay, 3);
    const began = noon(daysAgo(60));

    // A: the team's baseline with its automatic re-measurement, earlier than three months after the session.
    const a = await campaign({
      title: 'Nulmeting A',
      kind: 'baseline',
      targetTeamIds: [sanne.team_id],
      openedAt: began,
    });
    const aNext = await campaign({
      title: 'Nameting A',
      kind: 'remeasurement',
      status: 'scheduled',
      baselineId: a.id,
      opensOn: addCalendarDays(today, 20),
      closesOn: addCalendarDays(today, 34),
    });
    // B: planned by hand later than that: stays.
    const b = await campaign({
      title: 'Nulmeting B',
      kind: 'baseline',
      targetTeamIds: [sanne.team_id],
      openedAt: began,
    });
    const bNext = await campaign({
      title: 'Nameting B',
      kind: 'remeasurement',
      status: 'scheduled',
      baselineId: b.id,
      opensOn: addCalendarDays(expected, 30),
      closesOn: addCalendarDays(expected, 44),
    });
    // C: another team only, nobody of it present: untouched.
    const c = await campaign({
      title: 'Nulmeting C',
      kind: 'baseline',
      targetTeamIds: [otherTeam?.id ?? ''],
      openedAt: began,
    });
    const cNext = await campaign({
      title: 'Nameting C',
      kind: 'remeasurement',
      status: 'scheduled',
      baselineId: c.id,
      opensOn: addCalendarDays(today, 20),
      closesOn: addCalendarDays(today, 34),
    });
    // D: the whole organisation, still open, no re-measurement yet: one is planned.
    const d = await campaign({
      title: 'Nulmeting D',
      kind: 'baseline',
      status: 'open',
      openedAt: began,
      opensOn: daysAgo(60),
      closesOn: addCalendarDays(today, 5),
    });
    // E: started after the session: the training came before it, so it is no "after".
    const e = await campaign({
      title: 'Nulmeting E',
      kind: 'baseline',
      status: 'open',
      openedAt: noon(daysAgo(2)),
      closesOn: addCalendarDays(today, 5),
    });
    // F: its re-measurement is already open: left alone.
    const f = await campaign({ title: 'Nulmeting F', kind: 'baseline', openedAt: began });
    const fNext = await campaign({
      title: 'Nameting F',
      kind: 'remeasurement',
      status: 'open',
      baselineId: f.id,
      opensOn: daysAgo(1),
      closesOn: addCalendarDays(today, 13),
    });

    const created = await call(officer, 'POST', '/api/v1/training/sessions', {
      title: 'Training met trainingsacteur',
      startsAt: `${sessionDay}T09:00:00+01:00`,
      location: 'Kantoor Eindhoven',
      trainer: 'Kees',
      inviteeIds: [sanne.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const sessionId = sessionIdOf(created.json(), 'Training met trainingsacteur');
    const record = () =>
      call(officer, 'PUT', `/api/v1/training/sessions/${sessionId}/attendance`, {
        attendance: [{ userId: sanne.id, attendance: 'attended' }],
        note: 'Grenzen stellen geoefend',
      });
    expect((await record()).statusCode).toBe(200);

    expect(await campaignRow(aNext.id)).toEqual({
      opens_on: expected,
      closes_on: addCalendarDays(expected, 14),
      status: 'scheduled',
      after_training_session_id: sessionId,
    });
    const moved = await auditRows(t, 'survey.updated', aNext.id);
    expect(moved).toHaveLength(1);
    expect(moved[0]?.changes).toMatchObject({
      opensOn: { from: addCalendarDays(today, 20), to: expected },
      reason: 'training_held',
      trainingSessionId: sessionId,
      baselineId: a.id,
    });
    expect((await campaignRow(bNext.id))?.opens_on).toBe(addCalendarDays(expected, 30));
    expect((await campaignRow(cNext.id))?.opens_on).toBe(addCalendarDays(today, 20));
    expect((await campaignRow(fNext.id))?.opens_on).toBe(daysAgo(1));
    const planned = await queryRows<{
      id: string;
      opens_on: string;
      status: string;
      after_training_session_id: string;
    }>(
      t.ctx.db,
      sql`select id, opens_on::text, status, after_training_session_id from survey_campaigns where baseline_id = ${d.id}`,
    );
    expect(planned).toEqual([
      { id: expect.any(String), opens_on: expected, status: 'scheduled', after_training_session_id: sessionId },
    ]);
    expect(await auditRows(t, 'survey.scheduled', planned[0]?.id)).toHaveLength(1);
    const none = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from survey_campaigns where baseline_id in ${[e.id, f.id, b.id, c.id]}
        and kind = 'remeasurement'`,
    );
    expect(none[0]?.n).toBe(3); // B, C and F had one already; E got none.

    // Closing D later keeps the re-measurement the training planned (no second one).
    expect((await call(officer, 'POST', `/api/v1/surveys/campaigns/${d.id}/close`)).statusCode).toBeLessThan(300);
    const afterClose = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from survey_campaigns where baseline_id = ${d.id}`,
    );
    expect(afterClose[0]?.n).toBe(1);

    // Recording the attendance again changes nothing.
    const before = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from audit_log where action in ('survey.updated', 'survey.scheduled')`,
    );
    expect((await record()).statusCode).toBe(200);
    const after = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from audit_log where action in ('survey.updated', 'survey.scheduled')`,
    );
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('changes nothing when nobody attended', async () => {
    const [mehmet] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select id from users where team_id is not null and email <> ${demoEmailFor('employee')} limit 1`,
    );
    const baseline = await campaign({
      title: 'Nulmeting G',
      kind: 'baseline',
      status: 'open',
      openedAt: noon(daysAgo(30)),
      closesOn: addCalendarDays(today, 5),
    });
    const created = await call(officer, 'POST', '/api/v1/training/sessions', {
      title: 'Training die niet doorging',
      startsAt: `${daysAgo(3)}T09:00:00+01:00`,
      location: 'Kantoor Helmond',
      trainer: 'Kees',
      inviteeIds: [mehmet?.id],
    });
    const recorded = await call(
      officer,
      'PUT',
      `/api/v1/training/sessions/${sessionIdOf(created.json(), 'Training die niet doorging')}/attendance`,
      {
        attendance: [{ userId: mehmet?.id, attendance: 'absent' }],
        note: '',
      },
    );
    expect(recorded.statusCode).toBe(200);
    const planned = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from survey_campaigns where baseline_id = ${baseline.id}`,
    );
    expect(planned[0]?.n).toBe(0);
  });
});

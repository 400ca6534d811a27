import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { dutchDate, startOfDutchDay } from '../../time/dutch-time.js';
import { hashPassword } from '../auth/passwords.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { createTransport, sendDueMail } from '../mail/dispatcher.js';
import { queueMail } from '../mail/queue.js';
import { mailOutbox } from '../mail/tables.js';
import { departments, offices, teams } from '../org/tables.js';
import { replaceRoles } from '../users/repository.js';
import { users } from '../users/tables.js';
import { addCalendarDays, addCalendarMonths } from './dates.js';
import { runSurveyJobs } from './jobs.js';
import { BUILT_IN_ITEMS } from './questionnaire.js';
import type { TCampaign, TResults } from './schema.js';

interface Caught {
  to: string;
  raw: string;
}

let t: TestContext;
let safety: Caller;
let director: Caller;
let hr: Caller;
let manager: Caller;
let employee: Caller;
let catcher: SMTPServer;
let caught: Caught[] = [];
let smtpUrl: string;
const team: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
const people: Record<'a' | 'b' | 'c', string[]> = { a: [], b: [], c: [] };
const sessions = new Map<string, Caller>();

beforeAll(async () => {
  catcher = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        // Undo quoted-printable soft line breaks and escapes, so links and accents can be searched for.
        const decoded = Buffer.from(
          raw
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8');
        for (const to of session.envelope.rcptTo) caught.push({ to: to.address, raw: decoded });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(catcher.server.address() as AddressInfo).port}`;
  t = await createTestContext({
    config: {
      smtpUrl,
      mailFrom: 'Regie <regie@wonenzuid.example>',
      publicUrl: 'https://regie.test',
      // Fifteen colleagues sign in from the same test address within a minute.
      loginRateLimitPerMinute: 1000,
    },
  });
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  director = await loginAs(t.app, demoEmailFor('director'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  employee = await loginAs(t.app, demoEmailFor('employee'));

  // Three teams: a (6 people) and b (5) in the manager's department Klantcontact, c (4) in Wonen.
  const [customers] = await t.ctx.db.select().from(departments).where(eq(departments.name, 'Klantcontact'));
  const [housing] = await t.ctx.db.select().from(departments).where(eq(departments.name, 'Wonen'));
  const [eindhoven] = await t.ctx.db.select().from(offices).where(eq(offices.name, 'Kantoor Eindhoven'));
  const [helmond] = await t.ctx.db.select().from(offices).where(eq(offices.name, 'Kantoor Helmond'));
  if (!customers || !housing || !eindhoven || !helmond) throw new Error('demo organisation missing');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const layout = [
    ['a', 'Balie Centrum', customers.id, eindhoven.id, 6],
    ['b', 'Telefoonteam', customers.id, helmond.id, 5],
    ['c', 'Wijkteam Oost', housing.id, helmond.id, 4],
  ] as const;
  for (const [key, name, departmentId, officeId, count] of layout) {
    const [row] = await t.ctx.db.insert(teams).values({ name, departmentId, officeId }).returning();
    if (!row) throw new Error('team insert failed');
    team[key] = row.id;
    for (let index = 0; index < count; index++) {
      const [person] = await t.ctx.db
        .insert(users)
        .values({
          email: `${key}${index}@meting.example`,
          name: `Medewerker ${key.toUpperCase()}${index}`,
          passwordHash,
          officeId,
          departmentId,
          teamId: row.id,
          language: index === 0 ? 'en' : 'nl',
        })
        .returning();
      if (!person) throw new Error('user insert failed');
      await replaceRoles(t.ctx.db, person.id, ['employee']);
      people[key].push(person.email);
    }
  }
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => catcher.close(() => resolve()));
});

function call(caller: Caller, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function session(email: string): Promise<Caller> {
  const known = sessions.get(email);
  if (known) return known;
  const caller = await loginAs(t.app, email);
  sessions.set(email, caller);
  return caller;
}

/** Answers every scale item with `value`, except the grip items with `grip`. */
function answersWith(items: TCampaign['items'], value: number, grip: number) {
  const answers: Record<string, number> = {};
  for (const item of items) if (item.kind === 'scale') answers[item.key] = item.theme === 'grip' ? grip : value;
  return answers;
}

async function answer(email: string, campaign: TCampaign, grip: number, open = '') {
  const caller = await session(email);
  const response = await call(caller, 'POST', `/api/v1/surveys/invitations/${campaign.id}/response`, {
    answers: answersWith(campaign.items, 3, grip),
    openAnswers: open ? { op1: open } : {},
  });
  expect(response.statusCode, response.body).toBe(204);
}

async function results(caller: Caller, id: string, query = ''): Promise<TResults> {
  const response = await call(caller, 'GET', `/api/v1/surveys/campaigns/${id}/results${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TResults;
}

let baseline: TCampaign;
const baselineGrip = { a: [2, 2, 3, 3, 2, 3], b: [3, 3, 2, 3, 3], c: [1, 1, 1, 1] };

describe('mail', () => {
  it('sends nothing for a rolled-back change, and sends a committed mail to the SMTP server', async () => {
    caught = [];
    await t.ctx.db
      .transaction(async (tx) => {
        await queueMail(tx, { to: 'x@meting.example', subject: 'Niet', text: 'Niet versturen', kind: 'test' });
        throw new Error('roll back');
      })
      .catch(() => {});
    await queueMail(t.ctx.db, { to: 'y@meting.example', subject: 'Wel', text: 'Wel versturen', kind: 'test' });
    const transport = createTransport({ smtpUrl, mailFrom: 'Regie <regie@wonenzuid.example>' });
    expect(await sendDueMail(t.ctx.db, transport, 'Regie <regie@wonenzuid.example>')).toBe(1);
    expect(caught.map((mail) => mail.to)).toEqual(['y@meting.example']);
    expect(caught[0]?.raw).toContain('Subject: Wel');
  });

  it('retries with back-off when the SMTP server cannot be reached, and the admin sees it', async () => {
    await t.ctx.db.execute(sql`delete from mail_outbox`);
    await queueMail(t.ctx.db, { to: 'z@meting.example', subject: 'Later', text: 'Later', kind: 'test' });
    const unreachable = createTransport({ smtpUrl: 'smtp://127.0.0.1:1', mailFrom: 'x@y.z' });
    // A second on: the database stamps the queued row in microseconds, this clock in milliseconds.
    const now = new Date(Date.now() + 1000);
    await sendDueMail(t.ctx.db, unreachable, 'x@y.z', now);
    const [row] = await t.ctx.db.select().from(mailOutbox);
    expect(row?.status).toBe('failed');
    expect(row?.attempts).toBe(1);
    expect(row?.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    // Not yet due again: nothing is claimed.
    expect(await sendDueMail(t.ctx.db, unreachable, 'x@y.z', now)).toBe(0);
    // Without a configured server nothing is sent and everything waits.
    expect(await sendDueMail(t.ctx.db, null, 'x@y.z', new Date(now.getTime() + 120_000))).toBe(0);
    const admin = await loginAs(t.app, demoEmailFor('admin'));
    const status = await call(admin, 'GET', '/api/v1/mail/status');
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ configured: true, counts: { failed: 1 } });
    expect(status.body).not.toContain('z@meting.example');
    expect((await call(safety, 'GET', '/api/v1/mail/status')).statusCode).toBe(403);
    await t.ctx.db.execute(sql`delete from mail_outbox`);
  });
});

describe('a baseline campaign', () => {
  it('is created from the built-in questionnaire, its items edited (versioned) and opened with invitations', async () => {
    const created = await call(safety, 'POST', '/api/v1/surveys/campaigns', {
      title: 'Nulmeting veilig werken 2026',
      kind: 'baseline',
      targetTeamIds: [team.a, team.b, team.c],
      closesOn: addCalendarDays(dutchDate(), 14),
    });
    expect(created.statusCode, created.body).toBe(201);
    baseline = created.json() as TCampaign;
    expect(baseline.status).toBe('draft');
    expect(baseline.items.map((item) => item.key)).toEqual(BUILT_IN_ITEMS.map((item) => item.key));

    // Reword one item (keeps its key), drop one, add one (gets a fresh key).
    const edited = baseline.items
      .filter((item) => item.key !== 'wp3')
      .map((item) =>
        item.key === 'gr2'
          ? { ...item, text: { nl: 'Ik stel rustig een grens.', en: 'I set a boundary calmly.' } }
          : item,
      );
    const added = {
      kind: 'scale',
      theme: 'safety',
      scale: 'agreement',
      text: { nl: 'Ik voel me veilig op huisbezoek.', en: 'I feel safe on home visits.' },
    };
    const items = await call(safety, 'PUT', `/api/v1/surveys/campaigns/${baseline.id}/items`, {
      items: [...edited, added],
    });
    expect(items.statusCode, items.body).toBe(200);
    baseline = items.json() as TCampaign;
    expect(baseline.itemsVersion).toBe(2);
    expect(baseline.items.find((item) => item.key === 'gr2')?.text.nl).toBe('Ik stel rustig een grens.');
    expect(baseline.items.some((item) => item.key === 'wp3')).toBe(false);
    expect(baseline.items.at(-1)?.key).toMatch(/^c[0-9a-f]{8}$/);

    caught = [];
    const opened = await call(safety, 'POST', `/api/v1/surveys/campaigns/${baseline.id}/open`);
    expect(opened.statusCode, opened.body).toBe(200);
    baseline = opened.json() as TCampaign;
    expect(baseline).toMatchObject({ status: 'open', invited: 15, responded: 0 });
    // Once open, the items are fixed.
    expect(
      (await call(safety, 'PUT', `/api/v1/surveys/campaigns/${baseline.id}/items`, { items: edited })).json(),
    ).toMatchObject({ code: 'survey_not_editable' });

    await sendDueMail(t.ctx.db, createTransport({ smtpUrl, mailFrom: 'x' }), 'Regie <regie@wonenzuid.example>');
    expect(caught.map((mail) => mail.to).sort()).toEqual([...people.a, ...people.b, ...people.c].sort());
    const english = caught.find((mail) => mail.to === people.a[0]);
    expect(english?.raw).toContain('Questionnaire: Nulmeting veilig werken 2026');
    expect(english?.raw).toContain(`https://regie.test/surveys/answer/${baseline.id}`);
    const dutch = caught.find((mail) => mail.to === people.a[1]);
    expect(dutch?.raw).toContain('Vragenlijst: Nulmeting veilig werken 2026');
  });

  it('shows the invitation in the app, takes one anonymous answer per person and refuses outsiders', async () => {
    const mine = await call(await session(people.a[0] as string), 'GET', '/api/v1/surveys/invitations');
    expect(mine.json().invitations).toMatchObject([{ campaignId: baseline.id, responded: false }]);
    expect((await call(employee, 'GET', `/api/v1/surveys/invitations/${baseline.id}`)).statusCode).toBe(404);
    expect(
      (
        await call(employee, 'POST', `/api/v1/surveys/invitations/${baseline.id}/response`, {
          answers: answersWith(baseline.items, 3, 3),
        })
      ).statusCode,
    ).toBe(404);

    const first = await session(people.a[0] as string);
    const incomplete = await call(first, 'POST', `/api/v1/surveys/invitations/${baseline.id}/response`, {
      answers: { wp1: 3 },
    });
    expect(incomplete.json()).toMatchObject({ code: 'survey_answers_invalid' });
    const outOfRange = await call(first, 'POST', `/api/v1/surveys/invitations/${baseline.id}/response`, {
      answers: { ...answersWith(baseline.items, 3, 3), wp1: 6 },
    });
    expect(outOfRange.statusCode).toBe(400);

    for (const key of ['a', 'b', 'c'] as const) {
      for (const [index, email] of people[key].entries())
        await answer(email, baseline, baselineGrip[key][index] as number, `Antwoord ${key}${index}`);
    }
    const again = await call(first, 'POST', `/api/v1/surveys/invitations/${baseline.id}/response`, {
      answers: answersWith(baseline.items, 3, 3),
    });
    expect(again.json()).toMatchObject({ code: 'survey_already_answered' });
    expect((await call(first, 'GET', '/api/v1/surveys/invitations')).json().invitations).toEqual([]);

    // The answers carry no user and no time; nothing in them points back to an invitation.
    const columns = await queryRows<{ column_name: string }>(
      t.ctx.db,
      sql`select column_name from information_schema.columns where table_name = 'survey_responses'`,
    );
    expect(columns.map((column) => column.column_name).sort()).toEqual(
      ['answers', 'campaign_id', 'id', 'items_version', 'open_answers', 'team_id'].sort(),
    );
    const audit = await queryRows<{ changes: unknown }>(
      t.ctx.db,
      sql`select changes from audit_log where action = 'survey.responded'`,
    );
    expect(audit).toHaveLength(15);
    expect(JSON.stringify(audit)).not.toContain('answers');
  });

  it('never shows figures of a group of four, through any role, filter or export', async () => {
    const filters = [
      '',
      `?teamId=${team.c}`,
      `?teamId=${team.b}`,
      `?teamId=${team.a}`,
      `?departmentId=${(await t.ctx.db.select().from(teams).where(eq(teams.id, team.c)))[0]?.departmentId}`,
      `?officeId=${(await t.ctx.db.select().from(teams).where(eq(teams.id, team.c)))[0]?.officeId}`,
      `?officeId=${(await t.ctx.db.select().from(teams).where(eq(teams.id, team.c)))[0]?.officeId}&teamId=${team.c}`,
    ];
    for (const caller of [safety, director, hr, manager]) {
      for (const filter of filters) {
        const result = await results(caller, baseline.id, filter);
        const small = result.groups.find((group) => group.id === team.c);
        if (small) expect(small).toMatchObject({ suppressed: true, respondents: null, themes: [], items: [] });
        // Team b (5) is held back too: otherwise organisation (15) − a (6) − b (5) would be team c's four.
        const held = result.groups.find((group) => group.id === team.b);
        if (held) expect(held.suppressed).toBe(true);
        // What can be subtracted: every shown group, organisation minus all shown teams, stays at five or more.
        const shown = result.groups.filter((group) => !group.suppressed);
        for (const group of shown) expect(group.respondents).toBeGreaterThanOrEqual(5);
        const organisation = shown.find((group) => group.kind === 'organisation');
        if (organisation) {
          const rest =
            (organisation.respondents ?? 0) -
            shown.filter((group) => group.kind === 'team').reduce((sum, group) => sum + (group.respondents ?? 0), 0);
          expect(rest === 0 || rest >= 5).toBe(true);
        }
        const csv = await call(caller, 'GET', `/api/v1/surveys/campaigns/${baseline.id}/results.csv${filter}`);
        expect(csv.statusCode).toBe(200);
        for (const line of csv.body.split('\r\n').filter((row) => row.includes('Wijkteam Oost')))
          expect(line).toContain('minder dan 5 respondenten');
      }
    }
    const full = await results(safety, baseline.id);
    expect(full.groups.find((group) => group.kind === 'organisation')).toMatchObject({
      suppressed: false,
      respondents: 15,
    });
    expect(full.groups.find((group) => group.id === team.a)).toMatchObject({ suppressed: false, respondents: 6 });
    const grip = full.groups.find((group) => group.id === team.a)?.themes.find((theme) => theme.theme === 'grip');
    expect(grip?.mean).toBeCloseTo(15 / 6, 10);
    // Open answers: the safety officer only, organisation-wide, alphabetical; nobody else.
    expect(full.openAnswers?.find((entry) => entry.key === 'op1')?.answers).toHaveLength(15);
    expect((await results(director, baseline.id)).openAnswers).toBeNull();
    // A manager sees only their own department's teams, and not the organisation.
    const managed = await results(manager, baseline.id);
    expect(managed.groups.map((group) => group.id).sort()).toEqual([team.a, team.b].sort());
  });

  it('reminds who has not answered, refuses employees the results, and closes with a re-measurement planned', async () => {
    expect((await call(employee, 'GET', `/api/v1/surveys/campaigns/${baseline.id}/results`)).statusCode).toBe(403);
    expect((await call(employee, 'POST', '/api/v1/surveys/campaigns', {})).statusCode).toBe(403);
    const reminded = await call(safety, 'POST', `/api/v1/surveys/campaigns/${baseline.id}/remind`);
    expect(reminded.json()).toEqual({ reminded: 0 });

    const closed = await call(safety, 'POST', `/api/v1/surveys/campaigns/${baseline.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    const body = closed.json() as TCampaign;
    expect(body.status).toBe('closed');
    expect(body.remeasurement).toMatchObject({
      status: 'scheduled',
      opensOn: addCalendarMonths(dutchDate(), 3),
    });
    const late = await call(await session(people.a[0] as string), 'GET', `/api/v1/surveys/invitations/${baseline.id}`);
    expect(late.json()).toMatchObject({ code: 'survey_closed' });
  });
});

describe('the re-measurement', () => {
  let post: TCampaign;

  it('is moved by the safety officer, opened by the job on its day and compared with the baseline', async () => {
    const id = (await call(safety, 'GET', `/api/v1/surveys/campaigns/${baseline.id}`)).json().remeasurement.id;
    const opensOn = addCalendarDays(dutchDate(), 7);
    const moved = await call(safety, 'PATCH', `/api/v1/surveys/campaigns/${id}`, { opensOn });
    expect(moved.statusCode, moved.body).toBe(200);
    post = moved.json() as TCampaign;
    expect(post).toMatchObject({ status: 'scheduled', opensOn, kind: 'remeasurement', baselineId: baseline.id });
    expect(post.items).toEqual(baseline.items);

    // The day before nothing happens; on the day the job opens it and invites everyone.
    expect(await runSurveyJobs(t.ctx.db, t.ctx.config, startOfDutchDay(addCalendarDays(opensOn, -1)))).toBe(0);
    await t.ctx.db.execute(sql`update survey_campaigns set opens_on = ${dutchDate()} where id = ${id}`);
    expect(await runSurveyJobs(t.ctx.db, t.ctx.config)).toBe(1);
    post = (await call(safety, 'GET', `/api/v1/surveys/campaigns/${id}`)).json() as TCampaign;
    expect(post).toMatchObject({ status: 'open', invited: 15 });

    const postGrip = { a: [4, 4, 3, 4, 5, 4], b: [4, 3, 4, 4, 4], c: [2, 2, 2, 2] };
    for (const key of ['a', 'b', 'c'] as const)
      for (const [index, email] of people[key].entries()) await answer(email, post, postGrip[key][index] as number);

    const result = await results(safety, post.id);
    expect(result.baseline).toEqual({ id: baseline.id, title: baseline.title });
    const organisation = result.groups.find((group) => group.kind === 'organisation');
    const grip = organisation?.themes.find((theme) => theme.theme === 'grip');
    const pre = [...baselineGrip.a, ...baselineGrip.b, ...baselineGrip.c];
    const after = [...postGrip.a, ...postGrip.b, ...postGrip.c];
    const preMean = pre.reduce((a, b) => a + b, 0) / pre.length;
    const postMean = after.reduce((a, b) => a + b, 0) / after.length;
    expect(grip?.comparison?.baselineMean).toBeCloseTo(preMean, 10);
    expect(grip?.mean).toBeCloseTo(postMean, 10);
    expect(grip?.comparison?.difference).toBeCloseTo(postMean - preMean, 10);
    expect(grip?.comparison?.ciLow).toBeLessThan(postMean - preMean);
    expect(grip?.comparison?.ciHigh).toBeGreaterThan(postMean - preMean);
    expect(grip?.comparison?.effect).toBe('large');
    // Work pressure did not change (everyone answered 3): no difference, no interval width.
    const pressure = organisation?.themes.find((theme) => theme.theme === 'work_pressure');
    expect(pressure?.comparison).toMatchObject({ difference: 0, ciLow: 0, ciHigh: 0 });
    // Team a is shown in both rounds, so it is compared too; team c never.
    expect(result.groups.find((group) => group.id === team.a)?.themes[0]?.comparison).not.toBeNull();
    expect(result.groups.find((group) => group.id === team.c)?.suppressed).toBe(true);
  });

  it('is closed by the job after its last day', async () => {
    const dayAfter = startOfDutchDay(addCalendarDays(post.closesOn, 1));
    // This one and the demo data's open re-measurement (which closes earlier) are both past their last day.
    expect(await runSurveyJobs(t.ctx.db, t.ctx.config, dayAfter)).toBe(2);
    expect(await runSurveyJobs(t.ctx.db, t.ctx.config, dayAfter)).toBe(0);
    const closed = (await call(safety, 'GET', `/api/v1/surveys/campaigns/${post.id}`)).json() as TCampaign;
    expect(closed.status).toBe('closed');
    // A re-measurement plans no further round.
    expect(closed.remeasurement).toBeNull();
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows, countRows, rows } from '../../http/test-helpers.js';
import { aftercareAbsences, aftercareCheckins, incidentDebriefs } from '../aftercare/tables.js';
import { SYSTEM_ACTOR } from '../audit/record.js';
import { verifyAuditChain } from '../audit/verify.js';
import { clients } from '../clients/tables.js';
import { confidentialMessages, confidentialNotes, confidentialReports } from '../confidential/tables.js';
import { incidentAttachments } from '../incidents/attachments-tables.js';
import { incidents } from '../incidents/tables.js';
import { measureLetters } from '../letters/tables.js';
import { clientMeasures } from '../measures/tables.js';
import { runRetentionNow, runScheduledRetention } from './retention.js';

let t: TestContext;
let safety: Caller;
let admin: Caller;
let employeeId: string;
let departmentId: string;
let officeId: string;

beforeAll(async () => {
  t = await createTestContext();
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  admin = await loginAs(t.app, demoEmailFor('admin'));
  const [employee] = await rows<{ id: string; department_id: string; office_id: string }>(
    t,
    sql`select id, department_id, office_id from users where email = ${demoEmailFor('employee')}`,
  );
  employeeId = employee?.id ?? '';
  departmentId = employee?.department_id ?? '';
  officeId = employee?.office_id ?? '';
});
afterAll(() => t.close());

/** A client with two reports (one with an attachment) and a measure, as a case leaves them. */
async function clientWithHistory(name: string, occurredAt: Date, createdAt = occurredAt) {
  const [client] = await t.ctx.db
    .insert(clients)
    .values({
      name,
      clientNumber: `K-${name.length}-${Math.random()}`,
      phone: '06-12345678',
      phoneDigits: '0612345678',
      address: 'Kerkstraat 1, Eindhoven',
      notes: 'Komt vaak boos binnen',
      createdAt,
    })
    .returning();
  if (!client) throw new Error('no client');
  const made = [];
  for (const form of [['verbal'], ['threat']]) {
    const [incident] = await t.ctx.db
      .insert(incidents)
      .values({
        status: 'submitted',
        reportedBy: employeeId,
        employeeId,
        departmentId,
        officeId,
        occurredAt,
        channel: 'desk',
        forms: form,
        clientId: client.id,
        clientDescription: `${name}, lange man met pet`,
        facts: `${name} schreeuwde aan de balie`,
        quotes: '"Ik weet waar je woont"',
        involved: [
          { name: 'Broer van de cliënt', userId: null },
          { name: 'Sanne de Vries', userId: employeeId },
        ],
        consequences: 'Slecht geslapen',
        caseStatus: 'closed',
        createdAt,
        submittedAt: createdAt,
      })
      .returning();
    if (!incident) throw new Error('no incident');
    made.push(incident);
  }
  await t.ctx.db.insert(incidentAttachments).values({
    incidentId: made[0]?.id ?? '',
    fileName: 'foto.jpg',
    contentType: 'image/jpeg',
    size: 3,
    sha256: 'abc',
    data: Buffer.from([1, 2, 3]),
    uploadedBy: employeeId,
  });
  const ended = new Date(occurredAt.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  await t.ctx.db.insert(clientMeasures).values({
    clientId: client.id,
    incidentId: made[0]?.id ?? null,
    kind: 'written_warning',
    reason: `${name} bedreigde een medewerker`,
    status: 'decided',
    decidedBy: employeeId,
    startsOn: occurredAt.toISOString().slice(0, 10),
    endsOn: ended,
    details: { contactName: 'Mr. Jansen' },
  });
  return { clientId: client.id, incidentIds: made.map((row) => row.id) };
}

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function record(kind: 'access' | 'erasure', subjectType: 'client' | 'employee', subjectId: string) {
  const response = await call(safety, 'POST', '/api/v1/privacy/requests', {
    kind,
    subjectType,
    subjectId,
    requestedBy: 'De cliënt zelf, per brief',
    receivedOn: '2026-11-20',
    legalGround: kind === 'access' ? 'AVG art. 15 (inzage)' : 'AVG art. 17 lid 1a (niet langer nodig)',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; subjectName: string };
}

/** Incidents per office and form: the figures that anonymisation must leave as they were. */
async function figures() {
  return rows(
    t,
    sql`select office_id, forms::text, channel, count(*)::int as n from incidents group by 1, 2, 3 order by 1, 2, 3`,
  );
}

describe('privacy requests', () => {
  it('are the safety officer’s alone', async () => {
    const { clientId } = await clientWithHistory('Roleplay Test', new Date('2026-10-01T10:00:00Z'));
    for (const role of ['admin', 'employee', 'manager', 'hr', 'director'] as const) {
      const caller = role === 'admin' ? admin : await loginAs(t.app, demoEmailFor(role));
      const created = await call(caller, 'POST', '/api/v1/privacy/requests', {
        kind: 'access',
        subjectType: 'client',
        subjectId: clientId,
        requestedBy: 'x',
        receivedOn: '2026-11-20',
        legalGround: 'AVG art. 15',
      });
      expect(created.statusCode, role).toBe(403);
    }
    const request = await record('access', 'client', clientId);
    expect((await call(admin, 'GET', `/api/v1/privacy/requests/${request.id}/export.json`)).statusCode).toBe(403);
  });

  it('refuse bad input and store nothing', async () => {
    const before = await countRows(t, 'privacy_requests');
    const base = {
      kind: 'access',
      subjectType: 'client',
      subjectId: '00000000-0000-4000-8000-000000000000',
      requestedBy: 'De cliënt',
      receivedOn: '2026-11-20',
      legalGround: 'AVG art. 15',
    };
    const cases: [Record<string, unknown>, string][] = [
      [base, 'privacy_subject_unknown'],
      [{ ...base, kind: 'rectify' }, 'validation_failed'],
      [{ ...base, receivedOn: '2026-02-30' }, 'validation_failed'],
      [{ ...base, requestedBy: '' }, 'validation_failed'],
      [{ ...base, legalGround: 'x'.repeat(501) }, 'validation_failed'],
      [{ ...base, subjectId: 'not-a-uuid' }, 'validation_failed'],
      [{ ...base, note: 'extra' }, 'validation_failed'],
    ];
    for (const [payload, code] of cases) {
      const response = await call(safety, 'POST', '/api/v1/privacy/requests', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe(code);
    }
    expect(await countRows(t, 'privacy_requests')).toBe(before);
  });

  it('export everything about a client as JSON and PDF, and log the read', async () => {
    const { clientId, incidentIds } = await clientWithHistory('Karel Export', new Date('2026-09-01T10:00:00Z'));
    const request = await record('access', 'client', clientId);
    expect(request.subjectName).toBe('Karel Export');
    const json = await call(safety, 'GET', `/api/v1/privacy/requests/${request.id}/export.json`);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toContain('attachment');
    const data = json.json();
    expect(data.sections.client[0].name).toBe('Karel Export');
    expect(data.sections.incidents.map((row: { id: string }) => row.id).sort()).toEqual([...incidentIds].sort());
    expect(data.sections.measures[0].reason).toBe('Karel Export bedreigde een medewerker');
    expect(data.sections.attachments[0]).toMatchObject({ fileName: 'foto.jpg' });
    expect(data.sections.attachments[0].data).toBeUndefined();
    const pdf = await call(safety, 'GET', `/api/v1/privacy/requests/${request.id}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const reads = await auditRows(t, 'read.privacy_export', request.id);
    expect(reads.map((row) => row.changes.format)).toEqual(['json', 'pdf']);
    const closed = await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/close`, {
      status: 'completed',
      note: 'Per post verstuurd',
    });
    expect(closed.json()).toMatchObject({ status: 'completed', decisionNote: 'Per post verstuurd' });
    const again = await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/close`, {
      status: 'refused',
      note: '',
    });
    expect(again.json().code).toBe('privacy_request_closed');
    // An access request erases nothing.
    expect((await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/erase`)).json().code).toBe(
      'privacy_request_not_erasure',
    );
  });

  it('exports an employee without secrets', async () => {
    const request = await record('access', 'employee', employeeId);
    const data = (await call(safety, 'GET', `/api/v1/privacy/requests/${request.id}/export.json`)).json();
    expect(data.sections.employee[0].email).toBe(demoEmailFor('employee'));
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|totpSecret|csrfToken|tokenHash/);
    expect(data.sections.incidents.length).toBeGreaterThan(0);
    expect(data.sections.audit.length).toBeGreaterThan(0);
  });

  it('erase a client completely in one go, keep the figures, and record what was done', async () => {
    const { clientId, incidentIds } = await clientWithHistory('Piet Wissen', new Date('2026-08-01T10:00:00Z'));
    const figuresBefore = await figures();
    const request = await record('erasure', 'client', clientId);
    const refusedClose = await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/close`, {
      status: 'completed',
      note: '',
    });
    expect(refusedClose.json().code).toBe('privacy_erase_first');
    const erased = await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ status: 'completed', subjectName: 'Geanonimiseerd' });
    expect(erased.json().outcome).toMatchObject({ clients: 1, incidents: 2, measures: 1, attachments_removed: 1 });
    expect(erased.json().anonymisedAt).not.toBeNull();
    expect(await figures()).toEqual(figuresBefore);
    const [client] = await rows<Record<string, unknown>>(t, sql`select * from clients where id = ${clientId}`);
    expect(client).toMatchObject({ name: 'Geanonimiseerd', client_number: null, phone: '', address: '', notes: '' });
    const left = await rows<{
      facts: string;
      quotes: string;
      client_description: string;
      involved: unknown;
      forms: unknown;
    }>(t, sql`select facts, quotes, client_description, involved, forms from incidents where client_id = ${clientId}`);
    expect(left).toHaveLength(2);
    for (const row of left) {
      expect(row).toMatchObject({ facts: '', quotes: '', client_description: '' });
      expect(row.involved).toEqual([
        { name: 'Geanonimiseerd', userId: null },
        { name: 'Sanne de Vries', userId: employeeId },
      ]);
    }
    const dump = JSON.stringify(await rows(t, sql`select * from incidents where id in ${incidentIds}`));
    expect(dump).not.toContain('Piet Wissen');
    const [measure] = await rows<{ reason: string; details: unknown; kind: string }>(
      t,
      sql`select reason, details, kind from client_measures where client_id = ${clientId}`,
    );
    expect(measure).toMatchObject({ reason: '', details: {}, kind: 'written_warning' });
    const audit = await auditRows(t, 'privacy.erased', clientId);
    expect(audit[0]?.changes).toMatchObject({ requestId: request.id, outcome: erased.json().outcome });
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
    // Twice is refused.
    expect((await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/erase`)).json().code).toBe(
      'privacy_request_closed',
    );
  });

  it('rolls an erasure back completely when it fails halfway', async () => {
    const { clientId } = await clientWithHistory('Half Werk', new Date('2026-07-01T10:00:00Z'));
    const request = await record('erasure', 'client', clientId);
    // A trigger that fails on the measures (the last step) stands in for a crash in the middle.
    await t.ctx.db.execute(sql`create function fail_measures() returns trigger language plpgsql as $$
      begin raise exception 'simulated failure'; end $$`);
    await t.ctx.db.execute(sql`create trigger fail_measures before update on client_measures
      for each row execute function fail_measures()`);
    const failed = await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/erase`);
    await t.ctx.db.execute(sql`drop trigger fail_measures on client_measures`);
    await t.ctx.db.execute(sql`drop function fail_measures()`);
    expect(failed.statusCode).toBe(500);
    const [client] = await rows<{ name: string }>(t, sql`select name from clients where id = ${clientId}`);
    expect(client?.name).toBe('Half Werk');
    const texts = await rows<{ facts: string }>(t, sql`select facts from incidents where client_id = ${clientId}`);
    expect(texts.every((row) => row.facts.includes('Half Werk'))).toBe(true);
    expect(await countRows(t, 'incident_attachments')).toBeGreaterThan(0);
    expect((await call(safety, 'GET', `/api/v1/privacy/requests/${request.id}`)).json().status).toBe('open');
  });

  it('erases an employee: account closed, reports about them without text, never oneself', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin),
      payload: {
        email: 'vertrekt@test.example',
        name: 'Vera Vertrek',
        roles: ['employee'],
        temporaryPassword: 'Tijdelijk-wachtwoord-1',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const userId = created.json().id as string;
    // A draft (a sent report needs every field; the erasure treats both alike).
    await t.ctx.db.insert(incidents).values({
      status: 'draft',
      reportedBy: userId,
      employeeId: userId,
      departmentId,
      occurredAt: new Date('2026-06-01T10:00:00Z'),
      facts: 'Vera werd uitgescholden',
      consequences: 'Vera was twee weken ziek',
    });
    const [self] = await rows<{ id: string }>(
      t,
      sql`select id from users where email = ${demoEmailFor('safety_officer')}`,
    );
    const own = await record('erasure', 'employee', self?.id ?? '');
    expect((await call(safety, 'POST', `/api/v1/privacy/requests/${own.id}/erase`)).json().code).toBe(
      'privacy_cannot_erase_self',
    );
    const request = await record('erasure', 'employee', userId);
    const erased = await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    const [user] = await rows<{ name: string; email: string; active: boolean; password_hash: string | null }>(
      t,
      sql`select name, email, active, password_hash from users where id = ${userId}`,
    );
    expect(user).toMatchObject({ name: 'Geanonimiseerd', active: false, password_hash: null });
    expect(user?.email).toMatch(/@invalid$/);
    const [report] = await rows<{ facts: string; consequences: string }>(
      t,
      sql`select facts, consequences from incidents where employee_id = ${userId}`,
    );
    expect(report).toEqual({ facts: '', consequences: '' });
    expect(await countRows(t, 'incidents')).toBeGreaterThan(0);
  });
});

describe('retention', () => {
  it('settings: admin and safety officer, bounded', async () => {
    const employee = await loginAs(t.app, demoEmailFor('employee'));
    expect((await call(employee, 'GET', '/api/v1/retention')).statusCode).toBe(403);
    expect((await call(admin, 'GET', '/api/v1/retention')).json().settings).toEqual({
      incidentYears: 5,
      measureGraceMonths: 12,
    });
    for (const bad of [
      { incidentYears: 0, measureGraceMonths: 12 },
      { incidentYears: 5 },
      { incidentYears: 5, measureGraceMonths: -1 },
    ]) {
      expect((await call(admin, 'PUT', '/api/v1/retention', bad)).statusCode).toBe(400);
    }
    const saved = await call(admin, 'PUT', '/api/v1/retention', { incidentYears: 5, measureGraceMonths: 6 });
    expect(saved.json()).toEqual({ incidentYears: 5, measureGraceMonths: 6 });
    expect((await auditRows(t, 'retention.settings_updated')).length).toBe(1);
  });

  it('anonymises only what is past retention, once a day, and proves what it did', async () => {
    const old = await clientWithHistory('Oud Geval', new Date('2020-03-01T10:00:00Z'));
    const recent = await clientWithHistory('Recent Geval', new Date('2026-10-15T10:00:00Z'));
    // An old client whose measure has no end is still needed.
    const ongoing = await clientWithHistory('Lopende Maatregel', new Date('2020-02-01T10:00:00Z'));
    await t.ctx.db.execute(sql`update client_measures set ends_on = null where client_id = ${ongoing.clientId}`);
    const figuresBefore = await figures();
    const now = new Date('2026-11-23T03:00:00Z');
    const run = await runScheduledRetention(t.ctx.db, { ...SYSTEM_ACTOR, label: 'retention' }, now);
    expect(run).not.toBeNull();
    expect(run?.clientIds).toEqual([old.clientId]);
    expect(run?.incidentIds).toEqual(expect.arrayContaining([...old.incidentIds, ...ongoing.incidentIds]));
    expect(run?.incidentIds).not.toEqual(expect.arrayContaining([recent.incidentIds[0]]));
    expect(await figures()).toEqual(figuresBefore);
    const names = await rows<{ id: string; name: string }>(
      t,
      sql`select id, name from clients where id in ${[old.clientId, recent.clientId, ongoing.clientId]}`,
    );
    const nameOf = (id: string) => names.find((row) => row.id === id)?.name;
    expect(nameOf(old.clientId)).toBe('Geanonimiseerd');
    expect(nameOf(recent.clientId)).toBe('Recent Geval');
    expect(nameOf(ongoing.clientId)).toBe('Lopende Maatregel');
    // The old reports of the client with an ongoing measure lose their text; the client record stays.
    const ongoingFacts = await rows<{ facts: string }>(
      t,
      sql`select facts from incidents where client_id = ${ongoing.clientId}`,
    );
    expect(ongoingFacts.every((row) => row.facts === '')).toBe(true);
    const recentFacts = await rows<{ facts: string }>(
      t,
      sql`select facts from incidents where client_id = ${recent.clientId}`,
    );
    expect(recentFacts.every((row) => row.facts.includes('Recent Geval'))).toBe(true);
    expect((await auditRows(t, 'retention.anonymised', old.clientId)).length).toBe(1);
    expect((await auditRows(t, 'retention.run', run?.id)).at(0)?.changes).toMatchObject({ clients: 1 });
    // Same day again: another process or tick does nothing.
    expect(await runScheduledRetention(t.ctx.db, { ...SYSTEM_ACTOR, label: 'retention' }, now)).toBeNull();
    // The next run finds nothing new: what was done is not done twice.
    const manual = await runRetentionNow(t.ctx.db, { id: null, label: 'test' }, now);
    expect(manual.clientIds).toEqual([]);
    expect(manual.incidentIds).toEqual([]);
    // The admin can show the run.
    const shown = await call(admin, 'GET', `/api/v1/retention/runs/${run?.id}`);
    expect(shown.json()).toMatchObject({ trigger: 'schedule', clientIds: [old.clientId] });
    const overview = await call(safety, 'GET', '/api/v1/retention');
    expect(overview.json().runs.length).toBe(2);
    const byButton = await call(safety, 'POST', '/api/v1/retention/runs');
    expect(byButton.statusCode).toBe(201);
    expect(byButton.json().trigger).toBe('manual');
  });
});

/** An employee of their own, with a report about them, its debrief, aftercare, absence and confidential reports. */
async function employeeWithRecords(name: string, occurredAt = new Date('2026-06-01T10:00:00Z')) {
  const created = await call(admin, 'POST', '/api/v1/users', {
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@test.example`,
    name,
    roles: ['employee'],
    temporaryPassword: 'Tijdelijk-wachtwoord-1',
  });
  expect(created.statusCode, created.body).toBe(201);
  const userId = created.json().id as string;
  const [incident] = await t.ctx.db
    .insert(incidents)
    .values({
      status: 'draft',
      reportedBy: userId,
      employeeId: userId,
      departmentId,
      occurredAt,
      facts: `${name} werd uitgescholden`,
    })
    .returning();
  const incidentId = incident?.id ?? '';
  await t.ctx.db.insert(aftercareCheckins).values({
    incidentId,
    personId: userId,
    personRole: 'employee',
    departmentId,
    caretaker: 'manager',
    kind: 'scheduled',
    sequence: 1,
    opensOn: '2026-06-01',
    dueOn: '2026-06-04',
    answeredAt: new Date('2026-06-02T10:00:00Z'),
    needs: `${name} wil een dag vrij`,
    wellbeing: 2,
    referrals: ['company_doctor'],
    heldOn: '2026-06-03',
    notes: `${name} slaapt slecht`,
    agreements: `${name} gaat naar de bedrijfsarts`,
    recordedAt: new Date('2026-06-03T10:00:00Z'),
  });
  await t.ctx.db.insert(aftercareAbsences).values({
    incidentId,
    personId: userId,
    startOn: '2026-06-02',
    endOn: '2026-06-05',
    days: 4,
    recordedBy: employeeId,
  });
  await t.ctx.db.insert(incidentDebriefs).values({
    incidentId,
    heldOn: '2026-06-05',
    participants: `${name} en het team`,
    wentWell: 'Snel hulp gehaald',
    triggers: 'Lange wachttijd',
    recordedBy: employeeId,
  });
  const [named] = await t.ctx.db
    .insert(confidentialReports)
    .values({
      reference: `VM-${Math.random().toString(36).slice(2, 8)}`,
      category: 'bullying',
      anonymous: false,
      reporterId: userId,
      contact: `${name}, 06-11112222`,
      description: `${name} wordt gepest door een collega`,
      involved: 'Collega Jan',
      wish: 'listen',
      codeHash: `hash-${Math.random()}`,
    })
    .returning();
  const reportId = named?.id ?? '';
  const [confidant] = await rows<{ id: string }>(
    t,
    sql`select id from users where email = ${demoEmailFor('confidant')}`,
  );
  await t.ctx.db.insert(confidentialMessages).values([
    { reportId, author: 'reporter', body: `${name} vraagt om een gesprek` },
    { reportId, author: 'confidant', confidantId: confidant?.id ?? '', body: 'Graag, dinsdag?' },
  ]);
  await t.ctx.db
    .insert(confidentialNotes)
    .values({ reportId, confidantId: confidant?.id ?? '', body: `Notitie over ${name} en Jan` });
  const [anonymous] = await t.ctx.db
    .insert(confidentialReports)
    .values({
      reference: `VM-${Math.random().toString(36).slice(2, 8)}`,
      category: 'other',
      anonymous: true,
      description: 'Een anonieme melding over de afdeling',
      codeHash: `hash-${Math.random()}`,
    })
    .returning();
  return { userId, incidentId, reportId, anonymousId: anonymous?.id ?? '' };
}

describe('aftercare, letters and confidential reports', () => {
  it('an employee’s export holds their aftercare and debriefs, never their confidential reports', async () => {
    const person = await employeeWithRecords('Anne Nazorg');
    const request = await record('access', 'employee', person.userId);
    const data = (await call(safety, 'GET', `/api/v1/privacy/requests/${request.id}/export.json`)).json();
    expect(data.sections.aftercareCheckins).toHaveLength(1);
    expect(data.sections.aftercareCheckins[0]).toMatchObject({
      needs: 'Anne Nazorg wil een dag vrij',
      wellbeing: 2,
      referrals: ['company_doctor'],
      notes: 'Anne Nazorg slaapt slecht',
      agreements: 'Anne Nazorg gaat naar de bedrijfsarts',
    });
    expect(data.sections.aftercareAbsences[0]).toMatchObject({ days: 4, startOn: '2026-06-02' });
    expect(data.sections.debriefs[0]).toMatchObject({ incidentId: person.incidentId, triggers: 'Lange wachttijd' });
    // The safety officer makes this export: nothing shows the person went to the confidential counsellor.
    expect(data.sections.confidentialReports).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/gepest|vraagt om een gesprek|Notitie over/);
    const pdf = await call(safety, 'GET', `/api/v1/privacy/requests/${request.id}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
  });

  it('the counsellor exports the confidential part, without her notes; nobody else can', async () => {
    const person = await employeeWithRecords('Bram Vertrouwen');
    const confidant = await loginAs(t.app, demoEmailFor('confidant'));
    const url = `/api/v1/privacy/confidential-reports/${person.reportId}/reporter-export.json`;
    for (const caller of [safety, admin]) expect((await call(caller, 'GET', url)).statusCode).toBe(403);
    const response = await call(confidant, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    const data = response.json();
    expect(data.subject).toEqual({ type: 'employee', id: person.userId });
    expect(data.sections.confidentialReports).toHaveLength(1);
    expect(data.sections.confidentialReports[0]).toMatchObject({
      id: person.reportId,
      description: 'Bram Vertrouwen wordt gepest door een collega',
      contact: 'Bram Vertrouwen, 06-11112222',
    });
    expect(data.sections.confidentialMessages.map((row: { body: string }) => row.body)).toEqual([
      'Bram Vertrouwen vraagt om een gesprek',
      'Graag, dinsdag?',
    ]);
    expect(JSON.stringify(data)).not.toContain('Notitie over');
    expect(JSON.stringify(data)).not.toContain('anonieme melding');
    expect((await auditRows(t, 'read.privacy_export', person.reportId)).length).toBe(1);
    // An anonymous report links to nobody.
    const anonymous = `/api/v1/privacy/confidential-reports/${person.anonymousId}/reporter-export.json`;
    expect((await call(confidant, 'GET', anonymous)).statusCode).toBe(404);
  });

  it('erasing an employee empties their aftercare, debrief and confidential reports in the same transaction', async () => {
    const person = await employeeWithRecords('Cor Wissen');
    const request = await record('erasure', 'employee', person.userId);
    const erased = await call(safety, 'POST', `/api/v1/privacy/requests/${request.id}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().outcome).toMatchObject({ employees: 1, incidents: 1, aftercare_checkins: 1, debriefs: 1 });
    // The outcome is read by the safety officer and lands in the audit log: it says nothing of confidential reports.
    expect(Object.keys(erased.json().outcome).join()).not.toMatch(/confidential/);
    const [checkin] = await rows<Record<string, unknown>>(
      t,
      sql`select needs, wellbeing, referrals, notes, agreements, held_on, due_on
        from aftercare_checkins where person_id = ${person.userId}`,
    );
    expect(checkin).toMatchObject({ needs: '', wellbeing: null, referrals: [], notes: '', agreements: '' });
    expect(checkin?.held_on).not.toBeNull();
    const [absence] = await rows<{ days: number }>(
      t,
      sql`select days from aftercare_absences where person_id = ${person.userId}`,
    );
    expect(absence?.days).toBe(4);
    const [debrief] = await rows<Record<string, unknown>>(
      t,
      sql`select participants, went_well, triggers from incident_debriefs where incident_id = ${person.incidentId}`,
    );
    expect(debrief).toEqual({ participants: '', went_well: '', triggers: '' });
    const [report] = await rows<Record<string, unknown>>(
      t,
      sql`select anonymous, reporter_id, contact, description, involved, category, status
        from confidential_reports where id = ${person.reportId}`,
    );
    expect(report).toEqual({
      anonymous: true,
      reporter_id: null,
      contact: '',
      description: '',
      involved: '',
      category: 'bullying',
      status: 'new',
    });
    const texts = await rows<{ body: string }>(
      t,
      sql`select body from confidential_messages where report_id = ${person.reportId}
        union all select body from confidential_notes where report_id = ${person.reportId}`,
    );
    expect(texts).toHaveLength(3);
    expect(texts.every((row) => row.body === '')).toBe(true);
    const dump = JSON.stringify(
      await rows(
        t,
        sql`select r.*, (select json_agg(m) from confidential_messages m where m.report_id = r.id) as messages
          from confidential_reports r where r.id = ${person.reportId}`,
      ),
    );
    expect(dump).not.toContain('Cor Wissen');
    // Someone else's anonymous report is untouched.
    const [other] = await rows<{ description: string }>(
      t,
      sql`select description from confidential_reports where id = ${person.anonymousId}`,
    );
    expect(other?.description).toBe('Een anonieme melding over de afdeling');
    expect(JSON.stringify((await auditRows(t, 'privacy.erased', person.userId))[0]?.changes)).not.toMatch(
      /confidential/,
    );
  });

  it('a client’s export holds the letters addressed to them; erasure removes the letters, keeps the measure', async () => {
    const { clientId } = await clientWithHistory('Lotte Brief', new Date('2026-09-10T10:00:00Z'));
    const [measure] = await rows<{ id: string }>(t, sql`select id from client_measures where client_id = ${clientId}`);
    await t.ctx.db.insert(measureLetters).values({
      measureId: measure?.id ?? '',
      kind: 'written_warning',
      templateVersion: 0,
      subject: 'Schriftelijke waarschuwing',
      body: 'Beste Lotte Brief, Kerkstraat 1 Eindhoven, u heeft een medewerker bedreigd.',
      fileName: 'schriftelijke waarschuwing Lotte Brief.pdf',
      size: 4,
      sha256: 'a'.repeat(64),
      pdf: Buffer.from('%PDF'),
      generatedBy: employeeId,
    });
    const access = await record('access', 'client', clientId);
    const data = (await call(safety, 'GET', `/api/v1/privacy/requests/${access.id}/export.json`)).json();
    expect(data.sections.letters).toHaveLength(1);
    expect(data.sections.letters[0]).toMatchObject({ subject: 'Schriftelijke waarschuwing', measureId: measure?.id });
    expect(data.sections.letters[0].body).toContain('Beste Lotte Brief');
    expect(data.sections.letters[0].pdf).toBeUndefined();
    // No confidential report is linked to a client, and none shows.
    expect(data.sections.confidentialReports).toBeUndefined();
    const erasure = await record('erasure', 'client', clientId);
    const erased = await call(safety, 'POST', `/api/v1/privacy/requests/${erasure.id}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().outcome).toMatchObject({ clients: 1, measures: 1, letters_removed: 1 });
    expect(await rows(t, sql`select id from measure_letters where measure_id = ${measure?.id ?? ''}`)).toHaveLength(0);
    expect(await rows(t, sql`select id from client_measures where id = ${measure?.id ?? ''}`)).toHaveLength(1);
  });

  it('retention empties old aftercare and old closed confidential reports, not recent or open ones', async () => {
    const old = await employeeWithRecords('Oude Nazorg', new Date('2020-05-01T10:00:00Z'));
    const recent = await employeeWithRecords('Nieuwe Nazorg', new Date('2026-10-01T10:00:00Z'));
    await t.ctx.db.execute(sql`update confidential_reports set status = 'closed', updated_at = '2020-06-01'
      where id in ${[old.reportId, old.anonymousId]}`);
    // Old but still open: the counsellor is still working on it.
    await t.ctx.db.execute(
      sql`update confidential_reports set updated_at = '2020-06-01' where id = ${recent.reportId}`,
    );
    const run = await runRetentionNow(t.ctx.db, { id: null, label: 'test' }, new Date('2026-11-24T03:00:00Z'));
    expect(run.outcome).toMatchObject({ confidential_reports: 2 });
    expect(run.outcome.aftercare_checkins).toBeGreaterThanOrEqual(1);
    const needs = await rows<{ person_id: string; needs: string }>(
      t,
      sql`select person_id, needs from aftercare_checkins where person_id in ${[old.userId, recent.userId]}`,
    );
    expect(needs.find((row) => row.person_id === old.userId)?.needs).toBe('');
    expect(needs.find((row) => row.person_id === recent.userId)?.needs).toBe('Nieuwe Nazorg wil een dag vrij');
    const reports = await rows<{ id: string; description: string; reporter_id: string | null }>(
      t,
      sql`select id, description, reporter_id from confidential_reports
        where id in ${[old.reportId, old.anonymousId, recent.reportId]}`,
    );
    const of = (id: string) => reports.find((row) => row.id === id);
    expect(of(old.reportId)).toMatchObject({ description: '', reporter_id: null });
    expect(of(old.anonymousId)?.description).toBe('');
    expect(of(recent.reportId)?.description).toBe('Nieuwe Nazorg wordt gepest door een collega');
    const [message] = await rows<{ n: number }>(
      t,
      sql`select count(*)::int as n from confidential_messages where report_id = ${old.reportId} and body <> ''`,
    );
    expect(message?.n).toBe(0);
    // Done once: the next run counts nothing again.
    const again = await runRetentionNow(t.ctx.db, { id: null, label: 'test' }, new Date('2026-11-24T03:00:00Z'));
    expect(again.outcome.confidential_reports).toBeUndefined();
    expect(again.outcome.aftercare_checkins).toBeUndefined();
  });
});

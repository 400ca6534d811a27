import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { pdfText } from '../../http/pdf-text.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows } from '../../http/test-helpers.js';
import { createUser, orgUnits } from '../incidents/test-users.js';

let t: TestContext;
let employee: Caller;
let manager: Caller; // Joost Bakker, manages Klantcontact
let otherManager: Caller; // manages Wonen
let safety: Caller;
let director: Caller;
let clientId: string;
let incidentId: string;
let warningId: string;

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

const FACTS = 'De klant sloeg met de vuist op de balie en riep <script>alert(1)</script> door de hal.';

async function decide(kind: string, extra: object = {}): Promise<string> {
  const response = await call(manager, 'POST', `/api/v1/incidents/${incidentId}/measures`, {
    kind,
    reason: 'Schreeuwen en slaan op de balie.',
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  const measures = response.json().measures as { id: string; kind: string }[];
  return measures.filter((measure) => measure.kind === kind).at(-1)?.id as string;
}

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  director = await loginAs(t.app, demoEmailFor('director'));
  const units = await orgUnits(t.app, manager);
  otherManager = await createUser(t.app, {
    email: 'manager-wonen@test.example',
    name: 'Wim Wonen',
    roles: ['manager'],
    departmentId: units.department('Wonen'),
  });
  const client = await call(employee, 'POST', '/api/v1/clients', {
    name: 'Piet Pietersen',
    clientNumber: 'K-1001',
    address: 'Stationsplein 4, 5611 AB Eindhoven',
  });
  expect(client.statusCode, client.body).toBe(201);
  clientId = client.json().id;
  const created = await call(employee, 'POST', '/api/v1/incidents', {
    occurredAt: '2026-03-02T09:15:00+01:00',
    channel: 'desk',
    forms: ['verbal', 'threat'],
    facts: FACTS,
    quotes: '„Ik weet waar je woont.”',
    clientId,
    locationKind: 'office',
    officeId: units.office('Kantoor Eindhoven'),
  });
  expect(created.statusCode, created.body).toBe(201);
  incidentId = created.json().id;
  expect((await call(employee, 'POST', `/api/v1/incidents/${incidentId}/submit`)).statusCode).toBe(200);
  warningId = await decide('written_warning');
}, 180_000);
afterAll(() => t.close());

describe('letter templates', () => {
  it('start with the built-in text (version 0) and gain a version with every save', async () => {
    const list = await call(manager, 'GET', '/api/v1/letter-templates');
    expect(list.statusCode).toBe(200);
    const byKind = (kind: string) => list.json().templates.find((template: { kind: string }) => template.kind === kind);
    expect(byKind('yellow_card')).toMatchObject({ version: 0, subject: 'Gele kaart', createdBy: null });
    // The demo organisation's safety officer saved her own warning text (version 1).
    expect(byKind('written_warning')).toMatchObject({ version: 1, createdBy: 'Joyce Herzig' });
    expect(list.json().placeholders).toContain('clientName');

    const first = await call(safety, 'PUT', '/api/v1/letter-templates/written_warning', {
      subject: 'Waarschuwing aan {{clientName}}',
      body: 'Geachte {{clientName}},\n\nOp {{incidentDate}} gebeurde dit:\n\n{{facts}}\n\nU mag uw gegevens inzien.',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, createdBy: 'Joyce Herzig' });
    const second = await call(safety, 'PUT', '/api/v1/letter-templates/written_warning', {
      subject: 'Schriftelijke waarschuwing',
      body: 'Geachte {{clientName}},\n\nVersie twee van de tekst. {{facts}}\n\nU mag uw gegevens inzien.',
    });
    expect(second.json().version).toBe(3);
    const versions = (await call(safety, 'GET', '/api/v1/letter-templates/written_warning/versions')).json().versions;
    expect(versions.map((version: { version: number }) => version.version)).toEqual([3, 2, 1, 0]);
    expect(versions[1].subject).toBe('Waarschuwing aan {{clientName}}');
    expect(await auditRows(t, 'letter_template.saved', 'written_warning:3')).toHaveLength(1);
  });

  it('keeps older versions as they were, also against direct changes in the database', async () => {
    await expect(
      t.ctx.db.execute(sql`update letter_templates set body = 'overschreven' where version = 2`),
    ).rejects.toThrow();
    const [row] = await queryRows<{ body: string }>(
      t.ctx.db,
      sql`select body from letter_templates where kind = 'written_warning' and version = 2`,
    );
    expect(row?.body).toContain('Op {{incidentDate}} gebeurde dit');
  });

  it('refuses unknown placeholders, bad input and other roles, storing nothing', async () => {
    const typo = await call(safety, 'PUT', '/api/v1/letter-templates/civil_letter', {
      subject: 'Schade',
      body: 'Geachte {{klant}}, u betaalt {{bedrag}} aan ons terug.',
    });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().code).toBe('letter_unknown_placeholder');
    expect(typo.json().detail).toContain('klant, bedrag');
    const extra = await call(safety, 'PUT', '/api/v1/letter-templates/civil_letter', {
      subject: 'Schade',
      body: 'Een tekst die lang genoeg is om op te slaan.',
      version: 7,
    });
    expect(extra.statusCode).toBe(400);
    expect(
      (await call(safety, 'PUT', '/api/v1/letter-templates/no_such_kind', { subject: 'x', body: 'y' })).statusCode,
    ).toBe(400);
    const byManager = await call(manager, 'PUT', '/api/v1/letter-templates/civil_letter', {
      subject: 'Schade',
      body: 'Een tekst die lang genoeg is om op te slaan.',
    });
    expect(byManager.statusCode).toBe(403);
    const [count] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from letter_templates where kind = 'civil_letter'`,
    );
    expect(Number(count?.n)).toBe(1);
  });
});

describe('letters for a measure', () => {
  it('previews the current template filled from the measure, the incident and the client', async () => {
    const draft = await call(manager, 'GET', `/api/v1/measures/${warningId}/letter`);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      measureId: warningId,
      incidentId,
      kind: 'written_warning',
      clientName: 'Piet Pietersen',
      templateVersion: 3,
      letters: [],
    });
    expect(draft.json().body).toContain('Geachte Piet Pietersen');
    // HTML in the facts stays text: it is copied as typed, never interpreted or stripped.
    expect(draft.json().body).toContain('<script>alert(1)</script>');
    expect(await auditRows(t, 'read.client_measure', warningId)).not.toHaveLength(0);
  });

  it('generates the PDF from the text as edited, stores it with its SHA-256 and audits it', async () => {
    const generated = await call(manager, 'POST', `/api/v1/measures/${warningId}/letters`, {
      templateVersion: 3,
      subject: 'Schriftelijke waarschuwing',
      body: 'Geachte {{clientName}},\n\nOp {{incidentDate}} in {{office}} gebeurde dit:\n\n{{facts}}\n\nExtra zin van Joost voor deze zaak.\n\nNeem contact op met {{contactPerson}}.',
    });
    expect(generated.statusCode, generated.body).toBe(201);
    const letter = generated.json();
    expect(letter).toMatchObject({ kind: 'written_warning', templateVersion: 3, generatedBy: 'Joost Bakker' });
    expect(letter.fileName).toMatch(/\.pdf$/);

    const file = await call(manager, 'GET', `/api/v1/letters/${letter.id}/pdf`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const sha256 = createHash('sha256').update(file.rawPayload).digest('hex');
    expect(sha256).toBe(letter.sha256);
    expect(file.headers['x-checksum-sha256']).toBe(sha256);
    expect(file.rawPayload.length).toBe(letter.size);

    const text = (await pdfText(file.rawPayload)).join('\n');
    expect(text).toContain('Piet Pietersen');
    expect(text).toContain('Stationsplein 4, 5611 AB Eindhoven');
    expect(text).toContain('2 maart 2026');
    expect(text).toContain('Kantoor Eindhoven');
    expect(text).toContain('Extra zin van Joost voor deze zaak.');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Neem contact op met Joost Bakker.');

    const audit = await auditRows(t, 'letter.generated', warningId);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.changes).toMatchObject({ letterId: { to: letter.id }, sha256: { to: sha256 } });
    expect(await auditRows(t, 'read.letter', letter.id)).toHaveLength(1);
    expect((await call(manager, 'GET', `/api/v1/measures/${warningId}/letter`)).json().letters).toHaveLength(1);
  });

  it('keeps a sent letter exactly as sent when the template changes later', async () => {
    const [letter] = (await call(manager, 'GET', `/api/v1/measures/${warningId}/letter`)).json().letters;
    const before = (await call(manager, 'GET', `/api/v1/letters/${letter.id}/pdf`)).rawPayload;
    await call(safety, 'PUT', '/api/v1/letter-templates/written_warning', {
      subject: 'Nieuwe titel',
      body: 'Geachte {{clientName}}, een geheel nieuwe tekst. U mag uw gegevens inzien.',
    });
    const after = (await call(manager, 'GET', `/api/v1/letters/${letter.id}/pdf`)).rawPayload;
    expect(after.equals(before)).toBe(true);
    const [stored] = await queryRows<{ body: string; template_version: number }>(
      t.ctx.db,
      sql`select body, template_version from measure_letters where id = ${letter.id}`,
    );
    expect(stored?.body).toContain('Extra zin van Joost');
    expect(Number(stored?.template_version)).toBe(3);
    await expect(
      t.ctx.db.execute(sql`update measure_letters set body = 'x' where id = ${letter.id}`),
    ).rejects.toThrow();
    expect((await call(manager, 'GET', `/api/v1/measures/${warningId}/letter`)).json().templateVersion).toBe(4);
  });

  it('fills the amount of a civil-law letter and the period and offices of an approved access ban', async () => {
    const civil = await decide('civil_letter', { amount: '1250.5' });
    expect((await call(manager, 'GET', `/api/v1/measures/${civil}/letter`)).json().body).toContain('€ 1.250,50');

    const units = await orgUnits(t.app, manager);
    const ban = await decide('access_ban', {
      officeIds: [units.office('Kantoor Helmond')],
      startsOn: '2026-03-03',
      endsOn: '2026-09-03',
    });
    const pending = await call(manager, 'GET', `/api/v1/measures/${ban}/letter`);
    expect(pending.statusCode).toBe(409);
    expect(pending.json().code).toBe('letter_measure_pending');
    expect((await call(director, 'POST', `/api/v1/measures/${ban}/approve`, {})).statusCode).toBe(204);
    const body = (await call(manager, 'GET', `/api/v1/measures/${ban}/letter`)).json().body as string;
    expect(body).toContain('van 3 maart 2026 tot en met 3 september 2026');
    expect(body).toContain('Kantoor Helmond');
  });

  it('has no letter for a measure that comes without one', async () => {
    const verbal = await decide('verbal_warning');
    const response = await call(manager, 'GET', `/api/v1/measures/${verbal}/letter`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('letter_not_for_kind');
  });

  it('answers 404 to a manager of another department and 403 to roles that do not decide measures', async () => {
    const [letter] = (await call(manager, 'GET', `/api/v1/measures/${warningId}/letter`)).json().letters;
    const body = { templateVersion: 0, subject: 'x', body: 'Een tekst die lang genoeg is.' };
    expect((await call(otherManager, 'GET', `/api/v1/measures/${warningId}/letter`)).statusCode).toBe(404);
    expect((await call(otherManager, 'POST', `/api/v1/measures/${warningId}/letters`, body)).statusCode).toBe(404);
    expect((await call(otherManager, 'GET', `/api/v1/letters/${letter.id}/pdf`)).statusCode).toBe(404);
    expect((await call(otherManager, 'GET', `/api/v1/incidents/${incidentId}/dossier`)).statusCode).toBe(404);
    for (const caller of [employee, director]) {
      expect((await call(caller, 'GET', `/api/v1/measures/${warningId}/letter`)).statusCode).toBe(403);
      expect((await call(caller, 'GET', `/api/v1/letters/${letter.id}/pdf`)).statusCode).toBe(403);
      expect((await call(caller, 'GET', `/api/v1/incidents/${incidentId}/dossier`)).statusCode).toBe(403);
    }
    expect((await call(manager, 'GET', `/api/v1/letters/${crypto.randomUUID()}/pdf`)).statusCode).toBe(404);
  });

  it('refuses bad input without storing a letter', async () => {
    const count = async () =>
      Number(
        (await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from measure_letters`))[0]?.n ?? 0,
      );
    const before = await count();
    const cases = [
      { templateVersion: 0, subject: '', body: 'Een tekst die lang genoeg is.' },
      { templateVersion: -1, subject: 'Brief', body: 'Een tekst die lang genoeg is.' },
      { templateVersion: 0, subject: 'Brief', body: 'kort' },
      { templateVersion: 0, subject: 'Brief', body: 'x'.repeat(20_001) },
      { templateVersion: 0, subject: 'Brief', body: 'Een tekst die lang genoeg is.', pdf: 'no' },
      { templateVersion: 0, subject: 'Brief\u0000', body: 'Een tekst die lang genoeg is.' },
    ];
    for (const payload of cases) {
      const response = await call(manager, 'POST', `/api/v1/measures/${warningId}/letters`, payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const unknownVersion = await call(manager, 'POST', `/api/v1/measures/${warningId}/letters`, {
      templateVersion: 99,
      subject: 'Brief',
      body: 'Een tekst die lang genoeg is.',
    });
    expect(unknownVersion.statusCode).toBe(400);
    expect(unknownVersion.json().code).toBe('unknown_reference');
    expect((await call(manager, 'GET', '/api/v1/measures/not-a-uuid/letter')).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('demo data', () => {
  it('holds a written warning letter, stored as generated', async () => {
    const [row] = await queryRows<{ pdf: Buffer | Uint8Array; sha256: string; body: string }>(
      t.ctx.db,
      sql`select l.pdf, l.sha256, l.body from measure_letters l join clients c on c.name = 'Ria Verbeek'
          join client_measures m on m.id = l.measure_id and m.client_id = c.id where l.kind = 'written_warning'`,
    );
    expect(row).toBeDefined();
    const pdf = Buffer.from(row?.pdf ?? []);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(row?.sha256);
    expect((await pdfText(pdf)).join('\n')).toContain('Ria Verbeek');
    expect(row?.body).toContain('040 123 45 67');
  });
});

describe('incident dossier', () => {
  it('is a PDF with facts, quotes, timeline, attachments with SHA-256, measures and a footer on every page', async () => {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${incidentId}/attachments`,
      headers: { ...as(manager), 'content-type': 'application/octet-stream', 'x-file-name': 'balie-camera.jpg' },
      payload: photo,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const police = await decide('police_report', { byEmployee: true, vpt: true, employerAddress: true });
    expect(
      (
        await call(manager, 'POST', `/api/v1/measures/${police}/police-report`, {
          policeReference: 'PL2600-2026012345',
          reportedOn: '2026-03-03',
        })
      ).statusCode,
    ).toBe(200);

    const response = await call(manager, 'GET', `/api/v1/incidents/${incidentId}/dossier`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="incidentdossier-/);
    const pages = await pdfText(response.rawPayload);
    const text = pages.join('\n');
    expect(text).toContain('Incidentdossier');
    expect(text).toContain(FACTS);
    expect(text).toContain('„Ik weet waar je woont.”');
    expect(text).toContain('Piet Pietersen');
    expect(text).toContain('Melding verstuurd');
    expect(text).toContain('balie-camera.jpg');
    expect(text).toContain(createHash('sha256').update(photo).digest('hex'));
    expect(text).toContain('Schriftelijke waarschuwing');
    expect(text).toContain('PL2600-2026012345');
    expect(text).toMatch(/Gemarkeerd als VPT \(Veilige Publieke Taak\): ja/);
    pages.forEach((page, index) => {
      expect(page).toContain(`Pagina ${index + 1} van ${pages.length}`);
      expect(page).toContain('door Joost Bakker');
    });
    const audit = await auditRows(t, 'read.incident_dossier', incidentId);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_label).toBe(demoEmailFor('manager'));
  });

  it('stays available once the case is archived: read-only for the manager, never for the employee', async () => {
    const created = await call(employee, 'POST', '/api/v1/incidents', {
      occurredAt: '2026-03-05T10:00:00+01:00',
      channel: 'telephone',
      forms: ['verbal'],
      facts: 'De beller schold de medewerker uit.',
      quotes: '„Sukkel.”',
      locationKind: 'online',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await call(employee, 'POST', `/api/v1/incidents/${id}/submit`)).statusCode).toBe(200);
    for (const status of ['in_progress', 'closed', 'archived']) {
      const moved = await call(manager, 'POST', `/api/v1/incidents/${id}/status`, { status });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const shown = (await call(manager, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(shown).toMatchObject({ caseStatus: 'archived', canFollowUp: false, canDownloadDossier: true });
    const response = await call(manager, 'GET', `/api/v1/incidents/${id}/dossier`);
    expect(response.statusCode, response.body).toBe(200);
    expect((await pdfText(response.rawPayload)).join('\n')).toContain('De beller schold de medewerker uit.');
    // The employee it happened to sees their report, not the case or its dossier.
    expect((await call(employee, 'GET', `/api/v1/incidents/${id}`)).json().canDownloadDossier).toBe(false);
    expect((await call(employee, 'GET', `/api/v1/incidents/${id}/dossier`)).statusCode).toBe(403);
    // Archived means read-only: the case cannot be moved on.
    expect((await call(manager, 'POST', `/api/v1/incidents/${id}/status`, { status: 'in_progress' })).statusCode).toBe(
      409,
    );
  });

  it('is available to the safety officer, who follows every case', async () => {
    const response = await call(safety, 'GET', `/api/v1/incidents/${incidentId}/dossier`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });
});

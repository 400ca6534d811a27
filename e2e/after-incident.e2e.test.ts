import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../server/http/pdf-text';
import { dutchDate } from '../server/modules/measures/rules';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** Pages load lazily and the test machine is shared: every wait gets 20 s before it counts as a failure. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 200 });
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// Issue 7's journey, on one incident from report to archive. Other files keep what this one does not cover: the
// confidential route (letters), the manager's side of aftercare and the proposals (aftercare).
describe('after the incident', () => {
  it('an employee reports on a phone; the manager holds an ordegesprek, sends a written warning and bans access until a date; the employee answers the first check-in; the ban shows when the client is looked up; the archived case keeps its dossier', {
    timeout: 300_000,
  }, async () => {
    // The employee, on a 360 px phone, files the report.
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await poll(() => heading(employee)).toBe('Welkom, Sanne de Vries');
    const started = Date.now();
    await employee.getByRole('button', { name: 'Melding maken' }).click();
    await poll(() => heading(employee)).toBe('Melding maken');
    await expectAccessible(employee);

    await employee.getByLabel('Hoe was het contact?').selectOption({ label: 'Balie' });
    await employee.getByRole('checkbox', { name: 'Bedreiging' }).check({ force: true });
    await employee
      .getByLabel('Wat gebeurde er precies? (feiten)')
      .fill('De klant sloeg op de balie en bleef dicht bij mij staan toen ik hem vroeg te gaan. <b>niet vet</b>');
    await employee.getByLabel('Letterlijke uitspraken').fill('„Ik weet waar je werkt.”');
    await employee.getByLabel('Zoek de klant').fill('Marloes');
    await employee.getByRole('button', { name: 'Marloes Peeters kiezen' }).click();
    await poll(() => employee.getByText(/^Opgeslagen/).count()).toBe(1);
    // A photo of the scene as evidence.
    await employee.getByLabel('Bijlage toevoegen').setInputFiles({
      name: 'balie.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256, 1)]),
    });
    await poll(() => employee.getByRole('link', { name: 'balie.png' }).count()).toBe(1);

    // The draft is on the server: a reload keeps everything typed.
    await employee.reload();
    await poll(() => employee.getByLabel('Wat gebeurde er precies? (feiten)').inputValue()).toContain(
      'sloeg op de balie',
    );
    expect(await employee.getByLabel('Hoe was het contact?').inputValue()).toBe('desk');
    expect(await employee.getByText('Marloes Peeters').count()).toBeGreaterThan(0);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);

    await employee.getByRole('button', { name: 'Melding versturen' }).click();
    await poll(() => employee.getByText(/De melding is verstuurd/).count()).toBe(1);
    expect(Date.now() - started).toBeLessThan(120_000);
    // HTML typed into the facts is shown as text.
    expect(await employee.getByText('<b>niet vet</b>', { exact: false }).count()).toBe(1);
    expect(await employee.locator('main b').count()).toBe(0);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);

    // The manager finds the case by its text and takes it on.
    const manager = await newPage(browser);
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await poll(() => heading(manager)).toBe('Welkom, Joost Bakker');
    await followMenu(manager, 'Casussen');
    await poll(() => heading(manager)).toBe('Casussen');
    await manager.getByLabel('Zoeken in de tekst').fill('sloeg op de balie en bleef dicht');
    await manager.getByRole('button', { name: 'Filteren', exact: true }).click();
    await poll(() => manager.getByRole('heading', { name: '1 melding' }).count()).toBe(1);
    await expectAccessible(manager);
    await manager
      .getByRole('row', { name: /Marloes Peeters/ })
      .getByRole('link')
      .click();
    await poll(() => heading(manager)).toMatch(/^Melding van Sanne de Vries/);
    const caseUrl = manager.url();
    const incidentId = new URL(caseUrl).pathname.split('/').pop() as string;
    await manager.getByRole('button', { name: 'In behandeling nemen' }).click();
    await poll(() => manager.getByText('Status: in behandeling').count()).toBeGreaterThan(0);

    // The ordegesprek.
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
    await manager.getByLabel('Datum en tijd').fill(`${dutchDate(inThreeDays)}T10:00`);
    await manager
      .getByLabel('Deelnemers (klant, medewerker, leidinggevende)')
      .fill('Marloes Peeters, Sanne de Vries, Joost Bakker');
    await manager.getByLabel('Plaats').fill('Kantoor Eindhoven, spreekkamer 2');
    await manager.getByRole('button', { name: 'Ordegesprek plannen', exact: true }).click();
    await poll(() => manager.getByText(/^Gepland op/).count()).toBe(1);

    // The written warning, and its letter as a PDF with a sentence of the manager's own.
    await manager.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Schriftelijke waarschuwing' });
    await manager.getByLabel('Reden (feiten)').fill('Sloeg op de balie en bleef dreigend dichtbij staan.');
    await manager.getByRole('button', { name: 'Maatregel vastleggen', exact: true }).click();
    await poll(() => manager.getByText('De maatregel is vastgelegd.').count()).toBe(1);
    await manager.getByRole('link', { name: 'Brief maken (Schriftelijke waarschuwing)' }).click();
    await poll(() => heading(manager)).toBe('Schriftelijke waarschuwing voor Marloes Peeters');
    const letterText = manager.getByLabel('Tekst', { exact: true });
    await poll(() => letterText.inputValue()).toContain('Marloes Peeters');
    await expectAccessible(manager);
    const drafted = await letterText.inputValue();
    expect(drafted).toContain('Dit gedrag accepteren wij niet.');
    await letterText.fill(
      drafted.replace('Dit gedrag accepteren wij niet.', 'Dit gedrag accepteren wij niet. Ook niet aan de telefoon.'),
    );
    await manager.getByRole('button', { name: 'PDF maken en bewaren' }).click();
    await poll(() => manager.getByText('De brief is gemaakt en bewaard bij de maatregel.').count()).toBe(1);
    const href = await manager.getByRole('link', { name: 'PDF openen' }).getAttribute('href');
    const letter = await manager.request.get(href as string);
    expect(letter.status()).toBe(200);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    const letterPdf = (await pdfText(await letter.body())).join('\n');
    expect(letterPdf).toContain('Marloes Peeters');
    expect(letterPdf).toContain('Ook niet aan de telefoon.');
    expect(letterPdf).toContain('inzage');
    await poll(() => manager.getByRole('link', { name: /^PDF van / }).count()).toBe(1);
    await manager.getByRole('link', { name: 'Terug naar de casus' }).click();
    await poll(() => heading(manager)).toMatch(/^Melding van Sanne de Vries/);

    // The access ban until a date, which waits for the director.
    const until = dutchDate(new Date(Date.now() + 60 * 86_400_000));
    await manager.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Toegangsbeperking' });
    await manager.getByRole('checkbox', { name: 'Kantoor Eindhoven' }).check({ force: true });
    await manager.getByLabel('Reden (feiten)').fill('Bedreiging van een medewerker aan de balie.');
    await manager.getByLabel('Einddatum (tot en met)').fill(until);
    await manager.getByRole('button', { name: 'Maatregel vastleggen', exact: true }).click();
    await poll(() => manager.getByText('De maatregel is vastgelegd.').count()).toBe(1);
    await poll(() => manager.getByText(/wacht op goedkeuring van de directeur/).count()).toBe(1);
    await poll(() => manager.getByText('Status: maatregelen besloten').count()).toBeGreaterThan(0);
    await expectAccessible(manager);
    // Planning the ordegesprek and deciding the measures completed their tasks; the manager ticks off the rest.
    const tasks = manager.getByRole('region', { name: 'Taken' });
    for (const task of ['Incident registreren', 'Directeur informeren', 'Aangifte doen (binnen 2 werkdagen)']) {
      await tasks.getByRole('button', { name: `${task} (Joost Bakker): gedaan` }).click();
      await poll(() => tasks.getByRole('button', { name: `${task} (Joost Bakker): gedaan` }).count()).toBe(0);
    }
    expect(await tasks.getByRole('button', { name: /\(Joost Bakker\): gedaan$/ }).count()).toBe(0);

    // The director approves the ban.
    const director = await newPage(browser);
    await logIn(director, 'directeur@wonenzuid.example');
    await poll(() => heading(director)).toBe('Welkom, Anouk Visser');
    await followMenu(director, 'Goedkeuren');
    await poll(() => heading(director)).toBe('Maatregelen goedkeuren');
    const item = director.getByRole('region', { name: 'Toegangsbeperking voor Marloes Peeters' });
    await poll(() => item.count()).toBe(1);
    await expectAccessible(director);
    await item.getByRole('button', { name: 'Goedkeuren' }).click();
    await poll(() => item.count()).toBe(0);
    await director.context().close();

    // The employee answers the first aftercare check-in, from the card on her home screen.
    await employee.goto('/');
    const card = employee.getByRole('region', { name: 'Nazorg', exact: true });
    await poll(() => card.count()).toBe(1);
    await card.getByRole('link', { name: 'Naar mijn nazorg' }).click();
    await poll(() => heading(employee)).toBe('Nazorg');
    const checkin = employee.locator(`#aftercare-${incidentId}`).locator('xpath=..');
    await poll(() => checkin.getByLabel('Wat heb jij nu nodig?').count()).toBe(1);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);
    await checkin.getByLabel('Wat heb jij nu nodig?').fill('Een collega naast mij aan de balie als hij komt.');
    await checkin.getByRole('radio', { name: '3 – Het gaat wel' }).check({ force: true });
    await checkin.getByRole('button', { name: 'Versturen' }).click();
    await poll(() => checkin.getByText('Dank je. Je leidinggevende ziet je antwoord.').count()).toBe(1);

    // Whoever looks the client up sees the active ban until its date, without the reason.
    await followMenu(employee, 'Klanten');
    await poll(() => heading(employee)).toBe('Klanten');
    await employee.getByLabel('Zoek klant').fill('Peeters');
    const note = employee.getByRole('note', { name: 'Let op: maatregelen voor Marloes Peeters' });
    await poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('Toegangsbeperking — Kantoor Eindhoven');
    expect(await note.textContent()).not.toContain('Bedreiging van een medewerker');
    await expectAccessible(employee);
    await employee.getByRole('button', { name: 'Marloes Peeters kiezen' }).click();
    await poll(() => heading(employee)).toBe('Marloes Peeters');
    await poll(() => employee.getByText(/tot en met/).count()).toBeGreaterThan(0);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);

    // When she calls again, the live handling recognises her: the ban and the earlier contacts show at once.
    await employee.goto('/');
    await employee.getByRole('button', { name: /Aan de telefoon/ }).click();
    await poll(() => heading(employee)).toBe('Telefonische agressie');
    await employee.getByLabel('Zoek klant').fill('Peeters');
    await employee.getByRole('button', { name: 'Marloes Peeters kiezen' }).click();
    await poll(() =>
      employee
        .getByText(/^Eerdere contacten in de afgelopen 6 weken: \d+ handeling\(en\) en [1-9]\d* melding\(en\)/)
        .count(),
    ).toBe(1);
    await poll(() => employee.getByRole('note', { name: 'Let op: maatregelen voor Marloes Peeters' }).count()).toBe(1);
    await expectAccessible(employee);
    await employee.getByRole('button', { name: 'Handeling afronden' }).click();
    await poll(() => employee.getByText(/Deze handeling is afgerond op/).count()).toBe(1);

    // The employee sees what was done with the report.
    await followMenu(employee, 'Mijn meldingen');
    await poll(() => heading(employee)).toBe('Mijn meldingen');
    await poll(() =>
      employee.getByText(/Gedaan: ordegesprek gepland, Schriftelijke waarschuwing, Toegangsbeperking/).count(),
    ).toBe(1);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);
    await employee.context().close();

    // The manager closes and archives the case: read-only now, but the dossier (PDF) is still offered.
    await manager.goto(caseUrl);
    await poll(() => heading(manager)).toMatch(/^Melding van Sanne de Vries/);
    await manager.getByRole('button', { name: 'Casus afsluiten' }).click();
    await poll(() => manager.getByRole('button', { name: 'Archiveren' }).count()).toBe(1);
    await manager.getByRole('button', { name: 'Archiveren' }).click();
    await poll(() => manager.getByText('Status: gearchiveerd').count()).toBeGreaterThan(0);
    expect(await manager.getByRole('button', { name: 'Maatregel vastleggen', exact: true }).count()).toBe(0);
    await expectAccessible(manager);
    const [download] = await Promise.all([
      manager.waitForEvent('download'),
      manager.getByRole('link', { name: 'Incidentdossier downloaden (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`incidentdossier-${incidentId.slice(0, 8)}.pdf`);
    const dossier = await readFile((await download.path()) as string);
    expect(dossier.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfText(dossier);
    expect(pages.join('\n')).toContain('Ik weet waar je werkt.');
    expect(pages.join('\n')).toContain('balie.png');
    expect(pages[0]).toContain(`Pagina 1 van ${pages.length}`);
    expect(pages[0]).toContain('door Joost Bakker');
    await manager.context().close();
  });
});

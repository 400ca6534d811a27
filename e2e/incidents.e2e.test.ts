import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '../server/modules/measures/rules';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('after the incident: report, case, measure', () => {
  it('an employee reports on a phone; the manager follows up with an ordegesprek and an access ban; the ban shows when the client is looked up', {
    timeout: 240_000,
  }, async () => {
    // The employee, on a 360 px phone.
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(employee)).toBe('Welkom, Sanne de Vries');
    const started = Date.now();
    await employee.getByRole('button', { name: 'Melding maken' }).click();
    await expect.poll(() => heading(employee)).toBe('Melding maken');
    await expectAccessible(employee);

    await employee.getByLabel('Hoe was het contact?').selectOption({ label: 'Balie' });
    await employee.getByRole('checkbox', { name: 'Bedreiging' }).check({ force: true });
    await employee
      .getByLabel('Wat gebeurde er precies? (feiten)')
      .fill('De klant sloeg op de balie en bleef dicht bij mij staan toen ik hem vroeg te gaan. <b>niet vet</b>');
    await employee.getByLabel('Letterlijke uitspraken').fill('„Ik weet waar je werkt.”');
    await employee.getByLabel('Zoek de klant').fill('Marloes');
    await employee.getByRole('button', { name: 'Marloes Peeters kiezen' }).click();
    await expect.poll(() => employee.getByText(/^Opgeslagen/).count()).toBe(1);
    // A photo of the scene as evidence.
    await employee.getByLabel('Bijlage toevoegen').setInputFiles({
      name: 'balie.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256, 1)]),
    });
    await expect.poll(() => employee.getByRole('link', { name: 'balie.png' }).count()).toBe(1);

    // The draft is on the server: a reload keeps everything typed.
    await employee.reload();
    await expect
      .poll(() => employee.getByLabel('Wat gebeurde er precies? (feiten)').inputValue())
      .toContain('sloeg op de balie');
    expect(await employee.getByLabel('Hoe was het contact?').inputValue()).toBe('desk');
    expect(await employee.getByText('Marloes Peeters').count()).toBeGreaterThan(0);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);

    await employee.getByRole('button', { name: 'Melding versturen' }).click();
    await expect.poll(() => employee.getByText(/De melding is verstuurd/).count()).toBe(1);
    expect(Date.now() - started).toBeLessThan(120_000);
    // HTML typed into the facts is shown as text.
    expect(await employee.getByText('<b>niet vet</b>', { exact: false }).count()).toBe(1);
    expect(await employee.locator('main b').count()).toBe(0);
    await expectAccessible(employee);
    await followMenu(employee, 'Mijn meldingen');
    await expect.poll(() => heading(employee)).toBe('Mijn meldingen');
    await expect.poll(() => employee.getByText('Status: nieuw').count()).toBeGreaterThan(0);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);

    // The manager opens the case, plans the ordegesprek and decides an access ban until a date.
    const manager = await newPage(browser);
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await expect.poll(() => heading(manager)).toBe('Welkom, Joost Bakker');
    await followMenu(manager, 'Casussen');
    await expect.poll(() => heading(manager)).toBe('Casussen');
    await manager.getByLabel('Zoeken in de tekst').fill('sloeg op de balie en bleef dicht');
    await manager.getByRole('button', { name: 'Filteren', exact: true }).click();
    await expect.poll(() => manager.getByRole('heading', { name: '1 melding' }).count()).toBe(1);
    await expectAccessible(manager);
    await manager
      .getByRole('row', { name: /Marloes Peeters/ })
      .getByRole('link')
      .click();
    await expect.poll(() => heading(manager)).toMatch(/^Melding van Sanne de Vries/);
    await manager.getByRole('button', { name: 'In behandeling nemen' }).click();
    await expect.poll(() => manager.getByText('Status: in behandeling').count()).toBeGreaterThan(0);

    const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
    await manager.getByLabel('Datum en tijd').fill(`${dutchDate(inThreeDays)}T10:00`);
    await manager
      .getByLabel('Deelnemers (klant, medewerker, leidinggevende)')
      .fill('Marloes Peeters, Sanne de Vries, Joost Bakker');
    await manager.getByLabel('Plaats').fill('Kantoor Eindhoven, spreekkamer 2');
    await manager.getByRole('button', { name: 'Ordegesprek plannen', exact: true }).click();
    await expect.poll(() => manager.getByText(/^Gepland op/).count()).toBe(1);

    const until = dutchDate(new Date(Date.now() + 60 * 86_400_000));
    await manager.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Toegangsbeperking' });
    await manager.getByRole('checkbox', { name: 'Kantoor Eindhoven' }).check({ force: true });
    await manager.getByLabel('Reden (feiten)').fill('Bedreiging van een medewerker aan de balie.');
    await manager.getByLabel('Einddatum (tot en met)').fill(until);
    await manager.getByRole('button', { name: 'Maatregel vastleggen', exact: true }).click();
    await expect.poll(() => manager.getByText('De maatregel is vastgelegd.').count()).toBe(1);
    await expect.poll(() => manager.getByText(/wacht op goedkeuring van de directeur/).count()).toBe(1);
    await expect.poll(() => manager.getByText('Status: maatregelen besloten').count()).toBeGreaterThan(0);
    await expectAccessible(manager);
    // Planning the ordegesprek and deciding the measure completed their tasks; the manager ticks off the rest.
    const tasks = manager.getByRole('region', { name: 'Taken' });
    for (const task of ['Incident registreren', 'Directeur informeren', 'Aangifte doen (binnen 2 werkdagen)']) {
      await tasks.getByRole('button', { name: `${task} (Joost Bakker): gedaan` }).click();
      await expect.poll(() => tasks.getByRole('button', { name: `${task} (Joost Bakker): gedaan` }).count()).toBe(0);
    }
    // (Another manager of the department, if any, keeps their own copy of the tasks.)
    expect(await tasks.getByRole('button', { name: /\(Joost Bakker\): gedaan$/ }).count()).toBe(0);

    // The director approves the ban.
    const director = await newPage(browser);
    await logIn(director, 'directeur@wonenzuid.example');
    await expect.poll(() => heading(director)).toBe('Welkom, Anouk Visser');
    await followMenu(director, 'Goedkeuren');
    await expect.poll(() => heading(director)).toBe('Maatregelen goedkeuren');
    const item = director.getByRole('region', { name: 'Toegangsbeperking voor Marloes Peeters' });
    await expect.poll(() => item.count()).toBe(1);
    await expectAccessible(director);
    await item.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect.poll(() => item.count()).toBe(0);

    // Whoever looks the client up sees the active ban, without the reason.
    await followMenu(employee, 'Klanten');
    await expect.poll(() => heading(employee)).toBe('Klanten');
    await employee.getByLabel('Zoek klant').fill('Peeters');
    const note = employee.getByRole('note', { name: 'Let op: maatregelen voor Marloes Peeters' });
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('Toegangsbeperking — Kantoor Eindhoven');
    expect(await note.textContent()).not.toContain('Bedreiging van een medewerker');
    await expectAccessible(employee);
    await employee.getByRole('button', { name: 'Marloes Peeters kiezen' }).click();
    await expect.poll(() => heading(employee)).toBe('Marloes Peeters');
    await expect.poll(() => employee.getByText(/tot en met/).count()).toBeGreaterThan(0);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);

    // When she calls again, the live handling recognises her: the ban and the earlier contacts show at once.
    await employee.goto('/');
    await employee.getByRole('button', { name: /Aan de telefoon/ }).click();
    await expect.poll(() => heading(employee)).toBe('Telefonische agressie');
    await employee.getByLabel('Zoek klant').fill('Peeters');
    await employee.getByRole('button', { name: 'Marloes Peeters kiezen' }).click();
    await expect
      .poll(() =>
        employee
          .getByText(/^Eerdere contacten in de afgelopen 6 weken: \d+ handeling\(en\) en [1-9]\d* melding\(en\)/)
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() => employee.getByRole('note', { name: 'Let op: maatregelen voor Marloes Peeters' }).count())
      .toBe(1);
    await expectAccessible(employee);
    await employee.getByRole('button', { name: 'Handeling afronden' }).click();
    await expect.poll(() => employee.getByText(/Deze handeling is afgerond op/).count()).toBe(1);

    // The employee sees what was done with the report.
    await followMenu(employee, 'Mijn meldingen');
    await expect.poll(() => employee.getByText(/Gedaan: ordegesprek gepland, Toegangsbeperking/).count()).toBe(1);

    await employee.context().close();
    await manager.context().close();
    await director.context().close();
  });
});

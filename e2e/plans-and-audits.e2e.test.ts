import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** The shared machine is slow: pages load lazily and the server is busy with other work. */
const slow = { timeout: 15_000 };
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('90-day plan and audit', () => {
  it('the safety officer starts a plan after a training, a manager ticks an item, the officer audits a sample', {
    timeout: 240_000,
  }, async () => {
    const officer = await newPage(browser);
    await logIn(officer, 'preventie@wonenzuid.example');
    await expect.poll(() => heading(officer), slow).toBe('Welkom, Joyce Herzig');

    // A classroom training, then "start a 90-day plan" from it.
    await officer.goto('/training/sessions');
    await expect.poll(() => heading(officer), slow).toBe('Klassikale trainingen');
    // Earlier journeys planned sessions too; their change forms have the same fields, so fill in the plan form.
    const planForm = officer.getByRole('region', { name: 'Training plannen' });
    await planForm.getByLabel('Titel', { exact: true }).fill('Grenzen stellen aan de balie');
    await planForm.getByLabel('Datum', { exact: true }).fill(today());
    await planForm.getByLabel('Plaats', { exact: true }).fill('Kantoor Eindhoven, zaal 2');
    await planForm.getByLabel('Trainer of trainingsacteur').fill('Trainingsacteur Kees');
    await planForm.getByText('Sanne de Vries (Klantcontact)').click();
    await planForm.getByRole('button', { name: 'Training plannen' }).click();
    await officer.getByRole('link', { name: '90-dagenplan starten na Grenzen stellen aan de balie' }).click();
    await expect.poll(() => heading(officer), slow).toBe('90-dagenplan');
    await expectAccessible(officer);
    await officer.getByLabel('Team', { exact: true }).selectOption({ label: 'Frontoffice Eindhoven (Klantcontact)' });
    await expect
      .poll(() => officer.getByLabel('Na de training', { exact: true }).locator('option:checked').textContent(), slow)
      .toContain('Grenzen stellen aan de balie');
    await officer.getByRole('button', { name: 'Plan starten' }).click();
    await expect.poll(() => heading(officer), slow).toBe('90-dagenplan Frontoffice Eindhoven');
    await expect
      .poll(() => officer.getByText('Na de training: Grenzen stellen aan de balie.', { exact: false }).count(), slow)
      .toBe(1);
    // Exercises are read from the protocol's boundary sentences and the scenario library.
    await expect.poll(() => officer.getByRole('heading', { name: 'Grenszinnen om te oefenen' }).count(), slow).toBe(4);
    // Duo coaching pairs the team's members (the demo's front office also has colleagues without a login).
    await expect.poll(() => officer.getByText(/Duo: .*Sanne de Vries/).count(), slow).toBe(1);
    await expectAccessible(officer);

    // The manager sees the demo plan's overdue item on the home screen, and ticks an item of the new plan.
    const manager = await newPage(browser);
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await expect.poll(() => heading(manager), slow).toBe('Welkom, Joost Bakker');
    await expect.poll(() => manager.getByRole('heading', { name: '90-dagenplan: te laat' }).count(), slow).toBe(1);
    await expectAccessible(manager);
    await manager.getByRole('link', { name: '90-dagenplan', exact: true }).click();
    await expect.poll(() => heading(manager), slow).toBe('90-dagenplan');
    await manager.getByRole('link', { name: 'Frontoffice Eindhoven' }).click();
    await expect.poll(() => heading(manager), slow).toBe('90-dagenplan Frontoffice Eindhoven');
    const first = manager.getByRole('form', { name: 'Oefening in het teamoverleg afvinken' }).first();
    await first.getByLabel('Notitie (optioneel)').fill('Grenszinnen geoefend in het teamoverleg van maandag.');
    await first.getByRole('button', { name: 'Afvinken' }).click();
    await expect.poll(() => manager.getByText('Gedaan door Joost Bakker.').count(), slow).toBe(1);
    await expect
      .poll(() => manager.getByText('Notitie: Grenszinnen geoefend in het teamoverleg van maandag.').count(), slow)
      .toBe(1);
    await expectAccessible(manager);

    // The safety officer draws a sample of Klantcontact's reports and scores it.
    await officer.goto('/audits');
    await expect.poll(() => heading(officer), slow).toBe('Auditformulier');
    await expectAccessible(officer);
    await officer.getByLabel('Afdeling', { exact: true }).selectOption({ label: 'Klantcontact' });
    await officer.getByLabel('Aantal meldingen in de steekproef').fill('2');
    await officer.getByRole('button', { name: 'Steekproef trekken' }).click();
    await expect.poll(() => heading(officer), slow).toBe('Audit Klantcontact');
    await expect
      .poll(() => officer.getByRole('heading', { name: 'Eerste lezing door de taalhulp' }).count(), slow)
      .toBe(2);
    await expectAccessible(officer);
    for (const position of [1, 2]) {
      const form = officer.getByRole('form', { name: `Beoordeling melding ${position}` });
      await form.getByRole('group', { name: 'Feiten en citaten, geen meningen' }).getByLabel('Ja').check();
      await form.getByRole('group', { name: 'Opvolging op tijd' }).getByLabel('Ja').check();
      await form.getByRole('group', { name: 'Maatregelen vastgelegd' }).getByLabel('Niet van toepassing').check();
      await form.getByRole('group', { name: 'Nazorg gedaan' }).getByLabel('Ja').check();
      await form.getByRole('button', { name: `Beoordeling melding ${position} opslaan` }).click();
      await expect.poll(() => form.getByText('Beoordeling opgeslagen.').count(), slow).toBe(1);
    }
    await officer.getByLabel('Conclusie', { exact: true }).fill('Meldingen zijn feitelijk en op tijd opgevolgd.');
    await officer.getByRole('button', { name: 'Audit afronden' }).click();
    await expect.poll(() => officer.getByText(/Afgerond op/).count(), slow).toBe(1);
    await expectAccessible(officer);
    await officer.getByRole('link', { name: 'Terug naar het auditformulier' }).click();
    await expect.poll(() => heading(officer), slow).toBe('Auditformulier');
    await expect
      .poll(() => officer.getByRole('table', { name: /Uitkomsten van afgeronde audits/ }).count(), slow)
      .toBe(1);
    await expect.poll(() => officer.getByRole('cell', { name: '100%' }).count(), slow).toBeGreaterThan(0);
    await expectAccessible(officer);
  });
});

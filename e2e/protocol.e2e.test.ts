import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('the protocol', () => {
  it('every employee reads the current protocol and tolerance boundary', async () => {
    const page = await newPage(browser);
    await logIn(page, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(page)).toContain('Welkom');
    await page.getByRole('link', { name: 'Lees het protocol en onze tolerantiegrens' }).click();
    await expect.poll(() => heading(page)).toBe('Agressie & Geweld');
    await expect.poll(() => page.getByRole('heading', { name: 'Onze tolerantiegrens' }).count()).toBe(1);
    const telephone = page.getByRole('region', { name: 'Telefonische agressie', exact: true });
    await expect.poll(() => telephone.getByRole('listitem').filter({ hasText: 'Wie:' }).count()).toBe(10);
    expect(await page.getByRole('link', { name: 'Protocol bewerken' }).count()).toBe(0);
    await expectAccessible(page);
    await page.goto('/protocol/edit');
    await expect.poll(() => heading(page)).toBe('Geen toegang');
    await page.context().close();
  });

  it('the safety officer changes a step, sees the difference, is stopped by a broken step, and publishes version 2', {
    timeout: 180_000,
  }, async () => {
    // A handling started before the new version keeps following version 1.
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(employee)).toContain('Welkom');
    await employee.getByRole('button', { name: /Aan de telefoon/ }).click();
    await expect.poll(() => heading(employee)).toBe('Telefonische agressie');
    const runningHandling = employee.url();

    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await expect.poll(() => heading(page)).toContain('Welkom');
    await page.goto('/protocol');
    await page.getByRole('link', { name: 'Protocol bewerken' }).click();
    await expect.poll(() => heading(page)).toBe('Protocol bewerken');
    await page.getByRole('button', { name: 'Concept maken' }).click();
    await expect.poll(() => page.getByText('Nog geen wijzigingen.').count()).toBe(1);
    await expectAccessible(page);

    const step1 = page.getByRole('group', { name: 'Stap 1 (t1)' });
    await step1
      .getByRole('group', { name: 'Wat er gebeurt' })
      .getByLabel('Nederlands')
      .fill('Zeg rustig en duidelijk dat u het gesprek beëindigt als de klant zo doorgaat.');
    await step1.getByLabel('Wie doet het').selectOption({ label: 'Leidinggevende / afdelingshoofd' });

    // A loop without a way out would leave people stranded: publishing is refused with the reason.
    const step9 = page.getByRole('group', { name: 'Stap 9 (t9)' });
    await step9.getByLabel('Daarna').selectOption({ label: 'Stap 8 (t8)' });
    await page.getByRole('button', { name: 'Publiceren als versie 2' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('kan nog niet worden gepubliceerd');
    await expect.poll(() => page.getByText('geen weg naar het einde').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await expect.poll(() => page.getByText('deze stap wordt nooit bereikt').count()).toBeGreaterThan(0);
    await step9.getByLabel('Daarna').selectOption({ label: 'De volgende stap in de lijst' });
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect.poll(() => page.getByText('Het concept is in orde en kan worden gepubliceerd.').count()).toBe(1);
    await expect.poll(() => page.getByText('Telefonische agressie: stap t1 gewijzigd (tekst, wie)').count()).toBe(1);
    await page.getByRole('button', { name: 'Publiceren als versie 2' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Versie 2 is gepubliceerd');

    await page.goto('/protocol');
    await expect.poll(() => page.getByText(/^Versie 2, gepubliceerd/).count()).toBe(1);
    await expect.poll(() => page.getByText('Zeg rustig en duidelijk dat u het gesprek beëindigt').count()).toBe(1);
    await page.context().close();

    await employee.goto(runningHandling);
    await expect.poll(() => employee.getByText(/protocolversie 1$/).count()).toBe(1);
    await expect
      .poll(() =>
        employee.getByText('Waarschuw de klant dat u het gesprek beëindigt als de klant zo doorgaat.').count(),
      )
      .toBe(1);
    await employee.getByRole('button', { name: 'Handeling afronden' }).click();
    await expect.poll(() => employee.getByText(/Deze handeling is afgerond op/).count()).toBe(1);
    // A handling started now follows version 2.
    await employee.goto('/');
    await employee.getByRole('button', { name: /Aan de telefoon/ }).click();
    await expect.poll(() => employee.getByText(/protocolversie 2$/).count()).toBe(1);
    await expect
      .poll(() =>
        employee.getByText('Zeg rustig en duidelijk dat u het gesprek beëindigt als de klant zo doorgaat.').count(),
      )
      .toBe(1);
    await employee.getByRole('button', { name: 'Handeling afronden' }).click();
    await expect.poll(() => employee.getByText(/Deze handeling is afgerond op/).count()).toBe(1);
    await employee.context().close();
  });

  it('the safety officer rewords the route and a phase and adds a boundary sentence for the telephone', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await expect.poll(() => heading(page)).toContain('Welkom');
    await page.goto('/protocol/edit');
    await page.getByRole('button', { name: 'Concept maken' }).click();
    await expect.poll(() => page.getByText('Nog geen wijzigingen.').count()).toBe(1);

    const route = page.getByRole('region', { name: 'De vijf stappen van het gesprek' });
    await route
      .getByRole('group', { name: 'Stap 3' })
      .getByLabel('Nederlands')
      .fill('Begrenzen: „ik help u graag, maar niet zo”.');
    const phase3 = page.getByRole('group', { name: 'Fase 3' });
    await phase3
      .getByRole('group', { name: 'Signalen' })
      .getByLabel('Nederlands')
      .fill('Dreigen, schreeuwen, vlak voor je staan.');
    const sentences = page.getByRole('region', { name: 'Grenszinnen', exact: true });
    await sentences.getByRole('button', { name: 'Grenszin toevoegen' }).click();
    const added = sentences.getByRole('group', { name: /^Grenszin \d+$/ }).last();
    await added.getByRole('group', { name: 'Situatie' }).getByLabel('Nederlands').fill('De beller blijft schelden');
    await added
      .getByRole('group', { name: 'Grenszin', exact: true })
      .getByLabel('Nederlands')
      .fill('Als u blijft schelden, hang ik op.');
    await added.getByRole('checkbox', { name: 'Telefoon' }).check({ force: true });
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect.poll(() => page.getByText('Het concept is in orde en kan worden gepubliceerd.').count()).toBe(1);
    await expect.poll(() => page.getByText(/Vijf stappen/).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Publiceren als versie/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('is gepubliceerd');

    await page.goto('/protocol');
    await expect.poll(() => page.getByText('Begrenzen: „ik help u graag, maar niet zo”.').count()).toBe(1);
    await expect.poll(() => page.getByText('Dreigen, schreeuwen, vlak voor je staan.').count()).toBe(1);
    await expect.poll(() => page.getByText('Als u blijft schelden, hang ik op.').count()).toBe(1);
    await page.context().close();

    // While handling a telephone contact the new sentence is at hand; at the desk it is not.
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(employee)).toContain('Welkom');
    await employee.getByRole('button', { name: /Aan de telefoon/ }).click();
    const atHand = employee.getByRole('region', { name: 'Grenszinnen voor dit contact' });
    await expect.poll(() => atHand.getByText('Als u blijft schelden, hang ik op.').count()).toBe(1);
    await expectAccessible(employee);
    await employee.getByRole('button', { name: 'Handeling afronden' }).click();
    await expect.poll(() => employee.getByText(/Deze handeling is afgerond op/).count()).toBe(1);
    await employee.goto('/');
    await employee.getByRole('button', { name: /Aan de balie/ }).click();
    await expect.poll(() => heading(employee)).not.toBe('Telefonische agressie');
    await expect.poll(() => employee.getByRole('region', { name: 'Grenszinnen voor dit contact' }).count()).toBe(1);
    expect(await employee.getByText('Als u blijft schelden, hang ik op.').count()).toBe(0);
    await employee.getByRole('button', { name: 'Handeling afronden' }).click();
    await expect.poll(() => employee.getByText(/Deze handeling is afgerond op/).count()).toBe(1);
    await employee.context().close();
  });

  it('the safety officer sees per step how the protocol is followed; a manager sees their own department', async () => {
    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await expect.poll(() => heading(page)).toContain('Welkom');
    await page.goto('/protocol');
    await page.getByRole('link', { name: 'Naleving bekijken' }).click();
    await expect.poll(() => heading(page)).toBe('Naleving van het protocol');
    await expect.poll(() => page.getByText(/hele organisatie\.$/).count()).toBe(1);
    const telephone = page.getByRole('region', { name: 'Telefonische agressie', exact: true });
    await expect.poll(() => telephone.getByText(/handelingen, \d+ afgerond/).count()).toBe(1);
    const table = telephone.getByRole('table', { name: 'Naleving per stap: Telefonische agressie' });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThanOrEqual(11);
    await expectAccessible(page);

    await page.getByLabel('Procedure').selectOption({ label: 'Brief, e-mail of online' });
    await page.getByLabel('Protocolversie').selectOption({ label: 'Versie 1' });
    await page.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Telefonische agressie', exact: true }).count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Schriftelijke agressie', exact: true }).count()).toBe(1);
    await page.context().close();

    const manager = await newPage(browser, { width: 360 });
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await expect.poll(() => heading(manager)).toContain('Welkom');
    await manager.goto('/protocol/compliance');
    await expect.poll(() => manager.getByText(/alleen uw afdeling\.$/).count()).toBe(1);
    await expectAccessible(manager);
    await manager.context().close();
  });
});

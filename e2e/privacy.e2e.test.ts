import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/modules/demo/credentials';
import { baseURL, expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const SAFETY_OFFICER = 'preventie@wonenzuid.example';
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** A client of this journey's own, so erasing it takes nothing from the demo data other journeys use. */
async function createClient(name: string): Promise<void> {
  const login = await fetch(`${baseURL()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: SAFETY_OFFICER, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${baseURL()}/api/v1/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name, clientNumber: 'WZ-E2E-77', phone: '06 12 34 56 78', address: 'Wisweg 1, Eindhoven' }),
  });
  expect(created.status).toBe(201);
}

/** Registers a request through the form: find the person, choose them, say what and why. */
async function registerRequest(
  page: Page,
  search: string,
  name: string,
  kind: 'Inzage' | 'Verwijdering',
): Promise<void> {
  await page.getByLabel('Soort persoon').selectOption({ label: 'Klant' });
  await page.getByRole('textbox', { name: 'Zoek op naam, klantnummer of e-mailadres' }).fill(search);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('button', { name: `Kies ${name}` }).click();
  await expect.poll(() => page.getByText(`Gekozen: ${name}`).count()).toBe(1);
  await page.getByLabel('Soort verzoek').selectOption({ label: kind });
  await page.getByRole('textbox', { name: 'Aangevraagd door' }).fill(`${name} zelf, per brief`);
  await page.getByRole('textbox', { name: 'Reden en grondslag' }).fill(`AVG: verzoek om ${kind.toLowerCase()}`);
}

describe('privacy requests and retention', () => {
  it('the safety officer registers an access request, downloads the export and closes it', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser);
    await logIn(page, SAFETY_OFFICER);
    await expect.poll(() => heading(page)).toContain('Welkom');
    await followMenu(page, 'Privacyverzoeken');
    await expect.poll(() => heading(page)).toBe('Privacyverzoeken');
    await expectAccessible(page);

    // Without a person the form says what is missing.
    await page.getByRole('textbox', { name: 'Aangevraagd door' }).fill('Ria Verbeek zelf');
    await page.getByRole('textbox', { name: 'Reden en grondslag' }).fill('AVG');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('Zoek en kies eerst de persoon over wie het verzoek gaat.');
    await registerRequest(page, 'Verbeek', 'Ria Verbeek', 'Inzage');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await expect.poll(() => heading(page)).toBe('Privacyverzoek: Ria Verbeek');
    await expect
      .poll(() =>
        page
          .getByRole('definition')
          .filter({ hasText: /^Open$/ })
          .count(),
      )
      .toBe(1);
    await expectAccessible(page);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^regie-privacy-client-[0-9a-f-]+\.json$/);
    const exported = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as {
      subject: { type: string };
      sections: { client: { name: string; clientNumber: string }[]; incidents: unknown[] };
    };
    expect(exported.subject.type).toBe('client');
    expect(exported.sections.client[0]).toMatchObject({ name: 'Ria Verbeek', clientNumber: 'WZ-100871' });
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als PDF' }).click(),
    ]);
    expect((await readFile((await pdf.path()) ?? '')).subarray(0, 5).toString()).toBe('%PDF-');

    // An access request is answered and closed; an erasure is not offered for it.
    expect(await page.getByRole('button', { name: 'Gegevens wissen…' }).count()).toBe(0);
    await page.getByLabel('Afronden als').selectOption({ label: 'Afgehandeld' });
    await page.getByRole('textbox', { name: 'Toelichting' }).fill('Export per beveiligde mail verstuurd.');
    await page.getByRole('button', { name: 'Verzoek afronden' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Het verzoek is afgerond.');
    await expect
      .poll(() =>
        page
          .getByRole('definition')
          .filter({ hasText: /^Afgehandeld$/ })
          .count(),
      )
      .toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Terug naar de privacyverzoeken' }).click();
    const row = page.getByRole('row', { name: /Ria Verbeek/ });
    await expect.poll(() => row.textContent()).toContain('Afgehandeld');
    await expectAccessible(page);
    await page.context().close();
  });

  it('erasing a client first says what is anonymised and that it cannot be undone', { timeout: 120_000 }, async () => {
    await createClient('Karel Wisbaar');
    const page = await newPage(browser);
    await logIn(page, SAFETY_OFFICER);
    await expect.poll(() => heading(page)).toContain('Welkom');
    await page.goto('/privacy');
    await expect.poll(() => heading(page)).toBe('Privacyverzoeken');
    await registerRequest(page, 'Wisbaar', 'Karel Wisbaar', 'Verwijdering');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await expect.poll(() => heading(page)).toBe('Privacyverzoek: Karel Wisbaar');

    await page.getByRole('button', { name: 'Gegevens wissen…' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect.poll(() => confirm.textContent()).toContain('Weet u zeker dat u de gegevens van Karel Wisbaar');
    expect(await confirm.textContent()).toContain('naam, klantnummer, telefoonnummer, adres en notities');
    expect(await confirm.textContent()).toContain('Dit kan niet ongedaan worden gemaakt.');
    await expectAccessible(page);
    // Cancelling changes nothing.
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Gegevens wissen…' }).click();
    await page.getByRole('button', { name: 'Ja, definitief wissen' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('De gegevens zijn geanonimiseerd en het verzoek is afgehandeld.');
    await expect.poll(() => heading(page)).toBe('Privacyverzoek: Geanonimiseerd');
    await expect.poll(() => page.getByText('Klantgegevens: 1').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Gegevens wissen…' }).count()).toBe(0);
    await expectAccessible(page);

    // The client is gone by name: searching finds nobody.
    await page.goto('/privacy');
    await page.getByRole('textbox', { name: 'Zoek op naam, klantnummer of e-mailadres' }).fill('Wisbaar');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => page.getByText('Niemand gevonden.').count()).toBe(1);
    await page.context().close();
  });

  it('retention: the safety officer sets the periods and runs the check; the admin sees the runs', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser);
    await logIn(page, SAFETY_OFFICER);
    await expect.poll(() => heading(page)).toContain('Welkom');
    await page.goto('/privacy');
    await page.getByRole('link', { name: 'Bewaartermijnen en anonimiseringsruns' }).click();
    await expect.poll(() => heading(page)).toBe('Bewaartermijnen');
    const years = page.getByRole('textbox', { name: 'Meldingen bewaren (jaren)' });
    await expect.poll(() => years.inputValue()).toBe('5');
    await expectAccessible(page);

    // Out of range: the API's message shows at the field; a valid value is saved.
    await years.fill('0');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => years.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await years.fill('5');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'opgeslagen' }).count()).toBe(1);

    // A check now (the demo data is weeks old: nothing is past five years), recorded as a run.
    await page.getByRole('button', { name: 'Nu controleren…' }).click();
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('niet ongedaan');
    await page.getByRole('button', { name: 'Ja, nu controleren' }).click();
    await expect.poll(() => page.getByText('De controle is klaar.').count()).toBe(1);
    const runs = page.getByRole('table', { name: 'Runs' });
    const manual = runs.getByRole('row', { name: new RegExp(SAFETY_OFFICER) });
    await expect.poll(() => manual.count()).toBeGreaterThan(0);
    expect(await manual.first().textContent()).toContain('Niets');
    await expectAccessible(page);
    await page.context().close();

    const admin = await newPage(browser);
    await logIn(admin, 'beheer@wonenzuid.example');
    await expect.poll(() => heading(admin)).toContain('Welkom');
    const menu = admin.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Privacyverzoeken' }).count()).toBe(0);
    await followMenu(admin, 'Bewaartermijnen');
    await expect.poll(() => heading(admin)).toBe('Bewaartermijnen');
    await expect
      .poll(() =>
        admin
          .getByRole('table', { name: 'Runs' })
          .getByRole('row', { name: new RegExp(SAFETY_OFFICER) })
          .count(),
      )
      .toBeGreaterThan(0);
    await expectAccessible(admin);
    // The requests themselves are the safety officer's.
    await admin.goto('/privacy');
    await expect.poll(() => heading(admin)).toBe('Geen toegang');
    await admin.context().close();
  });
});

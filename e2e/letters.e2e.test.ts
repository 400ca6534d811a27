import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The machine running the browser tests may be busy: screens get more than the default second to appear. */
const PATIENT = { timeout: 20_000, interval: 200 };

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// The written warning's letter and the dossier of an archived case are in the journey of after-incident.e2e.test.ts.
describe('the confidential route', () => {
  it('an employee reports anonymously on a phone; the confidant sees it, a manager does not', {
    timeout: 180_000,
  }, async () => {
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(employee), PATIENT).toBe('Welkom, Sanne de Vries');
    await followMenu(employee, 'Vertrouwelijke melding');
    await expect.poll(() => heading(employee), PATIENT).toBe('Vertrouwelijke melding');
    await expect
      .poll(() => employee.getByText(/Alleen de vertrouwenspersoon leest uw melding/).count(), PATIENT)
      .toBe(1);
    await expectAccessible(employee);
    await employee.getByLabel('Waar gaat het over?').selectOption({ label: 'Seksuele intimidatie' });
    await employee
      .getByLabel('Wat is er gebeurd?')
      .fill(
        'Een collega stuurt mij berichten over mijn uiterlijk <i>na werktijd</i>, ook nadat ik zei dat ik dat niet wil.',
      );
    expect(await employee.getByRole('checkbox', { name: /Anoniem melden/ }).isChecked()).toBe(true);
    await employee.getByRole('button', { name: 'Melding versturen' }).click();
    await expect.poll(() => heading(employee), PATIENT).toBe('Vertrouwelijke melding');
    await expect.poll(() => employee.getByText(/Uw melding heeft nummer VM-/).count(), PATIENT).toBe(1);
    const code = (await employee.getByTestId('confidential-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    const reference = /VM-[A-Z2-9]{6}/.exec(
      (await employee.getByText(/Uw melding heeft nummer/).textContent()) ?? '',
    )?.[0];
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);

    // The counsellor sees it in her list and opens it; HTML stays text.
    const confidant = await newPage(browser);
    await logIn(confidant, 'vertrouwenspersoon@wonenzuid.example');
    await followMenu(confidant, 'Vertrouwelijke meldingen');
    await expect.poll(() => heading(confidant), PATIENT).toBe('Vertrouwelijke meldingen');
    await expectAccessible(confidant);
    await confidant.getByRole('link', { name: reference as string }).click();
    await expect.poll(() => heading(confidant), PATIENT).toBe(`Vertrouwelijke melding ${reference}`);
    await expect.poll(() => confidant.getByText('<i>na werktijd</i>', { exact: false }).count(), PATIENT).toBe(1);
    expect(await confidant.locator('main i').count()).toBe(0);
    await confidant.getByLabel('Nieuw bericht').fill('Dank u voor uw melding. Wilt u een gesprek?');
    await confidant.getByRole('button', { name: 'Bericht versturen' }).click();
    await expect
      .poll(() => confidant.getByText('Dank u voor uw melding. Wilt u een gesprek?').count(), PATIENT)
      .toBe(1);
    await expectAccessible(confidant);

    // The reporter reads the answer with the code.
    await employee.getByRole('link', { name: 'Naar mijn melding met de code' }).click();
    await expect.poll(() => heading(employee), PATIENT).toBe('Mijn vertrouwelijke melding volgen');
    await employee.getByLabel('Code').fill(code);
    await employee.getByRole('button', { name: 'Melding openen' }).click();
    await expect.poll(() => employee.getByText('Dank u voor uw melding. Wilt u een gesprek?').count(), PATIENT).toBe(1);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);

    // A manager has no entry for reports and is refused them.
    const manager = await newPage(browser);
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await expect.poll(() => heading(manager), PATIENT).toBe('Welkom, Joost Bakker');
    expect(await nav(manager).getByRole('link', { name: 'Vertrouwelijke meldingen' }).count()).toBe(0);
    await manager.goto('/confidential/reports');
    await expect.poll(() => manager.getByText(reference as string).count(), PATIENT).toBe(0);
    expect((await manager.request.get('/api/v1/confidential/reports')).status()).toBe(403);
    await expectAccessible(manager);
  });
});

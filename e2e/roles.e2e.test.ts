import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../server/modules/demo/credentials';
import { expectAccessible, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** What each role must see first on its home screen (section headings, in Dutch). */
const FIRST_SECTION: Record<string, RegExp> = {
  'medewerker@wonenzuid.example': /^Agressie nu$/,
  'interventie@wonenzuid.example': /^Agressie nu$/,
  'leidinggevende@wonenzuid.example': /^Opvolging \(\d+\)$/,
  'directeur@wonenzuid.example': /^Organisatie in cijfers$/,
  'preventie@wonenzuid.example': /^Organisatie in cijfers$/,
  'hr@wonenzuid.example': /^Organisatie in cijfers$/,
  'vertrouwenspersoon@wonenzuid.example': /^Direct hulp nodig$/,
  'beheer@wonenzuid.example': /^Organisatie in cijfers$/,
};

describe('every role logs in, sees its own home screen and logs out', () => {
  for (const account of DEMO_ACCOUNTS) {
    it(`${account.roles.join('+')} (${account.email})`, async () => {
      const page = await newPage(browser);
      await page.goto('/');
      await expect.poll(() => page.url()).toContain('/login');
      await expectAccessible(page);

      await logIn(page, account.email);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Welkom, ${account.name}`);
      const sections = page.locator('main section h2');
      await expect.poll(() => sections.first().textContent()).toMatch(FIRST_SECTION[account.email] as RegExp);
      await expect.poll(() => page.getByRole('link', { name: /112/ }).count()).toBe(1);

      const adminLinks = await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Gebruikers' })
        .count();
      expect(adminLinks).toBe(account.roles.includes('admin') ? 1 : 0);
      const teamTable = await page.getByRole('table', { name: 'Medewerkers van mijn afdeling' }).count();
      expect(teamTable).toBe(account.roles.includes('manager') ? 1 : 0);
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await expect.poll(() => page.url()).toContain('/login');
      await page.goto('/');
      await expect.poll(() => page.url()).toContain('/login');
      await page.context().close();
    });
  }

  it('a non-admin who opens an admin page is told there is no access', async () => {
    const page = await newPage(browser);
    await logIn(page, 'medewerker@wonenzuid.example');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Welkom');
    await page.goto('/admin/users');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Geen toegang');
    await expectAccessible(page);
    await page.context().close();
  });

  it('a wrong password shows a clear message, and an unknown page a not-found page', async () => {
    const page = await newPage(browser);
    await logIn(page, 'medewerker@wonenzuid.example', 'not the password');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Het e-mailadres of het wachtwoord klopt niet.');
    await expectAccessible(page);
    await logIn(page, 'medewerker@wonenzuid.example');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Welkom');
    await page.goto('/bestaat-niet');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pagina niet gevonden');
    await expectAccessible(page);
    await page.context().close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('language', () => {
  it('switches to English, and the choice is remembered for the user', async () => {
    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welkom, Joyce Herzig');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Joyce Herzig');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page);

    // Another browser (no local storage): the account remembers English.
    const other = await newPage(browser);
    await logIn(other, 'preventie@wonenzuid.example');
    await expect.poll(() => other.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Joyce Herzig');
    await other.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => other.getByRole('heading', { level: 1 }).textContent()).toBe('Welkom, Joyce Herzig');
    await page.context().close();
    await other.context().close();
  });
});

describe('small screens and keyboard', () => {
  it('logs in by keyboard alone and shows the home screen at 360 px without sideways scrolling', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto('/login');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen');
    // Skip link first, then the language switch, then the form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type('medewerker@wonenzuid.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Regie-demo-2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welkom, Sanne de Vries');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.context().close();
  });
});

import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO_PASSWORD } from '../server/modules/demo/credentials';

/** Debian's Chromium; a browser is never downloaded. The flags are what it needs as root in a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function baseURL(): string {
  return inject('baseURL');
}

export async function newPage(browser: Browser, options: { width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'nl-NL',
  });
  return context.newPage();
}

/** Zero axe violations (WCAG 2.x A and AA) on what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Follows a main-menu entry; on a phone the entry may first need the "Menu" button. */
export async function followMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ });
  const link = menu.getByRole('link', { name, exact: true });
  const toggle = menu.getByRole('button', { name: /^Menu$/ });
  await menu.waitFor();
  // The button exists only on a narrow screen; there it opens the secondary entries.
  if ((await toggle.isVisible()) && !(await link.isVisible())) await toggle.click();
  await link.click();
}

import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('dashboard', () => {
  it('the safety officer opens the key figures, switches to tables and downloads the CSV', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await followMenu(page, 'Kengetallen');
    await expect.poll(() => heading(page)).toBe('Kengetallen');
    // The figures of two periods over every section: allow the shared test machine its time.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Meldingen per afdeling' }).count(), { timeout: 20_000 })
      .toBe(1);
    // Charts are images with a description a screen reader reads.
    const chart = page.getByRole('img', { name: /Meldingen per soort agressie/ });
    await expect.poll(() => chart.count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Tabel' }).check();
    await expect.poll(() => page.getByRole('img', { name: /Meldingen per soort agressie/ }).count()).toBe(0);
    const table = page.getByRole('table', { name: 'Meldingen per afdeling' });
    await expect.poll(() => table.count()).toBe(1);
    await expect.poll(() => table.getByRole('cell', { name: 'Klantcontact' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('columnheader', { name: 'Vorige periode' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Alle kengetallen downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kengetallen-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('onderdeel;tabel;sleutel;naam;eenheid;periode;waarde');
    expect(csv).toContain(';byDepartment;');
    await page.context().close();
  });

  it('a manager sees only their own department', { timeout: 120_000 }, async () => {
    const page = await newPage(browser);
    await logIn(page, 'leidinggevende@wonenzuid.example');
    await followMenu(page, 'Kengetallen');
    await expect.poll(() => heading(page)).toBe('Kengetallen');
    await expect
      .poll(() => page.getByText('U ziet alleen de cijfers van uw eigen afdeling.').count(), { timeout: 20_000 })
      .toBe(1);
    await expect.poll(() => page.getByLabel('Afdeling', { exact: true }).count()).toBe(0);
    await page.getByRole('radio', { name: 'Tabel' }).check();
    const table = page.getByRole('table', { name: 'Meldingen per afdeling' });
    await expect.poll(() => table.count()).toBe(1);
    await expect.poll(() => table.getByRole('row').count()).toBe(2); // header + Klantcontact
    await expect.poll(() => table.getByRole('cell', { name: 'Klantcontact' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Verantwoordingsrapport (PDF)' }).count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});

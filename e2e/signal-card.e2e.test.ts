import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('signal card', () => {
  it('an employee opens the signal card, keeps it offline on a phone, and its pocket PDF renders', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser, { width: 360 });
    await logIn(page, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(page)).toBe('Welkom, Sanne de Vries');
    await page.getByRole('link', { name: 'Signaalkaart bekijken en downloaden' }).click();
    await expect.poll(() => heading(page)).toBe('Signaalkaart');
    await expect.poll(() => page.getByRole('heading', { name: 'Fase 3: Persoonlijke agressie' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Intern alarm: 333 · Nood: 112').count()).toBe(1);
    await expectAccessible(page);

    // Offline on a phone: the worker keeps the last copy of the card page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByRole('link', { name: 'Kaart voor op uw telefoon (werkt ook offline)' }).click();
    await expect.poll(() => heading(page)).toBe('Signaalkaart');
    await expect.poll(() => page.getByText('Intern alarm: 333').count()).toBe(1);
    await expectAccessible(page);
    await page.context().setOffline(true);
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Signaalkaart');
    await expect.poll(() => page.getByRole('heading', { name: 'Fase 4: Explosieve agressie' }).count()).toBe(1);
    await page.context().setOffline(false);

    const pdf = await page.request.get('/api/v1/signal-card/pdf?size=pocket&lang=nl');
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const viewer = await newPage(browser);
    await viewer.goto('about:blank');
    await viewer.setContent(
      `<embed type="application/pdf" src="data:application/pdf;base64,${bytes.toString('base64')}" style="width:100%;height:880px">`,
    );
    await viewer.waitForTimeout(3000);
    // Chromium's own PDF viewer draws the pages; the PNG is kept as evidence beside the test run.
    const png = await viewer.screenshot({ path: path.join(os.tmpdir(), 'regie-signal-card-pocket.png') });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Two rendered A7 pages of text weigh far more than an empty viewer.
    expect(png.length).toBeGreaterThan(50_000);
    await page.context().close();
    await viewer.context().close();
  });
});

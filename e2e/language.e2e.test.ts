import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('the Dutch language assistant', () => {
  it('Taalhulp: a report gets its judgements marked and replaced, a client sentence its phase, an own sentence advice', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser);
    await logIn(page, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(page)).toBe('Welkom, Sanne de Vries');
    await followMenu(page, 'Taalhulp');
    await expect.poll(() => heading(page)).toBe('Taalhulp');
    await expectAccessible(page);

    // Mijn verslag (the default): the judgement is marked, the quoted insult is not.
    const report = page.getByLabel('Uw verslag');
    await report.fill('De klant was erg agressief en noemde mij "trut".');
    await expect.poll(() => page.getByText('1 oordeel gevonden').count()).toBe(1);
    expect(await page.locator('mark').allTextContents()).toEqual(['was erg agressief']);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Vervang „was erg agressief” door het voorstel' }).click();
    await expect.poll(() => report.inputValue()).toMatch(/^De klant \[wat deed of zei de klant precies\?/);
    expect(await report.inputValue()).toContain('noemde mij "trut".');
    await expect.poll(() => page.locator('mark').count()).toBe(0);

    // Wat de klant zei: the phase as a suggestion with the cues.
    await page.getByRole('radio', { name: 'Wat de klant zei' }).check();
    const utterance = page.getByLabel('Wat zei of schreef de klant?');
    await utterance.fill('Ik weet waar je woont!!');
    await expect.poll(() => page.getByText('Geschatte fase: 4. Explosieve agressie').count()).toBe(1);
    await expect.poll(() => page.getByRole('list', { name: 'Signalen' }).textContent()).toContain('Dreiging');
    await expectAccessible(page);

    // Mijn eigen zin: label the person → name the behaviour; ignoring a hint stays in the browser.
    await page.getByRole('radio', { name: 'Mijn eigen zin' }).check();
    await page.getByLabel('Wat zegt u tegen de klant?').fill('U bent agressief. Ik praat verder als het rustig is.');
    await expect.poll(() => page.getByText('Voorstel: u schreeuwt').count()).toBe(1);
    await expect
      .poll(() => page.getByRole('list', { name: 'Onderdelen van het script' }).textContent())
      .toContain('Grens: aanwezig');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Negeer „U bent agressief”' }).click();
    await expect.poll(() => page.getByText('Voorstel: u schreeuwt').count()).toBe(0);

    // An example to try it out with, per kind.
    await page.getByRole('radio', { name: 'Mijn verslag' }).check();
    await page.getByRole('button', { name: 'Vul een voorbeeld in' }).click();
    await expect.poll(() => page.getByText('3 oordelen gevonden').count()).toBe(1);
    await expectAccessible(page);
    await page.context().close();
  });

  it('the live handling screen suggests a phase from what the client said but never sets it', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser, { width: 360 });
    await logIn(page, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(page)).toBe('Welkom, Sanne de Vries');
    await page.getByRole('button', { name: /Aan de balie/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Wat zegt de klant?' }).count()).toBe(1);
    await page.getByLabel('Typ of plak wat de klant zei').fill('Jij snapt er ook helemaal niks van, stomme trut!');
    await expect.poll(() => page.getByText('Geschatte fase: 3. Persoonlijke agressie').count()).toBe(1);
    await expect.poll(() => page.getByRole('list', { name: 'Signalen' }).textContent()).toContain('Belediging');
    const pressed = await page
      .getByRole('group', { name: 'Fase van escalatie' })
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-pressed')));
    expect(pressed.every((value) => value === 'false')).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('the safety officer audits the language of sent reports per department', async () => {
    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Welkom');
    await page.goto('/language');
    await page.getByRole('link', { name: 'Taalgebruik in meldingen (audit)' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Taalgebruik in meldingen');
    await expect.poll(() => page.getByText(/verstuurde meldingen, waarvan \d+ met een oordeel/).count()).toBe(1);
    await expectAccessible(page);
    await page.context().close();
  });
});

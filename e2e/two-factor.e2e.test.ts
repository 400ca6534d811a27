import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../server/modules/auth/totp';
import { baseURL, expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** A new employee account, made through the API as the admin would, so this journey owns it alone. */
async function createEmployee(email: string, password: string): Promise<void> {
  const login = await fetch(`${baseURL()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@wonenzuid.example', password: 'Regie-demo-2026' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${baseURL()}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, name: 'Ilse Vermeulen', roles: ['employee'], temporaryPassword: password }),
  });
  expect(created.status).toBe(201);
}

describe('two-step verification', () => {
  it('an employee sets up an authenticator app, keeps the recovery codes, and signs in with a code', {
    timeout: 120_000,
  }, async () => {
    await createEmployee('ilse@wonenzuid.example', 'Tijdelijk-wachtwoord-1');
    const page = await newPage(browser, { width: 360 });
    await logIn(page, 'ilse@wonenzuid.example', 'Tijdelijk-wachtwoord-1');
    await expect.poll(() => heading(page)).toBe('Wachtwoord wijzigen');
    await page.getByLabel('Huidig wachtwoord').fill('Tijdelijk-wachtwoord-1');
    await page.getByLabel('Nieuw wachtwoord').fill('een lange zin van mij');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lange zin van mij');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => heading(page)).toBe('Welkom, Ilse Vermeulen');

    await followMenu(page, 'Mijn account');
    await expect.poll(() => page.getByRole('cell', { name: 'Dit apparaat' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Tweestapsverificatie' }).click();
    await expect.poll(() => heading(page)).toBe('Tweestapsverificatie');
    await page.getByRole('button', { name: 'Begin met instellen' }).click();
    await expect.poll(() => page.getByRole('img', { name: /QR-code/ }).count()).toBe(1);
    await expectAccessible(page);
    const secret = ((await page.locator('.regie-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: 'Aanzetten' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Deze code klopt niet');
    await page.getByLabel('Code').fill(currentTotpCode(secret));
    await page.getByRole('button', { name: 'Aanzetten' }).click();
    const codes = page.getByRole('region', { name: 'Uw herstelcodes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    const recoveryCode = (await codes.first().textContent()) ?? '';
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await expect.poll(() => page.getByText('U heeft nog 10 herstelcodes.').count()).toBe(1);

    // Signing in now takes the password and a fresh code from the app.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await logIn(page, 'ilse@wonenzuid.example', 'een lange zin van mij');
    await expect.poll(() => heading(page)).toBe('Code uit uw app');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await expectAccessible(page);
    await page.goto('/protocol');
    await expect.poll(() => heading(page)).toBe('Code uit uw app');
    await page.getByLabel('Code').fill(currentTotpCode(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => heading(page)).toBe('Agressie & Geweld');

    // Without the phone, a recovery code works once.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await logIn(page, 'ilse@wonenzuid.example', 'een lange zin van mij');
    await expect.poll(() => heading(page)).toBe('Code uit uw app');
    await page.getByLabel('Code').fill(recoveryCode);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => heading(page)).toBe('Welkom, Ilse Vermeulen');
    await page.goto('/account/two-factor');
    await expect.poll(() => page.getByText('U heeft nog 9 herstelcodes.').count()).toBe(1);
    await page.context().close();
  });
});

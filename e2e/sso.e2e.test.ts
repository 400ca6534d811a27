import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../server/modules/auth/totp';
import { DEMO_PASSWORD } from '../server/modules/demo/credentials';
import { startTestProvider, type TestProvider } from '../server/modules/sso/test-provider';
import { baseURL, expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
let provider: TestProvider;

const ADMIN = 'beheer@wonenzuid.example';
const SSO_USER = { sub: 'e2e-lotte', email: 'lotte.sso@wonenzuid.example', name: 'Lotte van Dijk' };

beforeAll(async () => {
  browser = await launchBrowser();
  // A real OpenID Connect provider in this test process, which asks for the account in a small form.
  provider = await startTestProvider({
    redirectUri: `${baseURL()}/api/v1/auth/sso/callback`,
    mode: 'form',
    accounts: [{ ...SSO_USER, email_verified: true, groups: ['regie-leiding', 'iets-anders'] }],
  });
});

/**
 * The e2e server is shared with every other browser test: SSO goes off again and password login on, whatever
 * happened above, so later journeys keep signing in with a password.
 */
afterAll(async () => {
  try {
    const login = await fetch(`${baseURL()}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN, password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
    const current = (await (await fetch(`${baseURL()}/api/v1/sso/settings`, { headers })).json()) as Record<
      string,
      unknown
    >;
    const { hasClientSecret: _secret, redirectUri: _uri, ...settings } = current;
    const restored = await fetch(`${baseURL()}/api/v1/sso/settings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ ...settings, enabled: false, passwordLoginEnabled: true }),
    });
    expect(restored.status).toBe(200);
    const status = (await (await fetch(`${baseURL()}/api/v1/auth/sso`)).json()) as Record<string, unknown>;
    expect(status).toEqual({ enabled: false, passwordLoginEnabled: true });
  } finally {
    await provider?.close();
    await browser?.close();
  }
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** From Regie's login page through the provider's form (when it asks) and back into Regie. */
async function signInWithSso(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Inloggen via uw organisatie' }).click();
  // The provider asks for the account only when it has no session of its own in this browser yet.
  const atProviderForm = (url: URL) => url.origin === provider.issuer && url.pathname.startsWith('/interaction/');
  const backInRegie = (url: URL) =>
    url.origin === baseURL() && (url.pathname !== '/login' || url.searchParams.has('sso'));
  await page.waitForURL((url) => atProviderForm(url) || backInRegie(url));
  if (atProviderForm(new URL(page.url()))) {
    await page.getByLabel('Account').fill(SSO_USER.sub);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(backInRegie);
  }
}

describe('signing in through the organisation', () => {
  it('the admin connects the provider, a manager signs in with SSO and sets up two-step verification', {
    timeout: 180_000,
  }, async () => {
    const admin = await newPage(browser);
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
    await logIn(admin, ADMIN);
    await expect.poll(() => heading(admin)).toBe('Welkom, Tom Jansen');
    await followMenu(admin, 'Inloggen via organisatie');
    await expect.poll(() => heading(admin)).toBe('Inloggen via uw organisatie');
    await expect
      .poll(() => admin.getByText('Niet ingesteld: Regie logt in als publieke client met PKCE.').count())
      .toBe(1);
    await expectAccessible(admin);

    // The redirect URI to register at the provider, built from Regie's address, copied with one press.
    const callback = `${baseURL()}/api/v1/auth/sso/callback`;
    expect(await admin.locator('#sso-redirect-uri').textContent()).toBe(callback);
    await admin.getByRole('button', { name: 'Adres kopiëren' }).click();
    await expect.poll(() => admin.getByText('Het adres is gekopieerd.').count()).toBe(1);
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(callback);

    // Switched on without an issuer: the API's refusal shows at the field.
    await admin.getByRole('checkbox', { name: 'Inloggen via uw organisatie aanzetten' }).check({ force: true });
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    const issuer = admin.getByRole('textbox', { name: 'Uitgever (issuer)' });
    await expect.poll(() => issuer.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => admin.locator('.utrecht-form-field-error-message').first().textContent())
      .toContain('Vul de uitgever (issuer) en de client-id in');
    await expectAccessible(admin);

    await issuer.fill(provider.issuer);
    await admin.getByRole('textbox', { name: 'Client-id' }).fill(provider.clientId);
    await admin.getByLabel('Clientgeheim', { exact: true }).fill(provider.clientSecret);
    await admin.getByRole('textbox', { name: 'Claim met groepen of rollen' }).fill('groups');
    // Two rows, one removed again: the group "regie-leiding" makes a manager.
    await admin.getByRole('button', { name: 'Koppeling toevoegen' }).click();
    await admin.getByRole('button', { name: 'Koppeling toevoegen' }).click();
    await admin.getByRole('textbox', { name: 'Groep (regel 1)' }).fill('regie-oud');
    await admin.getByRole('textbox', { name: 'Groep (regel 2)' }).fill('regie-leiding');
    await admin.getByLabel('Rol (regel 2)').selectOption({ label: 'Leidinggevende' });
    await admin.getByRole('button', { name: 'Regel 1 verwijderen' }).click();
    await expect.poll(() => admin.getByRole('textbox', { name: 'Groep (regel 1)' }).inputValue()).toBe('regie-leiding');
    await expect.poll(() => admin.getByRole('textbox', { name: /^Groep \(regel/ }).count()).toBe(1);
    await admin.getByLabel('Afdeling van nieuwe gebruikers').selectOption({ label: 'Klantcontact' });
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect.poll(() => admin.getByRole('status').filter({ hasText: 'opgeslagen' }).count()).toBe(1);
    // The secret is write-only: "set", never shown, and the field is empty again.
    await expect.poll(() => admin.getByText('Ingesteld. Het geheim wordt nooit getoond.').count()).toBe(1);
    expect(await admin.getByLabel('Nieuw clientgeheim (vervangt het huidige)').inputValue()).toBe('');
    expect(await admin.content()).not.toContain(provider.clientSecret);
    await expect.poll(() => issuer.getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(admin);

    // A fresh browser: the login page offers the organisation's sign-in, the provider asks who, Regie knows the role.
    const user = await newPage(browser);
    await user.goto('/login');
    await expect.poll(() => user.getByRole('link', { name: 'Inloggen via uw organisatie' }).count()).toBe(1);
    await expectAccessible(user);
    await signInWithSso(user);
    await expect.poll(() => heading(user)).toBe(`Welkom, ${SSO_USER.name}`);
    const menu = user.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect.poll(() => menu.getByRole('link', { name: 'Casussen', exact: true }).count()).toBe(1);
    expect(await menu.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);
    await expectAccessible(user);

    // Two-step verification with an app, as any user sets it up.
    await followMenu(user, 'Mijn account');
    await user.getByRole('link', { name: 'Tweestapsverificatie' }).click();
    await expect.poll(() => heading(user)).toBe('Tweestapsverificatie');
    await user.getByRole('button', { name: 'Begin met instellen' }).click();
    await expect.poll(() => user.getByRole('img', { name: /QR-code/ }).count()).toBe(1);
    await expectAccessible(user);
    const secret = ((await user.locator('.regie-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await user.getByLabel('Code').fill(currentTotpCode(secret));
    await user.getByRole('button', { name: 'Aanzetten' }).click();
    await expect
      .poll(() => user.getByRole('region', { name: 'Uw herstelcodes' }).getByRole('listitem').count())
      .toBe(10);
    await expectAccessible(user);
    await user.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();

    // Signing in through the organisation again now also asks for a code from the app.
    await user.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => user.url()).toContain('/login');
    await signInWithSso(user);
    await expect.poll(() => heading(user)).toBe('Code uit uw app');
    await expectAccessible(user);
    await user.getByLabel('Code').fill(currentTotpCode(secret, Date.now() + 30_000));
    await user.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => heading(user)).toBe(`Welkom, ${SSO_USER.name}`);
    await user.context().close();

    // Password login off for everyone but administrators: the break-glass way in stays open for the admin.
    await admin.reload();
    await expect.poll(() => heading(admin)).toBe('Inloggen via uw organisatie');
    await admin
      .getByRole('checkbox', { name: 'Inloggen met wachtwoord uitzetten (behalve voor beheerders)' })
      .check({ force: true });
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect.poll(() => admin.getByRole('status').filter({ hasText: 'opgeslagen' }).count()).toBe(1);
    const visitor = await newPage(browser);
    await visitor.goto('/login');
    await expect
      .poll(() => visitor.getByText('Inloggen met een wachtwoord is alleen nog voor beheerders.').count())
      .toBe(1);
    await expectAccessible(visitor);
    await logIn(visitor, 'medewerker@wonenzuid.example');
    await expect.poll(() => visitor.getByRole('alert').first().textContent()).toContain('staat uit');
    expect(await heading(visitor)).toBe('Inloggen');
    await logIn(visitor, ADMIN);
    await expect.poll(() => heading(visitor)).toBe('Welkom, Tom Jansen');
    await visitor.context().close();

    // Switched off again through the page (afterAll makes sure of it too).
    await admin
      .getByRole('checkbox', { name: 'Inloggen met wachtwoord uitzetten (behalve voor beheerders)' })
      .uncheck({ force: true });
    await admin.getByRole('checkbox', { name: 'Inloggen via uw organisatie aanzetten' }).uncheck({ force: true });
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect
      .poll(async () => (await fetch(`${baseURL()}/api/v1/auth/sso`)).json())
      .toEqual({ enabled: false, passwordLoginEnabled: true });
    await admin.context().close();
  });
});

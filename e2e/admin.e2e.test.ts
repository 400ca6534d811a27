import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: import('playwright-core').Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('the admin manages the organisation and its people', () => {
  it('creates a user who then logs in, chooses a password and sees their home', async () => {
    const admin = await newPage(browser);
    await logIn(admin, 'beheer@wonenzuid.example');
    await expect.poll(() => heading(admin)).toBe('Welkom, Tom Jansen');

    await followMenu(admin, 'Gebruikers');
    await expect.poll(() => heading(admin)).toBe('Gebruikers');
    await expect.poll(() => admin.getByRole('link', { name: 'Sanne de Vries' }).count()).toBe(1);
    await expectAccessible(admin);

    await admin.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await expect.poll(() => heading(admin)).toBe('Nieuwe gebruiker');
    await admin.getByLabel('Naam', { exact: true }).fill('Fatima El Amrani');
    await admin.getByLabel('E-mailadres').fill('fatima@wonenzuid.example');
    await admin.getByLabel('Tijdelijk wachtwoord').fill('Tijdelijk-wachtwoord-1');
    await admin.getByRole('checkbox', { name: 'Leidinggevende' }).check({ force: true });
    await admin.getByLabel('Kantoor').selectOption({ label: 'Kantoor Helmond' });
    await admin.getByLabel('Afdeling').selectOption({ label: 'Klantcontact' });
    await admin.getByLabel('Team', { exact: true }).selectOption({ label: 'Frontoffice Helmond' });
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await expect.poll(() => heading(admin)).toBe('Fatima El Amrani');
    await expect.poll(() => admin.getByRole('status').first().textContent()).toContain('fatima@wonenzuid.example');
    await expectAccessible(admin);

    // A second create with the same address is refused with a clear message.
    await admin.goto('/admin/users/new');
    await admin.getByLabel('Naam', { exact: true }).fill('Dubbel');
    await admin.getByLabel('E-mailadres').fill('FATIMA@wonenzuid.example');
    await admin.getByLabel('Tijdelijk wachtwoord').fill('Tijdelijk-wachtwoord-2');
    await admin.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await expect.poll(() => admin.getByRole('alert').first().textContent()).toContain('bestaat al een gebruiker');

    const user = await newPage(browser);
    await logIn(user, 'fatima@wonenzuid.example', 'Tijdelijk-wachtwoord-1');
    await expect.poll(() => heading(user)).toBe('Wachtwoord wijzigen');
    await expectAccessible(user);
    await user.getByLabel('Huidig wachtwoord').fill('Tijdelijk-wachtwoord-1');
    await user.getByLabel('Nieuw wachtwoord').fill('mijn eigen lange zin');
    await user.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn eigen lange zin');
    await user.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => heading(user)).toBe('Welkom, Fatima El Amrani');
    await expect.poll(() => user.getByRole('heading', { name: 'Mijn afdeling: Klantcontact' }).count()).toBe(1);
    await expectAccessible(user);
    await user.context().close();
    await admin.context().close();
  });

  it('adds an office, renames it, and every change is in the verified audit log', async () => {
    const admin = await newPage(browser);
    await logIn(admin, 'beheer@wonenzuid.example');
    await expect.poll(() => heading(admin)).toBe('Welkom, Tom Jansen');
    await admin.goto('/admin/organisation');
    await expect.poll(() => heading(admin)).toBe('Organisatie');
    await expectAccessible(admin);

    const offices = admin.getByRole('region', { name: 'Kantoren' });
    await offices.getByLabel('Naam van het kantoor').fill('Kantoor Tilburg');
    await offices.getByLabel('Adres').fill('Spoorlaan 1, Tilburg');
    await offices.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => offices.getByText('Kantoor Tilburg').count()).toBe(1);
    await offices.getByRole('button', { name: 'Kantoor Tilburg wijzigen' }).click();
    await offices.getByLabel('Naam van het kantoor').first().fill('Kantoor Tilburg-Noord');
    await offices.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => offices.getByText('Kantoor Tilburg-Noord').count()).toBe(1);

    await followMenu(admin, 'Auditlog');
    await expect.poll(() => heading(admin)).toBe('Auditlog');
    await expect.poll(() => admin.getByRole('cell', { name: 'office.updated' }).count()).toBeGreaterThan(0);
    await admin.getByRole('button', { name: 'Controleer de keten' }).click();
    await expect.poll(() => admin.getByRole('status').last().textContent()).toContain('In orde');
    await expectAccessible(admin);

    await admin.goto('/account');
    await expect.poll(() => heading(admin)).toBe('Mijn account');
    await expectAccessible(admin);
    await admin.context().close();
  });
});

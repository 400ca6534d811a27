import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, expectAccessible, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

interface ApiSession {
  cookie: string;
  csrf: string;
}

/** Signs in over the API, as the colleagues who answer outside the browser do. */
async function apiLogin(email: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseURL()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

async function apiCall<T>(session: ApiSession, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseURL()}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

interface Item {
  key: string;
  kind: 'scale' | 'open';
  theme?: string;
}

/** Every colleague answers: grip and safety a bit better in the re-measurement. */
async function answerAll(people: ApiSession[], title: string, after: boolean) {
  for (const [index, person] of people.entries()) {
    const invitations = await apiCall<{ invitations: { campaignId: string; title: string }[] }>(
      person,
      'GET',
      '/api/v1/surveys/invitations',
    );
    const invitation = invitations.invitations.find((candidate) => candidate.title === title);
    expect(invitation).toBeDefined();
    const questionnaire = await apiCall<{ items: Item[] }>(
      person,
      'GET',
      `/api/v1/surveys/invitations/${invitation?.campaignId}`,
    );
    const answers: Record<string, number> = {};
    for (const item of questionnaire.items) {
      if (item.kind !== 'scale') continue;
      const better = item.theme === 'grip' || item.theme === 'safety';
      answers[item.key] = better ? (after ? 4 : 2) + (index % 2) : 3;
    }
    await apiCall(person, 'POST', `/api/v1/surveys/invitations/${invitation?.campaignId}/response`, { answers });
  }
}

describe('baseline and re-measurement', () => {
  it('the safety officer starts a baseline, colleagues answer, it closes, the re-measurement is scheduled and compared', {
    timeout: 300_000,
  }, async () => {
    // Six new colleagues in a team of their own, set up by the administrator over the API.
    const admin = await apiLogin('beheer@wonenzuid.example', 'Regie-demo-2026');
    const org = await apiCall<{
      departments: { id: string; name: string }[];
      offices: { id: string; name: string }[];
    }>(admin, 'GET', '/api/v1/org');
    const department = org.departments.find((candidate) => candidate.name === 'Klantcontact');
    const office = org.offices.find((candidate) => candidate.name === 'Kantoor Eindhoven');
    const team = await apiCall<{ id: string }>(admin, 'POST', '/api/v1/org/teams', {
      name: 'Balie Noord',
      departmentId: department?.id,
      officeId: office?.id,
    });
    const people: ApiSession[] = [];
    for (let index = 0; index < 6; index++) {
      const email = `balie.noord.${index}@wonenzuid.example`;
      await apiCall(admin, 'POST', '/api/v1/users', {
        email,
        name: `Collega Noord ${index + 1}`,
        roles: ['employee'],
        officeId: office?.id,
        departmentId: department?.id,
        teamId: team.id,
        temporaryPassword: 'Tijdelijk-wachtwoord-1',
      });
      const person = await apiLogin(email, 'Tijdelijk-wachtwoord-1');
      await apiCall(person, 'POST', '/api/v1/auth/password', {
        currentPassword: 'Tijdelijk-wachtwoord-1',
        newPassword: 'Eigen-wachtwoord-2026!',
      });
      people.push(person);
    }

    // The safety officer creates the baseline for the new team and opens it.
    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await expect.poll(() => heading(page)).toBe('Welkom, Joyce Herzig');
    await page.getByRole('link', { name: 'Metingen' }).click();
    await expect.poll(() => heading(page)).toBe('Nulmeting en nameting');
    await expectAccessible(page);
    await page.getByLabel('Naam van de meting').fill('Nulmeting Balie Noord');
    await page.getByRole('group', { name: 'Teams' }).getByText('Balie Noord').click();
    await page.getByRole('button', { name: 'Meting aanmaken' }).click();
    await expect.poll(() => heading(page)).toBe('Nulmeting Balie Noord');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Open de meting en nodig iedereen uit' }).click();
    await expect.poll(() => page.getByText(/De meting is open/).count()).toBe(1);
    await expect.poll(() => page.getByText('0 van 6 (0%)').count()).toBeGreaterThan(0);

    // One colleague answers on a phone from the home screen; the other five over the API.
    const phone = await newPage(browser, { width: 360 });
    await logIn(phone, 'balie.noord.0@wonenzuid.example', 'Eigen-wachtwoord-2026!');
    await phone.getByRole('link', { name: 'Vul in: Nulmeting Balie Noord' }).click();
    await expect.poll(() => heading(phone)).toBe('Nulmeting Balie Noord');
    await expectAccessible(phone);
    const groups = phone.locator('fieldset.regie-survey-question');
    const count = await groups.count();
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count; index++) await groups.nth(index).getByRole('radio').nth(1).check();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await expect.poll(() => phone.getByText('Bedankt! Uw antwoorden zijn anoniem opgeslagen.').count()).toBe(1);
    await expectAccessible(phone);
    await answerAll(people.slice(1), 'Nulmeting Balie Noord', false);

    // Closing the baseline schedules the re-measurement three months on.
    await page.reload();
    await expect.poll(() => page.getByText('6 van 6 (100%)').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sluit de meting' }).click();
    await expect.poll(() => page.getByText(/De nameting is gepland op/).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Nameting: Nulmeting Balie Noord' }).click();
    await expect.poll(() => heading(page)).toBe('Nameting: Nulmeting Balie Noord');
    await expect.poll(() => page.getByRole('heading', { name: 'Planning van de nameting' }).count()).toBe(1);
    await expectAccessible(page);

    // For the demonstration the safety officer opens it now; everyone answers again and it closes.
    await page.getByRole('button', { name: 'Open de meting en nodig iedereen uit' }).click();
    await expect.poll(() => page.getByText(/De meting is open/).count()).toBe(1);
    await answerAll(people, 'Nameting: Nulmeting Balie Noord', true);
    await page.reload();
    await page.getByRole('button', { name: 'Sluit de meting' }).click();
    await expect.poll(() => page.getByText('De meting is gesloten.').count()).toBe(1);
    await page.getByRole('link', { name: 'Bekijk de resultaten' }).click();
    await expect.poll(() => heading(page)).toBe('Resultaten: Nameting: Nulmeting Balie Noord');

    // The pre/post chart (an image with a description), its plain sentence and its table.
    const chart = page.getByRole('img', { name: 'Resultaten hele organisatie' }).first();
    await expect.poll(() => chart.count()).toBe(1);
    // Grip: baseline (2 on the phone, then 2 + 3 + 2 + 3 + 2) / 6 = 2.33, re-measurement (4 + 5 + 4 + 5 + 4 + 5) / 6
    // = 4.5: on average 2.2 points higher.
    await expect
      .poll(async () => (await page.locator('.regie-sentences li').allTextContents()).join('\n'))
      .toContain('Grip op agressie: Gemiddeld 2,2 punt hoger dan bij de nulmeting; we zijn 95 % zeker');
    const table = page.getByRole('table', { name: 'Scores per thema, hele organisatie' });
    await expect.poll(() => table.getByRole('row').count()).toBe(8);
    await expect.poll(() => table.getByRole('row', { name: /Grip op agressie/ }).textContent()).toContain('+2,2');
    await expectAccessible(page);
  });
});

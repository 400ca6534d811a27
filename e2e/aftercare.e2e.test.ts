import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** Pages load lazily and the test machine is shared: every wait gets 20 s before it counts as a failure. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The signed-in page's user's API: a report sent and its first check-in answered (the forms have their journey). */
async function api(page: Page) {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const headers = { 'x-csrf-token': session.csrfToken };
  return {
    async sendReport(): Promise<string> {
      const created = await page.request.post('/api/v1/incidents', {
        headers,
        data: {
          occurredAt: new Date(Date.now() - 30 * 60_000).toISOString(),
          channel: 'desk',
          forms: ['threat'],
          facts: 'De klant boog over de balie en zei dat hij mij buiten zou opwachten.',
          wantsAftercare: true,
        },
      });
      expect(created.status()).toBe(201);
      const id = (await created.json()).id as string;
      expect((await page.request.post(`/api/v1/incidents/${id}/submit`, { headers })).status()).toBe(200);
      return id;
    },
    async answerFirstCheckin(incidentId: string, answer: object): Promise<void> {
      const { checkins } = await (await page.request.get('/api/v1/aftercare/mine')).json();
      const first = checkins.find(
        (checkin: { incidentId: string; sequence: number | null }) =>
          checkin.incidentId === incidentId && checkin.sequence === 1,
      );
      const answered = await page.request.post(`/api/v1/aftercare/checkins/${first.id}/answer`, {
        headers,
        data: answer,
      });
      expect(answered.status(), await answered.text()).toBe(200);
    },
  };
}

describe('aftercare after a report', () => {
  it('the employee asks for a conversation on a phone; the manager sees her answer and records the conversation', {
    timeout: 180_000,
  }, async () => {
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await poll(() => heading(employee)).toBe('Welkom, Sanne de Vries');
    // The employee answering the check-in on her phone is part of the journey in after-incident.e2e.test.ts.
    const own = await api(employee);
    const id = await own.sendReport();
    await own.answerFirstCheckin(id, {
      needs: 'Morgen niet alleen aan de balie. <i>graag</i>',
      wellbeing: 2,
      referrals: ['company_doctor'],
    });

    // On the report's own page the employee can ask for a conversation at any time.
    await employee.goto(`/incidents/${id}`);
    await poll(() => heading(employee)).toMatch(/^Melding van Sanne de Vries/);
    await employee.getByRole('button', { name: 'Ik wil graag een gesprek' }).click();
    await employee.getByLabel('Waarover wil je praten? (mag leeg blijven)').fill('Ik blijf eraan denken.');
    await employee.getByRole('button', { name: 'Gesprek aanvragen' }).click();
    await poll(() => employee.getByText(/Je vraag is verstuurd/).count()).toBe(1);
    expect(await overflow(employee)).toBeLessThanOrEqual(0);
    await expectAccessible(employee);

    // The manager: the queue on the home screen, the answer on the case, the conversation recorded.
    const manager = await newPage(browser);
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await poll(() => heading(manager)).toBe('Welkom, Joost Bakker');
    const queue = manager.getByRole('region', { name: 'Nazorggesprekken', exact: true });
    await poll(() => queue.getByText('Sanne de Vries — Gesprek op eigen verzoek').count()).toBe(1);
    await poll(() => queue.getByText(/^Te laat/).count()).toBeGreaterThan(0);
    await expectAccessible(manager);
    await manager.goto(`/incidents/${id}`);
    const panel = manager.getByRole('region', { name: 'Nazorg', exact: true });
    await poll(() => panel.getByText('2 – Het gaat niet goed').count()).toBe(1);
    expect(await panel.getByText('Morgen niet alleen aan de balie. <i>graag</i>').count()).toBe(1);
    expect(await panel.getByText('Bedrijfsarts').count()).toBe(1);
    expect(await panel.getByText('Ik blijf eraan denken.').count()).toBe(1);
    await expectAccessible(manager);

    await panel.getByRole('button', { name: 'Gesprek vastleggen met Sanne de Vries: Gesprek 1' }).click();
    await panel.getByLabel('Aantekeningen').fill('Gesproken in de spreekkamer.');
    await panel.getByLabel('Wat is er afgesproken?').fill('Morgen werkt Sanne met Mehmet samen aan de balie.');
    await panel.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await poll(() => panel.getByText(/^Gesprek gevoerd op/).count()).toBe(1);
    await expectAccessible(manager);

    // The employee sees what was agreed.
    await employee.goto('/aftercare');
    await poll(() => employee.getByText('Morgen werkt Sanne met Mehmet samen aan de balie.').count()).toBe(1);
  });

  it('the safety officer works through the proposals from evaluations', { timeout: 120_000 }, async () => {
    const safety = await newPage(browser);
    await logIn(safety, 'preventie@wonenzuid.example');
    await poll(() => heading(safety)).toBe('Welkom, Joyce Herzig');
    await followMenu(safety, 'Nazorg');
    await poll(() => heading(safety)).toBe('Nazorg');
    await safety.getByRole('link', { name: 'Voorstellen voor het protocol' }).click();
    await poll(() => heading(safety)).toBe('Voorstellen voor het protocol');
    await poll(() => safety.getByText(/direct 333 bellen/).count()).toBe(1);
    await expectAccessible(safety);
    const item = safety.locator('li', { hasText: 'direct 333 bellen' });
    await item.getByRole('button', { name: 'In behandeling nemen' }).click();
    await poll(() => item.getByText('Wordt bekeken').count()).toBe(1);
    await item.getByRole('button', { name: 'Overgenomen' }).click();
    const decided = safety.getByRole('region', { name: 'Behandeld' });
    await poll(() => decided.getByText(/Overgenomen in protocolversie \d+/).count()).toBe(1);
    await poll(() => decided.getByRole('link', { name: 'Bekijk het protocol' }).count()).toBe(1);
    await expectAccessible(safety);
  });
});

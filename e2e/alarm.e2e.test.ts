import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Whether the server counts this browser's user as reachable (its alarm connection sent a heartbeat). */
const reachable = (page: Page) =>
  page.evaluate(async () => ((await (await fetch('/api/v1/duty/me')).json()) as { reachable: boolean }).reachable);

/** Another journey (the handling's alarm button) may have left an alarm of this user open: withdraw it first. */
async function withdrawOpenAlarms(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { csrfToken } = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
    const { alarms } = (await (await fetch('/api/v1/alarms')).json()) as {
      alarms: { id: string; you: { role: string } }[];
    };
    for (const alarm of alarms.filter((candidate) => candidate.you.role === 'presser')) {
      await fetch(`/api/v1/alarms/${alarm.id}/cancel`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ reason: 'Vorige oefening afgesloten', falseAlarm: false }),
      });
    }
  });
}

describe('silent alarm', () => {
  it('an employee presses on a phone; the responder on duty acknowledges; the employee sees help coming', {
    timeout: 180_000,
  }, async () => {
    // Mehmet, the intervention team's responder on duty, has Regie open.
    const responder = await newPage(browser);
    await logIn(responder, 'interventie@wonenzuid.example');
    await expect.poll(() => heading(responder)).toBe('Welkom, Mehmet Yilmaz');
    await expect.poll(() => reachable(responder), { timeout: 10_000 }).toBe(true);

    // Sanne, at the desk, uses the alarm page on her phone.
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(employee)).toBe('Welkom, Sanne de Vries');
    await withdrawOpenAlarms(employee);
    await employee.reload();
    await employee.getByRole('link', { name: 'Alarm', exact: true }).click();
    await expect.poll(() => heading(employee)).toBe('Alarm');
    await expect.poll(() => employee.getByText('Uw plek: Kantoor Eindhoven · Balie 2').count()).toBe(1);
    const manifest = await employee.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { start_url: string; icons: unknown[] }) : null;
    });
    expect(manifest).toMatchObject({ start_url: '/alarm' });
    expect(manifest?.icons.length).toBeGreaterThanOrEqual(2);
    await expectAccessible(employee);

    const pressedAt = Date.now();
    await employee.getByRole('button', { name: 'Stil alarm geven' }).click();
    // Discreet by default: the presser stays on the page, sees one plain line, no alert and no alarm screen.
    await expect.poll(() => employee.getByText('Verstuurd.', { exact: false }).count()).toBeGreaterThan(0);
    expect(employee.url()).toMatch(/\/alarm$/);
    expect(await employee.getByRole('alert').count()).toBe(0);
    expect(await employee.getByRole('alertdialog').count()).toBe(0);
    await employee.getByRole('link', { name: 'Bekijk wie er komt' }).click();
    await expect.poll(() => employee.url()).toMatch(/\/alarm\/[0-9a-f-]{36}$/);

    // Mehmet's screen shows the alarm wherever he is, with who and where.
    const dialog = responder.getByRole('alertdialog');
    await expect.poll(() => dialog.count(), { timeout: 5_000 }).toBe(1);
    const shownAfter = Date.now() - pressedAt;
    expect(shownAfter).toBeLessThan(5_000);
    const text = await dialog.textContent();
    expect(text).toContain('Sanne de Vries');
    expect(text).toContain('Kantoor Eindhoven · Balie 2');
    await expectAccessible(responder);
    await dialog.getByRole('button', { name: 'Ik kom' }).click();

    await expect.poll(() => employee.getByText('1 collega onderweg').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await expectAccessible(employee);

    await responder.getByRole('button', { name: 'Aangekomen' }).click();
    await expect.poll(() => employee.getByText('1 collega aangekomen').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(() => dialog.count()).toBe(0);

    // Sanne adds what happened, then closes the alarm; the timeline has every step.
    await employee.getByLabel('Soort').selectOption({ label: 'Bedreiging' });
    await employee.getByRole('button', { name: 'Doorgeven' }).click();
    await employee.getByRole('button', { name: 'Afgehandeld' }).click();
    await expect.poll(() => employee.locator('.regie-alarm-state').textContent()).toBe('Afgehandeld');
    const timelineRegion = employee.getByRole('region', { name: 'Tijdlijn' });
    await expect.poll(() => timelineRegion.textContent()).toContain('Afgehandeld');
    const timeline = await timelineRegion.textContent();
    for (const step of [
      'Alarm gegeven',
      'Alarm vastgelegd',
      'Ontvangen op toestel',
      'Ik kom',
      'Aangekomen',
      'Afgehandeld',
    ])
      expect(timeline).toContain(step);
    await expectAccessible(employee);

    // Mehmet goes off: he makes himself unavailable, and the office's minimum is no longer met.
    await responder.getByRole('link', { name: 'Alarm', exact: true }).click();
    await responder.getByRole('button', { name: 'Meld mij onbeschikbaar' }).click();
    await expect.poll(() => responder.getByText('U heeft uzelf onbeschikbaar gemeld.').count()).toBe(1);
    await expectAccessible(responder);
  });

  it('the manager sees who is on duty now and the teams of the office', { timeout: 120_000 }, async () => {
    const manager = await newPage(browser);
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await expect.poll(() => heading(manager)).toBe('Welkom, Joost Bakker');
    await manager.getByRole('link', { name: 'Interventieteams' }).click();
    await expect.poll(() => heading(manager)).toBe('Interventieteams en dienst');
    await expect.poll(() => manager.getByRole('region', { name: /^Interventieteam Eindhoven/ }).count()).toBe(1);
    expect(await manager.getByRole('region', { name: /^Interventieteam Eindhoven/ }).textContent()).toContain(
      'Mehmet Yilmaz',
    );
    await expect
      .poll(() =>
        manager.getByText(/Kantoor Eindhoven: \d bereikbare hulpverlener\(s\) in dienst, minimaal 2 nodig/).count(),
      )
      .toBeGreaterThan(0);
    await expectAccessible(manager);
  });
});

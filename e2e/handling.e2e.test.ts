import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const currentStep = (page: Page) => page.getByRole('region', { name: /^Nu: stap/ }).textContent();

describe('Agressie nu: guided handling', () => {
  it('an employee handles a telephone aggression on a phone and hands it to the manager, who follows up', {
    timeout: 180_000,
  }, async () => {
    const employee = await newPage(browser, { width: 360 });
    await logIn(employee, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(employee)).toBe('Welkom, Sanne de Vries');

    // Tap 1 of at most 2: the kind of aggression starts the handling.
    await employee.getByRole('button', { name: /Aan de telefoon/ }).click();
    await expect.poll(() => heading(employee)).toBe('Telefonische agressie');
    await expect.poll(() => currentStep(employee)).toContain('stap 1 van 10');
    await expectAccessible(employee);

    await employee.getByRole('button', { name: /Persoonlijke agressie/ }).click();
    await expect
      .poll(() => employee.getByRole('button', { name: /Persoonlijke agressie/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => employee.getByText('Als u zo doorgaat, beëindig ik het gesprek.').count()).toBe(1);

    await employee.getByRole('button', { name: 'De klant gaat zo door' }).click(); // step 1: warned
    await expect.poll(() => currentStep(employee)).toContain('stap 2 van 10');
    await employee.getByRole('button', { name: 'Gedaan' }).click(); // step 2: call ended
    await expect.poll(() => currentStep(employee)).toContain('De klant belt opnieuw');
    await employee.getByRole('button', { name: 'De klant is niet gekalmeerd en wordt lastig' }).click(); // step 3
    await employee.getByRole('button', { name: 'De klant belt opnieuw' }).click(); // step 5: warned again, calls again
    await expect.poll(() => currentStep(employee)).toContain('stap 6 van 10');
    await employee.getByRole('button', { name: 'Alarm', exact: true }).click();
    await expect.poll(() => employee.getByText('Het stille alarm is gegeven.').count()).toBe(1);
    await employee.getByRole('button', { name: 'Gedaan' }).click(); // step 6: transferred

    await employee.getByLabel('Overdragen aan').selectOption({ label: 'Joost Bakker (leidinggevende)' });
    await employee.getByRole('button', { name: 'Overdragen', exact: true }).click();
    await expect.poll(() => employee.getByText('Deze handeling is overgedragen aan Joost Bakker.').count()).toBe(1);
    expect(await employee.getByRole('button', { name: 'Gedaan' }).count()).toBe(0);
    const overflow = await employee.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(employee);
    const url = employee.url();

    const manager = await newPage(browser);
    await logIn(manager, 'leidinggevende@wonenzuid.example');
    await expect.poll(() => heading(manager)).toBe('Welkom, Joost Bakker');
    // Sanne's alarm went up the chain to the managers (no responder had Regie open): Joost sees it first.
    const alarm = manager.getByRole('alertdialog');
    await expect.poll(() => alarm.textContent(), { timeout: 10_000 }).toContain('Sanne de Vries');
    await alarm.getByRole('button', { name: 'Verbergen' }).click();
    await manager.getByRole('link', { name: 'Telefonische agressie' }).first().click();
    await expect.poll(() => manager.url()).toBe(url);
    await expect.poll(() => manager.getByText('overgedragen aan Joost Bakker').count()).toBe(1);
    await expect.poll(() => manager.getByText('stap 6 gedaan').count()).toBe(1);
    await manager
      .getByLabel('Korte samenvatting (feiten)')
      .fill('Klant belde drie keer en schreeuwde „ik weet waar je woont”.');
    await manager.getByRole('button', { name: 'Handeling afronden' }).click();
    await expect.poll(() => manager.getByText(/Deze handeling is afgerond op/).count()).toBe(1);
    await expectAccessible(manager);

    await followMenu(manager, 'Start');
    const followUp = manager.getByRole('region', { name: /^Opvolging/ });
    await expect.poll(() => followUp.getByText('Incident registreren').count()).toBeGreaterThan(0);
    await expect.poll(() => followUp.getByText('Ordegesprek plannen').count()).toBeGreaterThan(0);
    await expect.poll(() => followUp.getByText('voor Sanne de Vries').count()).toBeGreaterThanOrEqual(4);
    await expectAccessible(manager);
    // Other journeys may have left tasks for Sanne too: marking one done leaves one fewer.
    const informTasks = followUp.getByRole('button', { name: 'Directeur informeren voor Sanne de Vries: gedaan' });
    const before = await informTasks.count();
    await informTasks.first().click();
    await expect.poll(() => informTasks.count()).toBe(before - 1);
    // The manager closes Sanne's alarm too, so that no other journey finds it still open.
    const resolved = await manager.evaluate(async () => {
      const { csrfToken } = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const { alarms } = (await (await fetch('/api/v1/alarms')).json()) as { alarms: { id: string }[] };
      const states = [];
      for (const alarm of alarms) {
        const response = await fetch(`/api/v1/alarms/${alarm.id}/resolve`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify({ note: 'Overgenomen door de leidinggevende' }),
        });
        states.push(((await response.json()) as { state: string }).state);
      }
      return states;
    });
    expect(resolved).toContain('resolved');
    await employee.context().close();
    await manager.context().close();
  });
});

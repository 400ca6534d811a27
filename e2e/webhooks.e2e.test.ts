import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../server/modules/webhooks/signature';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
let receiver: Server;
let url: string;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/regie-events`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('webhooks', () => {
  it('the admin connects a security desk, sees the secret once, and a signed test message arrives', async () => {
    const page = await newPage(browser);
    await logIn(page, 'beheer@wonenzuid.example');
    await expect.poll(() => heading(page)).toContain('Welkom');
    await followMenu(page, 'Koppelingen');
    await expect.poll(() => heading(page)).toBe('Koppelingen (webhooks)');
    await expectAccessible(page);

    await page.getByLabel('Naam').fill('Beveiligingsdienst');
    await page.getByLabel('Adres (URL)').fill(url);
    await page.getByRole('checkbox', { name: 'Alarm gegeven' }).check({ force: true });
    await page.getByRole('button', { name: 'Koppeling maken' }).click();
    const secret = page.locator('.regie-secret');
    await expect.poll(() => secret.count()).toBe(1);
    const shown = (await secret.textContent()) ?? '';
    expect(shown).toMatch(/^whsec_/);
    await expect.poll(() => page.getByRole('link', { name: 'Beveiligingsdienst' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Open de koppeling om haar te testen' }).click();
    await expect.poll(() => heading(page)).toBe('Beveiligingsdienst');
    await page.getByRole('button', { name: 'Testbericht sturen' }).click();
    await expect.poll(() => page.getByText('Het testbericht is afgeleverd (HTTP 200).').count()).toBe(1);
    await expect.poll(() => page.getByRole('cell', { name: 'Testbericht' }).count()).toBe(1);
    await expectAccessible(page);

    const [message] = received;
    expect(message).toBeDefined();
    const { headers, body } = message as (typeof received)[number];
    expect(JSON.parse(body).type).toBe('webhook.test');
    expect(
      verifySignature(shown, String(headers['x-regie-timestamp']), body, String(headers['x-regie-signature'])),
    ).toBe(true);
    await page.context().close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, followMenu, launchBrowser, logIn, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('scenario trainer', () => {
  it('an employee practises a telephone scenario on a phone: a poor answer, then a good own sentence, with feedback', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser, { width: 360 });
    await logIn(page, 'medewerker@wonenzuid.example');
    await expect.poll(() => heading(page)).toBe('Welkom, Sanne de Vries');
    await page.getByRole('link', { name: 'Naar oefenen' }).click();
    await expect.poll(() => heading(page)).toBe('Oefenen');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Oefenen: Telefoon: boze huurder over een aanmaning' }).click();
    await expect.poll(() => heading(page)).toBe('Telefoon: boze huurder over een aanmaning');
    await expect.poll(() => page.getByText('Wat is dit voor een zooitje?').count()).toBe(1);
    await expectAccessible(page);

    // A poor answer: "altijd" and no acknowledgement. The client escalates and the feedback says why.
    await page.getByRole('button', { name: /U betaalt altijd te laat/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Antwoord 1: kan beter/ }).count()).toBe(1);
    await expect.poll(() => page.getByText(/Vermijd „altijd”/).count()).toBe(1);
    await expect.poll(() => page.getByText('Weet je wat jij bent? Een onbenul.', { exact: false }).count()).toBe(1);

    // A good answer in the trainee's own words, with the protocol decision: warn.
    await page.getByLabel('Uw zin').fill('U scheldt nu. Als u zo doorgaat, beëindig ik het gesprek. U kiest.');
    await page.getByLabel('U waarschuwt').check();
    await page.getByRole('button', { name: 'Antwoord geven' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Antwoord 2: goed/ }).count()).toBe(1);
    await expect.poll(() => page.getByText('Juiste beslissing: waarschuwen.').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Afloop' }).count()).toBe(1);
    await expect.poll(() => page.getByText('De klant kalmeert.').count()).toBe(1);
    await expect.poll(() => page.getByText(/1 van 2 antwoorden waren goed/).count()).toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: "Terug naar alle scenario's" }).click();

    // E-learning: the four phases, with the quiz explained after handing it in.
    await page.getByRole('link', { name: 'De vier fasen van escalatie' }).click();
    await expect.poll(() => heading(page)).toBe('De vier fasen van escalatie');
    await page
      .getByRole('group', { name: /jullie beleid/ })
      .getByLabel('Kritiek op de organisatie')
      .check();
    await page
      .getByRole('group', { name: /telefoongesprek beëindigen/ })
      .getByLabel('Persoonlijke agressie')
      .check();
    await page
      .getByRole('group', { name: /fase 4/ })
      .getByLabel('Uw veiligheid')
      .check();
    await page.getByRole('button', { name: 'Toets inleveren' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Geslaagd: 3 van 3 goed.' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: "Terug naar alle scenario's" }).click();
    const telephone = page.getByRole('region', { name: 'Telefoon' });
    await expect.poll(() => telephone.getByText(/1 keer afgerond, beste score/).count()).toBe(1);
    await page.context().close();
  });

  it('the safety officer writes a scenario with the check in Dutch, sets the training plan and plans a session', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(browser);
    await logIn(page, 'preventie@wonenzuid.example');
    await expect.poll(() => heading(page)).toBe('Welkom, Joyce Herzig');
    await page.goto('/training/authoring');
    await expect.poll(() => heading(page)).toBe("Scenario's schrijven");
    await page.getByRole('button', { name: 'Nieuw scenario' }).click();
    await expect.poll(() => heading(page)).toBe('Nieuw scenario');
    await expect.poll(() => page.getByText('Geen punten: dit scenario kan worden gepubliceerd.').count()).toBe(1);
    await expectAccessible(page);

    // Test play of the unsaved draft, scored like a trainee's answer: a poor answer, then again with a good one.
    const testPlay = page.getByRole('region', { name: 'Proefspelen' });
    await testPlay.getByRole('button', { name: 'Proefspelen starten' }).click();
    await expect.poll(() => testPlay.getByText('Ik wacht al weken op antwoord!').count()).toBe(1);
    await testPlay.getByRole('button', { name: /Daar ga ik niet over/ }).click();
    await expect.poll(() => testPlay.getByRole('heading', { name: /Antwoord 1: kan beter/ }).count()).toBe(1);
    await expect.poll(() => testPlay.getByText('Geen erkenning en geen doel.').count()).toBe(1);
    await expect.poll(() => testPlay.getByRole('heading', { name: 'Afloop' }).count()).toBe(1);
    await expect.poll(() => testPlay.getByText('Belachelijk!').count()).toBe(1);
    await expectAccessible(page);
    await testPlay.getByRole('button', { name: 'Opnieuw' }).click();
    await expect.poll(() => testPlay.getByRole('heading', { name: /Antwoord 1/ }).count()).toBe(0);
    await testPlay.getByRole('button', { name: /Ik hoor dat u lang wacht/ }).click();
    await expect.poll(() => testPlay.getByRole('heading', { name: /Antwoord 1: goed/ }).count()).toBe(1);
    await expect.poll(() => testPlay.getByText('De klant voelt zich gehoord.').count()).toBe(1);
    await expectAccessible(page);

    // An answer that leads back to its own moment: a loop that never ends. The check explains it in Dutch.
    await page
      .getByRole('group', { name: 'Antwoord 2', exact: true })
      .getByLabel('Leidt naar moment')
      .selectOption('start');
    await expect
      .poll(() => page.getByText(/Moment start: dit gesprek kan hier rondjes draaien/).count())
      .toBeGreaterThan(0);
    // The draft's issues show instead of the test play.
    await expect.poll(() => testPlay.getByText(/daarna kunt u het scenario proefspelen/).count()).toBe(1);
    await expect.poll(() => testPlay.getByRole('button', { name: 'Opnieuw' }).count()).toBe(0);
    await expect.poll(() => testPlay.getByText(/Moment start: dit gesprek kan hier rondjes draaien/).count()).toBe(1);
    await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
    await expect.poll(() => page.getByText(/Het scenario kan zo niet worden gepubliceerd/).count()).toBe(1);
    await expectAccessible(page);

    // The training plan: which role practises how often.
    await page.goto('/training');
    await page.getByRole('link', { name: 'Trainingsverplichtingen beheren' }).click();
    await expect.poll(() => heading(page)).toBe('Trainingsverplichtingen');
    const first = page.getByRole('group', { name: 'Verplichting 1', exact: true });
    await first.getByLabel('Aantal oefengesprekken in die periode').selectOption('2');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByText('De wijzigingen zijn opgeslagen.').count()).toBe(1);
    await expectAccessible(page);

    // A classroom session with a training actor: plan and invite, then attendance and the trainer's note.
    await page.goto('/training');
    await page.getByRole('link', { name: 'Klassikale trainingen plannen' }).click();
    await expect.poll(() => heading(page)).toBe('Klassikale trainingen');
    const planForm = page.getByRole('region', { name: 'Training plannen' });
    await planForm.getByLabel('Titel').fill('Balietraining met trainingsacteur');
    // Held yesterday: attendance can be recorded once a session has begun.
    const yesterday = new Date(Date.now() - 86_400_000);
    const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
      .format(yesterday)
      .split('-');
    await planForm.getByLabel('Datum').fill(`${year}-${month}-${day}`);
    await planForm.getByLabel('Tijd').fill('09:30');
    await planForm.getByLabel('Plaats').fill('Kantoor Eindhoven, zaal 2');
    await planForm.getByLabel('Trainer of trainingsacteur').fill('Kees (trainingsacteur)');
    await planForm.getByLabel('Telt mee voor').selectOption({
      label: 'Interventieteam: teamtraining (twee oefengesprekken of een training) en een oefenalarm per half jaar',
    });
    await planForm.getByText('Sanne de Vries (Klantcontact)').click();
    await planForm.getByRole('button', { name: 'Training plannen' }).click();
    const when = new RegExp(`\\b${Number(day)} \\S+ ${year}, 09:30, Kantoor Eindhoven, zaal 2`);
    await expect.poll(() => page.getByText(when).count()).toBe(1);
    const planned = page.getByRole('article', { name: 'Balietraining met trainingsacteur' });
    await expect.poll(() => planned.getByText(/^Telt mee voor: Interventieteam: teamtraining/).count()).toBe(1);
    await planned.getByLabel('Sanne de Vries', { exact: true }).selectOption('attended');
    await planned.getByLabel('Notitie van de trainer').fill('Grens eerder inzetten; keuze bieden ging goed.');
    await planned.getByRole('button', { name: /Aanwezigheid en notitie opslaan/ }).click();
    await expect.poll(() => page.getByText('De wijzigingen zijn opgeslagen.').count()).toBe(1);
    await expectAccessible(page);
    await page.context().close();
  });

  it("a manager sees the team's overdue refreshers", { timeout: 120_000 }, async () => {
    const page = await newPage(browser);
    await logIn(page, 'leidinggevende@wonenzuid.example');
    await expect.poll(() => heading(page)).toBe('Welkom, Joost Bakker');
    await followMenu(page, 'Oefenen');
    await expect.poll(() => heading(page)).toBe('Oefenen');
    const team = page.getByRole('region', { name: 'Opfrissers van uw team' });
    await expect.poll(() => team.getByText('1 verplichting is te laat.').count()).toBe(1);
    const firstRow = team.getByRole('row').nth(1);
    await expect
      .poll(() => firstRow.textContent())
      .toMatch(/Sanne de Vries.*Jaarlijkse opfrisser.*Te laat\. Verviel op/);
    await expect.poll(() => team.getByText('Mehmet Yilmaz').count()).toBe(2);
    // The intervention team's requirement counts alarm drills: Mehmet answered the demo drill.
    const drills = team.getByRole('row').filter({ hasText: 'Mehmet Yilmaz' }).filter({ hasText: 'Interventieteam' });
    await expect.poll(() => drills.textContent()).toContain('Oefenalarmen: 1 van 1 in de afgelopen 6 maanden.');
    await expectAccessible(page);
    await page.context().close();
  });
});

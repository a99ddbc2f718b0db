import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { keepArtifactsOnFailure } from '../helpers/artifacts.js';
import { axeViolations, isolatedPage, launchChromium, overflowsX, watchCsp } from '../helpers/browser.js';
import { freePort, REPO_ROOT, startSek, type SekProcess } from '../helpers/sek-process.js';
import { loginLinkIn, startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js';

/**
 * The management side end to end, as the issue describes it: the first beheerder made by the CLI,
 * a coordinator invited by a real mail (SMTP on loopback), an edit residents find, a 403 outside
 * the coordinator's gemeenten, a CSV import with two bad rows, and a version put back.
 */
let inbox: SmtpInbox;
let sek: SekProcess;
let browser: Browser;
let port: number;
const OFFER = 'taalcafe-nieuw-lekkerland';

beforeAll(async () => {
  inbox = await startSmtpInbox();
  port = await freePort();
  sek = await startSek({ PORT: String(port), SMTP_URL: inbox.url });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sek?.stop();
  await inbox?.close();
});

function cli(args: string[]) {
  return spawnSync(process.execPath, ['service/dist/cli.js', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', SEK_DATA_DIR: sek.dataDir, PORT: String(port) },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** A fresh browser profile (its own cookies) that logs in with a link, the way a person does. */
async function logInWith(link: string, name?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  if (name) keepArtifactsOnFailure(page, name);
  page.on('dialog', (dialog) => void dialog.accept());
  watchCsp(page, cspViolations);
  await page.goto(link);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aanbod' }).waitFor();
  return { context, page };
}

/** No part of the page is wider than the window (nothing to scroll sideways at 320 px). */

let coordinatorLink = '';
/** What the strict CSP of /beheer/ refused, on any screen (must stay empty). */
const cspViolations: string[] = [];

describe('the beheerder', () => {
  it('is made by the CLI, logs in from the printed link, and invites a coordinator for GM0512 and GM1978 by mail', async () => {
    const made = cli(['user', 'add', '--role', 'beheerder', '--email', 'beheer@sek.test', '--name', 'Bea Beheer']);
    expect(made.status, made.stderr).toBe(0);
    const link = /(http:\/\/\S+\/beheer\/inloggen#[\w-]+)/.exec(made.stdout)![1]!;
    expect(link.startsWith(sek.url)).toBe(true);

    const { page, context } = await logInWith(link, 'beheer-beheerder');
    expect(await axeViolations(page)).toEqual([]);
    for (const screen of ['Exporteren', 'Berichten']) {
      await page.getByRole('link', { name: screen }).click();
      await page.getByRole('heading', { level: 1, name: screen }).waitFor();
      expect(await axeViolations(page), screen).toEqual([]);
    }
    // Without a mail server configured the outbox screen would hold the mails; here SMTP is on.
    expect(await page.getByText('E-mail wordt verstuurd').count()).toBe(1);
    await page.getByRole('link', { name: 'Mensen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await page.locator('sek-beheer-mensen input[name=name]').fill('Cor Rivier');
    await page.locator('sek-beheer-mensen input[name=email]').fill('cor@rivierenland.test');
    await page.getByLabel(/Coördinator/).check();
    await page.locator('sek-beheer-mensen input[name=gemeenten]').fill('GM0512, GM1978');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Cor Rivier is uitgenodigd').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const mail = await inbox.next('cor@rivierenland.test');
    expect(mail.raw).toContain('Bea Beheer heeft u toegang gegeven');
    coordinatorLink = loginLinkIn(mail.raw);
    // A used link cannot be replayed.
    await context.close();
  });
});

describe('the coordinator', () => {
  let page: Page;
  let context: BrowserContext;
  beforeAll(async () => {
    ({ page, context } = await logInWith(coordinatorLink));
  });
  afterAll(() => context?.close());

  it('cannot log in twice with the same link', async () => {
    const other = await browser.newPage();
    await other.goto(coordinatorLink);
    await other.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await axeViolations(other)).toEqual([]);
    await other.getByRole('button', { name: 'Inloggen' }).click();
    await other.getByText('Deze link werkt niet meer').waitFor();
    // Back at the form to ask for a new link, which answers the same for any address.
    await other.getByLabel('Uw e-mailadres').fill('cor@rivierenland.test');
    expect(await axeViolations(other)).toEqual([]);
    await other.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await other.getByText('Als dit e-mailadres bij ons bekend is').waitFor();
    expect(loginLinkIn((await inbox.next('cor@rivierenland.test')).raw)).not.toBe(coordinatorLink);
    await other.close();
  });

  it('finds an offer in Molenlanden, edits it, and <sek-zoeker> shows the new text within 5 seconds', async () => {
    keepArtifactsOnFailure(page, 'beheer-edit');
    await page.getByLabel('Zoek op titel, aanbieder of id').fill('Nieuw-Lekkerland');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: /Taalcafé/ }).first().waitFor();
    await page.goto(`${sek.url}/beheer/aanbod/${OFFER}`);
    await page.getByLabel('Titel', { exact: true }).fill('Taalcafé Nieuw-Lekkerland, ook op zaterdag');
    // The preview is drawn by the widget's own detail view and follows the typing.
    await page.locator('sek-beheer-voorbeeld h3', { hasText: 'ook op zaterdag' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    const saved = Date.now();

    const { page: resident } = await isolatedPage(browser, sek.url);
    keepArtifactsOnFailure(resident, 'beheer-resident');
    let shown = false;
    while (!shown && Date.now() - saved < 5000) {
      await resident.goto(`${sek.url}/demo/gemeente.html?sek-waar=Nieuw-Lekkerland&sek-km=5&sek-aanbod=${OFFER}`);
      const title = resident.locator('sek-zoeker .detail h3');
      await title.waitFor();
      shown = (await title.textContent())!.includes('ook op zaterdag');
    }
    expect(shown, 'the new title within 5 s').toBe(true);
    await resident.close();
  });

  it('changes the "Stap voor stap" questions of Geld for Molenlanden; residents there get them, residents of Arnhem keep SEK\'s', async () => {
    keepArtifactsOnFailure(page, 'beheer-steps');
    await page.getByRole('link', { name: 'Stap voor stap' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stap voor stap: de vragen' }).waitFor();
    await page.getByLabel('Gemeente').selectOption('GM1978');
    await page.getByLabel('Onderwerp').selectOption('geld');
    await page.getByText('Dit zijn de standaardvragen van SEK.').waitFor();
    await page.getByRole('button', { name: 'Antwoord toevoegen' }).click();
    const added = page.locator('sek-beheer-stappen fieldset.answer').last();
    await added.getByLabel('Op de knop').fill('Ik wil geld besparen');
    await added.getByLabel('Boven de resultaten').fill('Geld besparen');
    await added.getByLabel('Cursus').check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Dit zijn de eigen vragen van deze gemeente.').waitFor();

    const answersIn = async (region: string) => ((await (await fetch(`${sek.url}/v1/steps?region=${region}`)).json()) as { themes: { theme: string; answers: { label: { nl: string } }[] }[] })
      .themes.find((step) => step.theme === 'geld')!.answers.map((answer) => answer.label.nl);
    expect(await answersIn('GM1978')).toEqual(['Ik heb schulden', 'Ik wil beter rondkomen', 'Hulp bij post en formulieren', 'Ik wil geld besparen']);
    expect(await answersIn('GM0202')).not.toContain('Ik wil geld besparen');

    // A resident of the kaart for Gorinchem and Molenlanden sees it in the steps.
    const { page: resident } = await isolatedPage(browser, sek.url);
    await resident.goto(`${sek.url}/demo/gemeente.html`);
    await resident.locator('sek-zoeker .steps-link').click();
    await resident.locator('sek-zoeker-stappen .choice', { hasText: 'Geld en schulden' }).click();
    await resident.locator('sek-zoeker-stappen .choice', { hasText: 'Ik wil geld besparen' }).waitFor();
    await resident.close();

    // A wrong answer is refused with the service's field message, and nothing is stored.
    await page.getByRole('button', { name: 'Haal antwoord 4 weg' }).click();
    await page.locator('sek-beheer-stappen fieldset.answer').first().getByLabel('Op de knop').fill('');
    await page.locator('sek-beheer-stappen fieldset.answer').first().getByLabel('Op de knop').evaluate((input) => input.removeAttribute('required'));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('sek-beheer-stappen [role=alert]', { hasText: 'De knop (Nederlands)' }).waitFor();
    expect(await answersIn('GM1978')).toContain('Ik wil geld besparen');

    await page.getByRole('button', { name: 'Terug naar de standaardvragen' }).click();
    await page.getByText('Dit zijn de standaardvragen van SEK.').waitFor();
    expect(await answersIn('GM1978')).not.toContain('Ik wil geld besparen');
  });

  it('cannot open an offer in Arnhem: the API answers 403, and the screen says so', async () => {
    const status = await page.evaluate(async () => (await fetch('/v1/admin/offers/taalcafe-arnhem')).status);
    expect(status).toBe(403);
    await page.goto(`${sek.url}/beheer/aanbod/taalcafe-arnhem`);
    await page.getByText('Dit mag u niet').waitFor();
  });

  it('imports a CSV with two bad rows: a trial first, the report names both, then the real run', async () => {
    const exported = await page.evaluate(async () => (await fetch('/v1/admin/export?format=csv&region=GM1978')).text());
    const [header, ...rows] = exported.trim().split('\r\n');
    const columns = header!.split(',');
    const good = rows.slice(0, 3).map((row) => row.replace(/^([^,]+),/, '$1,'));
    const broken = (row: string, column: string, value: string) => {
      const cells = row.split(',');
      cells[columns.indexOf(column)] = value;
      cells[0] = `${cells[0]}-kapot-${column}`;
      return cells.join(',');
    };
    // Rows without quoted cells, so splitting on commas finds the columns.
    const plain = rows.filter((row) => !row.includes('"'));
    const csv = [header, ...good, broken(plain[0]!, 'postcode', '0000'), broken(plain[1]!, 'title', '')].join('\r\n');

    await page.getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
    await page.locator('sek-beheer-import input[type=file]').setInputFiles({ name: 'aanbod.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Proef doen' }).click();
    const report = page.locator('sek-beheer-import .report');
    await report.getByRole('heading', { name: /Uitkomst van de proef/ }).waitFor();
    expect(await report.getByRole('row', { name: /Afgekeurd/ }).textContent()).toContain('2');
    const problems = await report.locator('table.rejections tbody tr').allTextContents();
    // One line per problem; the two broken rows are the last two lines of the file.
    expect(new Set(await report.locator('table.rejections tbody tr td:first-child').allTextContents())).toEqual(new Set(['5', '6']));
    expect(problems.join('\n')).toMatch(/postcode/i);
    expect(problems.join('\n')).toMatch(/titel/i);
    expect(await axeViolations(page)).toEqual([]);
    await report.getByRole('button', { name: 'Nu echt inlezen' }).click();
    await report.getByRole('heading', { name: 'Het bestand is ingelezen' }).waitFor();
  });

  it('imports HSDS from another system: the report says what SEK decided, and what it could not tell waits as "Onderwerp kiezen" until the coordinator chooses', async () => {
    const location = { id: 'b0e7f3a2-0000-4000-8000-000000000001', location_type: 'physical', name: 'Buurthuis De Haven', addresses: [{ id: 'b0e7f3a2-0000-4000-8000-000000000002', address_1: 'Haarwijkstraat 3', city: 'Gorinchem', state_province: 'Zuid-Holland', postal_code: '4201 AB', country: 'NL', address_type: 'physical' }] };
    const organization = {
      id: 'b0e7f3a2-0000-4000-8000-000000000010', name: 'Stichting De Haven', description: 'Buurthuis in Gorinchem',
      services: [
        { id: 'b0e7f3a2-0000-4000-8000-000000000011', name: 'Rekenspreekuur De Haven', description: 'Vragen over rekenen met geld en tijd? Loop binnen op woensdag.', status: 'active', assured_date: '2026-10-01', service_at_locations: [{ id: 'b0e7f3a2-0000-4000-8000-000000000012', location }] },
        { id: 'b0e7f3a2-0000-4000-8000-000000000013', name: 'Koffieochtend De Haven', description: 'Elke dinsdag samen koffie drinken met buren.', status: 'active', service_at_locations: [{ id: 'b0e7f3a2-0000-4000-8000-000000000014', location }] },
      ],
    };
    await page.getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
    await page.locator('sek-beheer-import input[type=file]').setInputFiles({ name: 'de-haven.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(organization)) });
    await page.getByRole('button', { name: 'Proef doen' }).click();
    const report = page.locator('sek-beheer-import .report');
    await report.getByRole('heading', { name: /Uitkomst van de proef/ }).waitFor();
    expect(await report.getByRole('row', { name: /Wacht op een onderwerp/ }).textContent()).toContain('1');
    expect(await report.getByRole('row', { name: /Wordt nieuw/ }).textContent()).toContain('1');
    expect(await report.getByRole('region', { name: 'Zelf bepaald' }).textContent()).toContain('themes: rekenen (woord "rekenspreekuur")');
    expect(await axeViolations(page)).toEqual([]);
    await report.getByRole('button', { name: 'Nu echt inlezen' }).click();
    await report.getByRole('heading', { name: 'Het bestand is ingelezen' }).waitFor();

    await page.getByRole('link', { name: 'Te beoordelen' }).click();
    const waiting = page.getByRole('row', { name: /Koffieochtend De Haven/ });
    expect(await waiting.textContent()).toContain('Onderwerp kiezen');
    await waiting.getByRole('link', { name: 'Koffieochtend De Haven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Koffieochtend De Haven' }).waitFor();
    const choose = page.getByRole('group', { name: 'Onderwerp kiezen' });
    // Nobody to write to: an imported offer cannot be sent back.
    expect(await page.getByRole('button', { name: 'Terugsturen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await overflowsX(page)).toBe(false);
    if (process.env.SEK_SCREENSHOTS) await choose.screenshot({ path: 'artifacts/onderwerp-kiezen-375.png' });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
    await page.getByText('Kies minstens één onderwerp.').waitFor();
    await choose.getByLabel('Mensen ontmoeten').check();
    await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
    await page.getByText('Gepubliceerd met het gekozen onderwerp').waitFor();
    const themesOf = () => fetch(`${sek.url}/v1/offers/b0e7f3a2-0000-4000-8000-000000000013`).then((r) => (r.ok ? r.json() as Promise<{ themes: string[] }> : { themes: [] })).then((o) => o.themes);
    await expect.poll(themesOf, { timeout: 5000, interval: 200 }).toEqual(['meedoen']);
  });

  it('puts an earlier version back from the history', async () => {
    await page.goto(`${sek.url}/beheer/aanbod/${OFFER}`);
    const history = page.locator('sek-beheer-aanbod ol.history');
    await history.getByText('Door Cor Rivier (cor@rivierenland.test)').first().waitFor();
    expect(await history.locator('table.diff').first().textContent()).toContain('ook op zaterdag');
    await page.getByRole('button', { name: 'Versie 1 terugzetten' }).click();
    await page.getByText('Versie 1 is teruggezet').waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Taalcafé');
  });

  it('works with the keyboard alone: Tab reaches every control of the offer form in order, and Enter saves', async () => {
    await page.goto(`${sek.url}/beheer/aanbod/${OFFER}`);
    await page.getByLabel('Titel', { exact: true }).waitFor();
    /** The focused element, through the shadow roots, as "tag.class: label". */
    const focused = () => page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element ? `${element.tagName.toLowerCase()}.${element.className}:${(element.textContent ?? '').trim().slice(0, 20)}` : '';
    });
    const seen: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      seen.push(now);
      if (now.startsWith('button.save:')) break;
    }
    expect(seen.at(-1)).toMatch(/^button\.save:Opslaan/);
    expect(seen.some((item) => item.startsWith('input.') || item.startsWith('input:'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Opgeslagen.').waitFor();
  });

  it('speaks English as its second language, with the service\'s messages in English too, and remembers the choice', async () => {
    await page.goto(`${sek.url}/beheer/aanbod/${OFFER}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'What is it?' }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('x');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('sek-beheer-aanbod .error', { hasText: 'The title' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('link', { name: 'Offers' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('link', { name: 'Aanbod', exact: true }).waitFor();
  });

  it('works at 320 px: nothing to scroll sideways on the list and the offer', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${sek.url}/beheer/`);
    await page.getByRole('link', { name: /Taalcafé/ }).first().waitFor();
    expect(await overflowsX(page)).toBe(false);
    await page.goto(`${sek.url}/beheer/aanbod/${OFFER}`);
    await page.getByLabel('Titel', { exact: true }).waitFor();
    expect(await overflowsX(page)).toBe(false);
    expect(JSON.stringify(await axeViolations(page))).toBe('[]');
    expect(cspViolations).toEqual([]);
  });
});

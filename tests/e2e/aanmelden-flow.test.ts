import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { keepArtifactsOnFailure } from '../helpers/artifacts.js';
import { axeViolations, focused, launchChromium, overflowsX, tabTo, watchCsp } from '../helpers/browser.js';
import { freePort, REPO_ROOT, startSek, type SekProcess } from '../helpers/sek-process.js';
import { linkIn, mailText, startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js';

/**
 * A volunteer enters an offer on the library's demo page at 375 px by keyboard only, closes the tab
 * halfway and finds every field back, confirms by a real mail (SMTP on loopback); the coordinator
 * edits it once in /beheer/ and publishes it; `<sek-zoeker>` finds it; a second change is sent back
 * and the volunteer reads the message.
 */
let inbox: SmtpInbox;
let sek: SekProcess;
let browser: Browser;
let volunteer: BrowserContext;
let port: number;
const EMAIL = 'vrijwilliger@dorpshuis-arkel.test';
const cspViolations: string[] = [];

beforeAll(async () => {
  inbox = await startSmtpInbox();
  port = await freePort();
  sek = await startSek({ PORT: String(port), SMTP_URL: inbox.url });
  browser = await launchChromium();
  volunteer = await browser.newContext({ viewport: { width: 375, height: 812 } });
  // Map tiles are the outside world: answered here with nothing.
  await volunteer.route('https://service.pdok.nl/**', (route) => route.fulfill({ status: 404, body: '' }));
});
afterAll(async () => {
  await browser?.close();
  await sek?.stop();
  await inbox?.close();
});

async function newPage(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  keepArtifactsOnFailure(page, name);
  watchCsp(page, cspViolations);
  return page;
}

const form = (page: Page) => page.locator('sek-aanbod-aanmelden');
const stepHeading = (page: Page, name: string | RegExp) => form(page).getByRole('heading', { level: 2, name });

async function nextStep(page: Page, heading: string): Promise<void> {
  await tabTo(page, /^button#\[submit\] Volgende/);
  await page.keyboard.press('Enter');
  await stepHeading(page, heading).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await overflowsX(page)).toBe(false);
}

let coordinatorLink = '';

describe('a volunteer sends in an offer', () => {
  it('fills the embedded form by keyboard at 375 px, closes the tab halfway, finds every field back, and sends it', async () => {
    let page = await newPage(volunteer, 'aanmelden-volunteer');
    await page.goto(`${sek.url}/demo/aanmelden.html`);
    await stepHeading(page, 'Wie bent u?').waitFor();
    expect(await form(page).getByText('Stap 1 van 7').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, /#f-submitter-organization/);
    await page.keyboard.type('Dorpshuis Arkel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vera de Vrijwilliger');
    await page.keyboard.press('Tab');
    await page.keyboard.type(EMAIL);
    await nextStep(page, 'Wat biedt u aan?');

    await tabTo(page, /#f-title/);
    await page.keyboard.type('Taalcafé Arkel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Samen Nederlands praten bij een kop koffie, zodat u laagdrempelig kunt participeren in het dorp.');
    // Plain-language help while typing: suggestions, never a block.
    await form(page).getByText('"laagdrempelig" is een moeilijk woord').waitFor();
    await nextStep(page, 'Voor wie en waarover?');

    await tabTo(page, /\[checkbox\] Taal/);
    await page.keyboard.press('Space');
    await tabTo(page, /\[checkbox\] U leert Nederlands als nieuwe taal/);
    await page.keyboard.press('Space');
    await tabTo(page, /\[radio\] /);
    for (let i = 0; i < 8 && !/Groep of bijeenkomst/.test(await focused(page)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await nextStep(page, 'Waar is het?');

    await tabTo(page, /#f-locations-0-name/);
    await page.keyboard.type('Dorpshuis Arkel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Dorpsstraat 1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4241 AB');
    await page.keyboard.press('Tab');
    await form(page).getByText('Postcode 4241 ligt in de gemeente Molenlanden').waitFor();
    await form(page).locator('sek-zoeker-kaart').waitFor();
    expect(await form(page).locator('#f-locations-0-address-place').inputValue()).toBe('Arkel');

    // The tab closes; the volunteer comes back later to the same page.
    await page.close();
    page = await newPage(volunteer, 'aanmelden-volunteer-back');
    await page.goto(`${sek.url}/demo/aanmelden.html`);
    await stepHeading(page, 'Waar is het?').waitFor();
    expect(await form(page).locator('#f-locations-0-address-street').inputValue()).toBe('Dorpsstraat 1');
    expect(await form(page).locator('#f-locations-0-address-postcode').inputValue()).toBe('4241 AB');
    await tabTo(page, /#f-locations-0-address-place/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    for (const [heading, field, value] of [['Voor wie en waarover?', '', ''], ['Wat biedt u aan?', '#f-title', 'Taalcafé Arkel'], ['Wie bent u?', '#f-submitter-email', EMAIL]] as const) {
      await tabTo(page, /^button#\[button\] Terug/);
      await page.keyboard.press('Enter');
      await stepHeading(page, heading).waitFor();
      if (field) expect(await form(page).locator(field).inputValue()).toBe(value);
    }
    expect(await form(page).locator('#f-submitter-organization').inputValue()).toBe('Dorpshuis Arkel');
    await nextStep(page, 'Wat biedt u aan?');
    await nextStep(page, 'Voor wie en waarover?');
    await nextStep(page, 'Waar is het?');
    await nextStep(page, 'Wanneer is het?');

    await tabTo(page, /Een tijd toevoegen/);
    await page.keyboard.press('Enter');
    await tabTo(page, /\[checkbox\] Woensdag/);
    await page.keyboard.press('Space');
    await tabTo(page, /#f-schedule-sessions-0-opensAt/);
    await page.keyboard.type('1330');
    await tabTo(page, /#f-schedule-sessions-0-closesAt/);
    await page.keyboard.type('1530');
    await nextStep(page, 'Kosten, meenemen en contact');
    await tabTo(page, /#f-contact-phone/);
    await page.keyboard.type('0183 123 456');
    await nextStep(page, 'Controleren en versturen');

    // The check: the list card and the detail as residents will see them.
    await form(page).getByRole('button', { name: 'Taalcafé Arkel' }).first().waitFor();
    await expect.poll(() => form(page).getByText('Woensdag').count()).toBeGreaterThan(0);
    await tabTo(page, /Aanmelding versturen/);
    await page.keyboard.press('Enter');
    await stepHeading(page, 'Verstuurd').waitFor();
    expect(await form(page).getByText('Klik op de link in die e-mail').isVisible()).toBe(true);
    expect(cspViolations).toEqual([]);
  });

  it('confirms with the link from the mail (opening it alone does nothing)', async () => {
    const mail = await inbox.next(EMAIL);
    const link = linkIn(mail.raw, '/aanmelden/#bevestigen=');
    const page = await newPage(volunteer, 'aanmelden-confirm');
    await page.goto(link);
    expect(page.url()).not.toContain('bevestigen=');
    await page.getByRole('button', { name: 'Aanmelding bevestigen' }).click();
    await page.getByRole('heading', { name: 'Bevestigd' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the coordinator', () => {
  let page: Page;

  it('is told by mail, edits the submission once and publishes it; residents find it', async () => {
    const made = spawnSync(process.execPath, ['service/dist/cli.js', 'user', 'add', '--role', 'coordinator', '--email', 'coordinator@molenlanden.test', '--name', 'Mo Lenlanden', '--gemeenten', 'GM1978'], {
      cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', SEK_DATA_DIR: sek.dataDir, PORT: String(port) }, encoding: 'utf8', timeout: 60_000,
    });
    expect(made.status, made.stderr).toBe(0);
    coordinatorLink = /(http:\/\/\S+\/beheer\/inloggen#[\w-]+)/.exec(made.stdout)![1]!;
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await newPage(context, 'aanmelden-coordinator');
    await page.goto(coordinatorLink);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbod' }).waitFor();

    // Confirmed before the coordinator had an account (so no mail reached them): the queue shows it.
    await page.getByRole('link', { name: 'Te beoordelen' }).click();
    await page.getByRole('link', { name: 'Taalcafé Arkel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Taalcafé Arkel' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Aanpassen' }).click();
    const editor = page.locator('sek-aanbod-aanmelden');
    await editor.getByRole('heading', { name: 'Wie bent u?' }).waitFor();
    await editor.getByRole('button', { name: 'Volgende' }).click();
    await editor.locator('#f-summary').fill('Samen Nederlands praten bij een kop koffie. Iedereen is welkom.');
    for (let i = 0; i < 5; i++) await editor.getByRole('button', { name: 'Volgende' }).click();
    await editor.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    await editor.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByText('De aanmelding is aangepast').waitFor();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Gepubliceerd. Bewoners vinden het').waitFor();

    const published = await inbox.next(EMAIL);
    expect(mailText(published.raw)).toContain('staat nu in de sociale kaart');
    const offerLink = linkIn(published.raw, 'sek-aanbod=');
    const resident = await newPage(volunteer, 'aanmelden-resident');
    const started = Date.now();
    await resident.goto(offerLink);
    await resident.locator('sek-zoeker').getByRole('heading', { name: 'Taalcafé Arkel' }).waitFor({ timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    const id = new URL(offerLink).searchParams.get('sek-aanbod');
    const summaryOf = () => fetch(`${sek.url}/v1/offers/${id}`).then((response) => response.json() as Promise<{ summary?: string }>).then((offer) => offer.summary);
    await expect.poll(summaryOf, { timeout: 5000 }).toBe('Samen Nederlands praten bij een kop koffie. Iedereen is welkom.');
    await resident.goto(`${sek.url}/demo/gemeente.html`);
    const zoeker = resident.locator('sek-zoeker');
    await zoeker.getByRole('searchbox').fill('Taalcafé Arkel');
    await zoeker.getByRole('searchbox').press('Enter');
    await zoeker.getByRole('button', { name: 'Taalcafé Arkel' }).first().waitFor({ timeout: 5000 });
    await resident.close();
    changeLink = linkIn(published.raw, '/aanmelden/#wijzigen=');
  });

  let changeLink = '';

  it('sends a second change back with a message, and the volunteer reads it', async () => {
    const vol = await newPage(volunteer, 'aanmelden-change');
    await vol.goto(changeLink);
    await stepHeading(vol, 'Wie bent u?').waitFor();
    await form(vol).getByRole('button', { name: 'Volgende' }).click();
    await form(vol).locator('#f-title').fill('Taalcafé Arkel op donderdag');
    for (let i = 0; i < 5; i++) await form(vol).getByRole('button', { name: 'Volgende' }).click();
    await form(vol).getByRole('button', { name: 'Aanmelding versturen' }).click();
    await stepHeading(vol, 'Verstuurd').waitFor();

    await page.goto(`${sek.url}/beheer/aanmeldingen`);
    await page.getByRole('link', { name: 'Taalcafé Arkel op donderdag' }).click();
    await page.getByRole('heading', { name: 'Wat verandert er?' }).waitFor();
    await page.getByLabel('Bericht aan de aanbieder').fill('Op donderdag is het dorpshuis dicht. Klopt de dag wel?');
    await page.getByRole('button', { name: 'Terugsturen' }).click();
    await page.getByText('Teruggestuurd. De aanbieder krijgt uw bericht').waitFor();

    const mail = await inbox.next(EMAIL);
    // A link from a mail opens in a new tab.
    const reread = await newPage(volunteer, 'aanmelden-message');
    await reread.goto(linkIn(mail.raw, '/aanmelden/#wijzigen='));
    await form(reread).getByText('Op donderdag is het dorpshuis dicht. Klopt de dag wel?').waitFor();
    expect(await form(reread).locator('#f-submitter-organization').inputValue()).toBe('Dorpshuis Arkel');
    expect(await axeViolations(reread)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

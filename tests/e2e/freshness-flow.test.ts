import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.js';
import { pageAt } from '../helpers/test-page.js';
import { freePort, REPO_ROOT, startSek, type SekProcess } from '../helpers/sek-process.js';
import { mailText, startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js';

/**
 * "Klopt dit nog?" as people meet it: the coordinator presses "Verstuur nu" in /beheer/ Actueel; the
 * library gets one real mail (SMTP on loopback); a mail scanner fetching the link changes nothing;
 * the volunteer opens the link on a phone, presses "Ja, alles klopt", and `<sek-zoeker>` shows
 * today's date; the same link a second time does nothing.
 */
let inbox: SmtpInbox;
let sek: SekProcess;
let browser: Browser;
let port: number;
const LIBRARY = 'info@bibliotheekaanzet.example.nl';
const OFFER = 'taalhuis-nieuw-lekkerland';
const cspViolations: string[] = [];

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

const newPage = (width: number, name: string) => pageAt(browser, width, name, cspViolations);

/** The part of the mail about one offer, and its links. */
function blockFor(text: string, offerId: string) {
  const block = text.split('==========').find((part) => part.includes(`sek-aanbod=${offerId}`));
  if (!block) throw new Error(`no ${offerId} in:\n${text}`);
  const link = (choice: string) => block.split(/\s+/).find((word) => word.includes(`/controleren/#${choice}=`))!;
  const kaart = block.split(/\s+/).find((word) => word.includes('sek-aanbod='))!;
  return { ja: link('ja'), aanpassen: link('aanpassen'), stopt: link('stopt'), kaart };
}

const lastVerified = async () => ((await (await fetch(`${sek.url}/v1/offers/${OFFER}`)).json()) as { lastVerified: string }).lastVerified;
const dutchToday = () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('"Klopt dit nog?" from the coordinator\'s button to the resident\'s screen', () => {
  let links: ReturnType<typeof blockFor>;
  let coordinator: Page;

  it('the coordinator sees what is due and presses "Verstuur nu"; the provider gets one mail with three answers per offer', async () => {
    const made = spawnSync(process.execPath, ['service/dist/cli.js', 'user', 'add', '--role', 'coordinator', '--email', 'coordinator@molenlanden.test', '--name', 'Mo Lenlanden', '--gemeenten', 'GM1978'], {
      cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', SEK_DATA_DIR: sek.dataDir, PORT: String(port) }, encoding: 'utf8', timeout: 60_000,
    });
    expect(made.status, made.stderr).toBe(0);
    coordinator = await newPage(1100, 'freshness-coordinator');
    await coordinator.goto(/(http:\/\/\S+\/beheer\/inloggen#[\w-]+)/.exec(made.stdout)![1]!);
    await coordinator.getByRole('button', { name: 'Inloggen' }).click();
    await coordinator.getByRole('link', { name: 'Actueel' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Actueel: klopt het aanbod nog?' }).waitFor();
    expect(coordinator.url()).toBe(`${sek.url}/beheer/actueel`);
    await coordinator.getByRole('heading', { level: 2, name: /Wacht op antwoord/ }).waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);

    await coordinator.getByRole('button', { name: 'Verstuur nu: Bibliotheek AanZet' }).first().click();
    await coordinator.getByText('"Klopt dit nog?" is gestuurd aan Bibliotheek AanZet').waitFor();
    const mail = mailText((await inbox.next(LIBRARY)).raw);
    expect(mail).toMatch(/Subject: Klopt dit nog\?/);
    links = blockFor(mail, OFFER);
    expect(links.ja).toContain('/controleren/#ja=');
    expect(inbox.mails.filter((received) => received.to.includes(LIBRARY))).toHaveLength(1);
  });

  it('a mail scanner that fetches the links changes nothing', async () => {
    const before = await lastVerified();
    for (const link of [links.ja, links.aanpassen, links.stopt]) expect((await fetch(link)).status).toBe(200);
    expect((await fetch(`${sek.url}/v1/checks/answer`)).status).toBe(405);
    expect(await lastVerified()).toBe(before);
  });

  it('the volunteer opens the link on a phone, sees the offer as residents do, and presses "Ja, alles klopt"; the kaart shows today\'s date within 5 s', async () => {
    const phone = await newPage(375, 'freshness-provider');
    await phone.goto(links.ja);
    const check = phone.locator('sek-aanbod-controle');
    await check.getByRole('heading', { name: 'Klopt dit nog?' }).waitFor();
    // The secret left the address bar at once: a shared or bookmarked address does not carry it.
    expect(phone.url()).toBe(`${sek.url}/controleren/`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await axeViolations(phone)).toEqual([]);
    const pressed = Date.now();
    await check.getByRole('button', { name: 'Ja, alles klopt' }).click();
    await check.getByText('Dank u wel!').waitFor();

    // A resident opening the kaart link (again, as someone would) sees today's check date within 5 s of the press.
    const resident = await newPage(375, 'freshness-resident');
    const zoeker = resident.locator('sek-zoeker');
    const checkedToday = async () => {
      await resident.goto(links.kaart);
      await zoeker.getByText(/^Gecontroleerd op /).waitFor();
      return zoeker.getByText(`Gecontroleerd op ${dutchToday()}`).count();
    };
    await expect.poll(checkedToday, { timeout: 5000, interval: 250 }).toBe(1);
    expect(Date.now() - pressed).toBeLessThan(5000);

    // The same link again: it worked once.
    await phone.goto('about:blank');
    await phone.goto(links.ja);
    await check.getByText('Deze link werkt niet meer').waitFor();
    expect(cspViolations).toEqual([]);
  });

  it('the coordinator\'s log shows the mail and the answer', async () => {
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 2, name: 'Wat er is gebeurd' }).waitFor();
    await coordinator.getByRole('cell', { name: 'Aanbieder: klopt nog' }).first().waitFor();
    expect(await coordinator.getByRole('cell', { name: '"Klopt dit nog?" gestuurd' }).count()).toBeGreaterThan(0);
    // On a phone the tables scroll inside their own region (the mails' long links too); the page does not scroll sideways.
    await coordinator.setViewportSize({ width: 375, height: 812 });
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { axeViolations, launchChromium, printOpenedOffer } from '../helpers/browser.js';
import { pageAt } from '../helpers/test-page.js';
import { freePort, REPO_ROOT, startSek, type SekProcess } from '../helpers/sek-process.js';

/**
 * Insight as people meet it: a resident prints an offer from a gemeente's kaart, and the widget
 * counts it with the offer id only (a host with `referral-count="off"` sends nothing); the
 * coordinator opens /beheer/inzicht, sees that print, the searches and the white-spot map, and
 * prints the report: one A4 page per section.
 */
let sek: SekProcess;
let browser: Browser;
let port: number;
const cspViolations: string[] = [];

beforeAll(async () => {
  port = await freePort();
  sek = await startSek({ PORT: String(port), SEK_STATS_FLUSH_SECONDS: '1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sek?.stop();
});

const newPage = (width: number, name: string) => pageAt(browser, width, name, cspViolations);


let printedTitle = '';

describe('referrals are counted, not tracked', () => {
  it('a print sends the action and the offer id, nothing else, without cookies', async () => {
    const page = await newPage(375, 'insight-resident');
    await page.goto(`${sek.url}/demo/gemeente.html`);
    const first = page.locator('sek-zoeker .result-link').first();
    await first.waitFor();
    printedTitle = (await first.textContent())!.trim();
    await first.click();
    await page.locator('sek-zoeker #detail-title').waitFor();
    const counted = page.waitForRequest((request) => request.url().endsWith('/v1/referrals'));
    expect(await printOpenedOffer(page)).toContain(printedTitle);
    const request = await counted;
    expect(request.method()).toBe('POST');
    const body = request.postDataJSON() as { action: string; offers: string[] };
    expect(Object.keys(body).sort()).toEqual(['action', 'offers']);
    expect(body.action).toBe('print');
    expect(body.offers).toHaveLength(1);
    expect((await request.allHeaders())['cookie']).toBeUndefined();
    expect((await request.response())!.status()).toBe(204);
  });

  it('with referral-count="off" on the element, printing sends no count', async () => {
    const page = await newPage(375, 'insight-opt-out');
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(`${sek.url}/demo/gemeente.html`);
    await page.locator('sek-zoeker').evaluate((element) => element.setAttribute('referral-count', 'off'));
    await page.locator('sek-zoeker .result-link').first().click();
    await page.locator('sek-zoeker #detail-title').waitFor();
    await printOpenedOffer(page);
    // A count would have been sent before the print page opened: one more request after it marks "everything so far".
    const marker = page.waitForRequest((request) => request.url().endsWith('/healthz'));
    await page.evaluate(() => fetch('/healthz'));
    await marker;
    expect(requests.filter((request) => request.url().includes('/v1/referrals'))).toEqual([]);
  });
});

describe('the coordinator\'s report', () => {
  let coordinator: Page;

  it('Inzicht shows the searches, the white-spot map and the print, in a layout that fits a phone; axe 0', async () => {
    const made = spawnSync(process.execPath, ['service/dist/cli.js', 'user', 'add', '--role', 'coordinator', '--email', 'coordinator@gorinchem.test', '--name', 'Go Rinchem', '--gemeenten', 'GM0512'], {
      cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', SEK_DATA_DIR: sek.dataDir, PORT: String(port) }, encoding: 'utf8', timeout: 60_000,
    });
    expect(made.status, made.stderr).toBe(0);
    coordinator = await newPage(1100, 'insight-coordinator');
    await coordinator.goto(/(http:\/\/\S+\/beheer\/inloggen#[\w-]+)/.exec(made.stdout)![1]!);
    await coordinator.getByRole('button', { name: 'Inloggen' }).click();
    await coordinator.getByRole('link', { name: 'Inzicht' }).click();
    const screen = coordinator.locator('sek-beheer-inzicht');
    await screen.getByRole('heading', { level: 1, name: /^Inzicht: Gorinchem, \de kwartaal 20\d\d$/ }).waitFor();
    await screen.locator('.map[data-ready]').waitFor();
    expect(coordinator.url()).toBe(`${sek.url}/beheer/inzicht`);

    // The resident's print is there, by title; the searches of the demo page from 4201 were counted (written within a second).
    await expect.poll(async () => {
      await coordinator.reload();
      await screen.locator('.map[data-ready]').waitFor();
      return screen.getByRole('region', { name: 'Meest doorverwezen aanbod' }).getByText(printedTitle).count();
    }, { timeout: 10_000, interval: 500 }).toBe(1);
    expect(Number(await screen.locator('.figures strong').first().textContent())).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(coordinator)).toEqual([]);

    await coordinator.setViewportSize({ width: 375, height: 812 });
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await coordinator.setViewportSize({ width: 1100, height: 812 });
  });

  it('the chosen period stays in the address: a reload shows the same report', async () => {
    const screen = coordinator.locator('sek-beheer-inzicht');
    const period = screen.getByLabel('Periode');
    const previous = (await period.locator('option').nth(1).getAttribute('value'))!;
    await period.selectOption(previous);
    await expect.poll(() => coordinator.url()).toContain(`periode=${previous}`);
    await coordinator.reload();
    await screen.locator('.map[data-ready]').waitFor();
    expect(await screen.getByLabel('Periode').inputValue()).toBe(previous);
  });

  it('the report prints one A4 page per section, without the menu or the buttons', async () => {
    const screen = coordinator.locator('sek-beheer-inzicht');
    await screen.getByRole('heading', { level: 2 }).first().waitFor();
    const sections = await screen.locator('section.report-page').count();
    expect(sections).toBe(4);
    // On paper (A4 with 1 cm margins: 718 × 1047 CSS pixels), each section starts a page and fits on it.
    await coordinator.setViewportSize({ width: 718, height: 1047 });
    await coordinator.emulateMedia({ media: 'print' });
    expect(await coordinator.locator('sek-beheer header.top').isVisible()).toBe(false);
    expect(await screen.getByRole('button', { name: 'Rapport afdrukken' }).isVisible()).toBe(false);
    const layout = await screen.locator('section.report-page').evaluateAll((nodes) => nodes.map((node) => ({
      height: node.getBoundingClientRect().height, breakAfter: getComputedStyle(node).breakAfter,
    })));
    expect(layout.map((section) => section.breakAfter)).toEqual(['page', 'page', 'page', 'auto']);
    for (const section of layout) expect(section.height).toBeLessThanOrEqual(1047);
    await coordinator.emulateMedia({ media: 'screen' });
    const pdf = await coordinator.pdf({ format: 'A4', printBackground: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(sections);
    expect(cspViolations).toEqual([]);
  });
});

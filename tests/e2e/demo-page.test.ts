import { describe, expect, it } from 'vitest';
import { useSekAndBrowser } from '../helpers/stack.js';
import { axeViolations, isolatedPage, watchCsp } from '../helpers/browser.js';

const stack = useSekAndBrowser();

describe('the demo site', () => {
  it('links to the host pages and passes axe', async () => {
    const page = await stack.browser.newPage();
    await page.goto(`${stack.sek.url}/demo/`);
    const links = await page.locator('.demo-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toEqual(['gemeente.html', 'woningcorporatie.html', 'bibliotheek.html', 'aanmelden.html', 'kaart.html', 'stap-voor-stap.html', 'professional.html']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['gemeente.html', /\d+ plekken gevonden/],
    ['woningcorporatie.html', /\d+ plekken gevonden/],
    ['bibliotheek.html', /\d+ plekken gevonden/],
    ['professional.html', /\d+ plekken gevonden/],
  ])('%s shows <sek-zoeker> with real offers, requests nothing from elsewhere, and passes axe', async (path, status) => {
    const { page, external } = await isolatedPage(stack.browser, stack.sek.url);
    const violations: string[] = [];
    watchCsp(page, violations);
    await page.goto(`${stack.sek.url}/demo/${path}`);
    // Playwright's CSS locators pierce the widget's shadow root.
    await page.locator('sek-zoeker .result').first().waitFor();
    expect(await page.locator('sek-zoeker .result').count()).toBeGreaterThan(3);
    expect(await page.locator('sek-zoeker .status').textContent()).toMatch(status);
    expect(external).toEqual([]);
    // The demo pages send a strict CSP (no inline script or style, no eval): the widget works under it.
    expect(violations).toEqual([]);
    expect(await page.locator('body > footer').textContent()).toContain('fictieve demodata');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the housing portal puts the library\'s help with registering (and DigiD, e-mail) first', async () => {
    const { page } = await isolatedPage(stack.browser, stack.sek.url);
    await page.goto(`${stack.sek.url}/demo/woningcorporatie.html`);
    await page.locator('sek-zoeker .result').first().waitFor();
    const first = page.locator('sek-zoeker .results:not(.online) .result').first();
    expect(await first.locator('.result-link').textContent()).toContain('Hulp bij inschrijven voor een huurwoning');
    expect(await first.locator('.meta').textContent()).toContain('Bibliotheek');
    await first.locator('.result-link').click();
    const detail = (await page.locator('sek-zoeker .detail').textContent())!;
    expect(detail).toContain('DigiD');
    expect(detail).toMatch(/e-mailadres/);
  });

  it('the library page opens on the map, with PDOK tiles (served by a local fake here)', async () => {
    const { page, tiles } = await isolatedPage(stack.browser, stack.sek.url);
    const violations: string[] = [];
    watchCsp(page, violations);
    await page.goto(`${stack.sek.url}/demo/bibliotheek.html`);
    await page.locator('sek-zoeker .result').first().waitFor();
    const located = await page.locator('sek-zoeker .results:not(.online) .result').count();
    // Before the results arrive the map frames the region (0 markers); then it shows every result.
    const markedHits = () => page.locator('sek-zoeker #map .marker').evaluateAll((markers) => markers.reduce((sum, m) => sum + (Number(m.textContent) || 1), 0));
    await expect.poll(markedHits).toBe(located);
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(tiles.every((url) => /^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\/wmts\/v2_0\/standaard\/EPSG:3857\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(await page.locator('sek-zoeker .ol-attribution').textContent()).toContain('Kadaster');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('gives each host page its own look through CSS custom properties', async () => {
    const { page } = await isolatedPage(stack.browser, stack.sek.url);
    const colours: string[] = [];
    for (const path of ['gemeente.html', 'woningcorporatie.html', 'bibliotheek.html', 'professional.html']) {
      await page.goto(`${stack.sek.url}/demo/${path}`);
      await page.locator('sek-zoeker button.primary').waitFor();
      colours.push(await page.locator('sek-zoeker button.primary').evaluate((b) => getComputedStyle(b).backgroundColor));
    }
    expect(new Set(colours).size).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { useSekAndBrowser } from '../helpers/stack.js';
import type { Page } from 'playwright-core';
import { keepArtifactsOnFailure } from '../helpers/artifacts.js';
import { afterSearch, axeViolations, catchPrint, isolatedPage, printOpenedOffer } from '../helpers/browser.js';

const stack = useSekAndBrowser();

async function open(path: string, name: string): Promise<Page> {
  const { page } = await isolatedPage(stack.browser, stack.sek.url);
  keepArtifactsOnFailure(page, name);
  await page.goto(`${stack.sek.url}/demo/${path}`);
  await page.locator('sek-zoeker .result').first().waitFor();
  return page;
}

const distancesKm = (page: Page) =>
  page.locator('sek-zoeker .results:not(.online) .distance').evaluateAll((nodes) => nodes.map((n) => Number(n.textContent!.replace(' km', '').replace(',', '.'))));

describe('a resident near postcode 4201', () => {
  it('chooses "Taal", finds Taalcafés nearest first (also across the gemeente border), and reads one', async () => {
    const page = await open('gemeente.html', 'resident-taal');
    await afterSearch(page, () => page.locator('sek-zoeker .tile', { hasText: 'Taal' }).first().click());
    expect(await page.locator('sek-zoeker .tile[aria-pressed=true]').textContent()).toContain('Taal');

    const distances = await distancesKm(page);
    expect(distances.length).toBeGreaterThan(1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(Math.max(...distances)).toBeLessThanOrEqual(5);

    // The service says which Taalcafés lie in Molenlanden, the neighbouring gemeente.
    const api = (await (await fetch(`${stack.sek.url}/v1/search?near=4201&radiusKm=5&themes=taal&region=GM0512,GM1978&limit=50`)).json()) as {
      results: { offer: { title: string }; location: { address: { place: string; gemeenteCode: string } } }[];
    };
    const across = api.results.filter((hit) => hit.offer.title.startsWith('Taalcafé') && hit.location.address.gemeenteCode === 'GM1978');
    expect(across.length).toBeGreaterThan(0);
    while (await page.locator('sek-zoeker button.more').count()) {
      await afterSearch(page, () => page.locator('sek-zoeker button.more').click());
    }
    const card = page.locator('sek-zoeker .results:not(.online) .result', { hasText: 'Taalcafé' }).filter({ hasText: across[0]!.location.address.place });
    expect(await card.count()).toBeGreaterThan(0);

    await card.first().locator('.result-link').click();
    const detail = page.locator('sek-zoeker .detail');
    await detail.waitFor();
    const text = await detail.textContent();
    for (const heading of ['Wat is het?', 'Waar?', 'Wanneer?', 'Wat kost het?', 'Contact']) expect(text).toContain(heading);
    expect(text).toContain(across[0]!.location.address.place);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('narrows the list with Gratis and \'s Avonds, and the counts agree with the list', async () => {
    const page = await open('gemeente.html', 'resident-filters');
    const totalBefore = Number((await page.locator('sek-zoeker .status').textContent())!.match(/^(\d+)/)![1]);
    await page.locator('sek-zoeker .filters-button').click();
    await afterSearch(page, () => page.locator('sek-zoeker input[name=free]').click());
    await afterSearch(page, () => page.locator('sek-zoeker input[name=dayParts][value=avond]').click());
    const status = (await page.locator('sek-zoeker .status').textContent())!;
    const [, located, online] = status.match(/^(\d+) plekken? gevonden(?:, en (\d+) online)?/)!;
    expect(Number(located)).toBeLessThan(totalBefore);
    while (await page.locator('sek-zoeker button.more').count()) {
      await afterSearch(page, () => page.locator('sek-zoeker button.more').click());
    }
    expect(await page.locator('sek-zoeker .results:not(.online) .result').count()).toBe(Number(located));
    expect(await page.locator('sek-zoeker .results.online .result').count()).toBe(Number(online ?? 0));
    const all = Number(located) + Number(online ?? 0);
    expect(await page.locator('sek-zoeker input[name=free] + span').textContent()).toBe(`Gratis (${all})`);
    expect(await page.locator('sek-zoeker input[value=avond] + span').textContent()).toBe(`'s Avonds (${all})`);
    expect(await page.locator('sek-zoeker .free-badge').count()).toBe(all);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('each theme tile\'s count is the number of results the resident gets by choosing it', async () => {
    const page = await open('gemeente.html', 'resident-tile-counts');
    await page.locator('sek-zoeker .filters-button').click();
    await afterSearch(page, () => page.locator('sek-zoeker input[name=free]').click());
    const shownTotal = async () => {
      const status = (await page.locator('sek-zoeker .status').textContent())!;
      const match = status.match(/^(\d+) plek(?:ken)? gevonden(?:, en (\d+) online)?/);
      return match ? Number(match[1]) + Number(match[2] ?? 0) : 0;
    };
    const tiles = page.locator('sek-zoeker .tile');
    const checked: number[] = [];
    for (let i = 0; i < (await tiles.count()); i++) {
      const tile = tiles.nth(i);
      const count = Number(await tile.locator('.count [aria-hidden]').textContent());
      await afterSearch(page, () => tile.click());
      expect(await tile.getAttribute('aria-pressed')).toBe('true');
      expect(await shownTotal()).toBe(count);
      checked.push(count);
      await afterSearch(page, () => tile.click());
    }
    expect(checked.length).toBeGreaterThan(5);
    expect(checked.some((count) => count > 0)).toBe(true);
  });

  it('finds a kern typed with a typo through the suggestions', async () => {
    const page = await open('gemeente.html', 'resident-typo');
    const input = page.locator('sek-zoeker #where');
    await input.fill('Bleskengraaf');
    await page.locator('sek-zoeker [role=option]', { hasText: 'Bleskensgraaf (Molenlanden)' }).waitFor();
    await input.press('ArrowDown');
    await afterSearch(page, () => input.press('Enter'));
    expect(await page.locator('sek-zoeker #results-heading').textContent()).toBe('In de buurt van Bleskensgraaf (Molenlanden)');
  });
});

describe('a professional in Arnhem', () => {
  it('"Lijst printen" prints every place and the online offers, styled under the strict CSP, saying what was searched', async () => {
    const page = await open('gemeente.html', 'print-list');
    await afterSearch(page, () => page.locator('sek-zoeker .tile', { hasText: 'Computer en internet' }).first().click());
    const status = (await page.locator('sek-zoeker .status').textContent())!;
    const [, places, online] = /(\d+) plek(?:ken)? gevonden(?:, en (\d+) online)?/.exec(status)!;
    expect(Number(places)).toBeGreaterThan(await page.locator('sek-zoeker .results:not(.online) .result').count());
    const result = await catchPrint(page, () => page.locator('sek-zoeker .list-header button', { hasText: 'Lijst printen' }).click());
    expect(result.sections.length).toBe(Number(places) + Number(online ?? 0));
    expect(result.sheets).toBe(1);
    expect(result.font).toMatch(/system-ui/);
    expect(result.font).not.toMatch(/Times/);
    expect(result.text).toMatch(/Gezocht: In de buurt van 4201/);
    expect(result.text).toContain('Onderwerpen: Computer en internet');
    expect(result.text).toMatch(/Gemaakt op \d{1,2} \w+ 20\d\d/);
    expect(result.text).toContain('Wie biedt het aan?');
    expect(result.text).not.toMatch(/€ (\d+) € \1/);
  });

  it('prints an offer on a clean page and shares a link that restores the same search', async () => {
    const context = await stack.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.sek.url });
    const page = await context.newPage();
    keepArtifactsOnFailure(page, 'professional');
    await page.goto(`${stack.sek.url}/demo/professional.html`);
    await page.locator('sek-zoeker .result').first().waitFor();
    await afterSearch(page, () => page.locator('sek-zoeker .quick-filters button', { hasText: 'Gratis' }).click());
    await afterSearch(page, () => page.locator('sek-zoeker .quick-filters button', { hasText: "'s Avonds" }).click());
    const status = await page.locator('sek-zoeker .status').textContent();
    const title = (await page.locator('sek-zoeker .result-link').first().textContent())!.trim();
    await page.locator('sek-zoeker .result-link').first().click();
    await page.locator('sek-zoeker #detail-title').waitFor();

    // Print: catch the print page the widget builds, before it calls print().
    const printText = await printOpenedOffer(page);
    expect(printText).toContain(title);
    expect(printText).toContain('Gecontroleerd op');

    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await page.locator('sek-zoeker .actions button', { hasText: 'Delen' }).click();
    await page.locator('sek-zoeker .detail [role=status]', { hasText: 'De link is gekopieerd.' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('sek-gratis=1');
    expect(link).toContain('sek-dagdeel=avond');

    const client = await context.newPage();
    keepArtifactsOnFailure(client, 'professional-shared-link');
    await client.goto(link);
    await client.locator('sek-zoeker #detail-title').waitFor();
    expect(await client.locator('sek-zoeker #detail-title').textContent()).toBe(title);
    await client.locator('sek-zoeker .back').click();
    expect(await client.locator('sek-zoeker .status').textContent()).toBe(status);
    expect(await client.locator('sek-zoeker .quick-filters button[aria-pressed=true]').count()).toBe(2);
    expect(await axeViolations(client)).toEqual([]);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { useSekAndBrowser } from '../helpers/stack.js';
import { afterSearch, axeViolations, catchPrint, focused, overflowsX, tabTo } from '../helpers/browser.js';
import { pageAt } from '../helpers/test-page.js';
import { decodeQrSvg } from '../helpers/qr.js';

/**
 * "Stap voor stap" for a resident on a small phone, by keyboard, and the referral letter a
 * professional makes for a client: in Chromium against the real service, under the demo pages'
 * strict Content-Security-Policy.
 */

const stack = useSekAndBrowser();

/** The result cards' hit ids, in order, after the search has settled. */
async function resultIds(page: Page): Promise<string[]> {
  await page.locator('sek-zoeker .loading').waitFor({ state: 'detached' });
  return page.locator('sek-zoeker .results .result-link').evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.hit!));
}

describe('a resident, step by step, at 320 px', () => {
  it('answers three questions by keyboard and gets what the equivalent filters give; Back goes back a question', async () => {
    const csp: string[] = [];
    const page = await pageAt(stack.browser, 320, 'steps-keyboard', csp);
    await page.goto(`${stack.sek.url}/demo/gemeente.html`);
    await page.locator('sek-zoeker .result').first().waitFor();
    const entries = await page.evaluate(() => history.length);

    await tabTo(page, /Liever stap voor stap\?/);
    await page.keyboard.press('Enter');
    const steps = page.locator('sek-zoeker-stappen');
    await steps.locator('.progress', { hasText: 'Stap 1 van 3' }).waitFor();
    expect(await focused(page)).toBe('h3#question[] Waar wilt u hulp bij?');
    expect(await overflowsX(page)).toBe(false);

    await tabTo(page, /Geld en schulden/);
    await page.keyboard.press('Enter');
    await steps.locator('.progress', { hasText: 'Stap 2 van 3' }).waitFor();
    expect(await focused(page)).toBe('h3#question[] Wat wilt u precies?');
    expect(await steps.locator('.choice').allInnerTexts()).toEqual(['Ik heb schulden', 'Ik wil beter rondkomen', 'Hulp bij post en formulieren', 'Iets anders over geld en schulden']);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, /Ik wil beter rondkomen/);
    await page.keyboard.press('Enter');
    await steps.locator('.progress', { hasText: 'Stap 3 van 3' }).waitFor();
    expect(await focused(page)).toBe('h3#question[] Waar woont u?');
    // The kaart's own postcode is filled in; the resident types where they live instead.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^input#where\[text\] Uw postcode of woonplaats/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4241');
    await afterSearch(page, () => page.keyboard.press('Enter'));

    const summary = steps.locator('h3.summary');
    await expect.poll(() => summary.innerText()).toMatch(/^Beter rondkomen, in de buurt van /);
    expect(await focused(page)).toMatch(/^h3#question\[\] Beter rondkomen, in de buurt van/);
    const stepped = await resultIds(page);
    const steppedCount = await page.locator('sek-zoeker p.count').innerText();
    expect(stepped.length).toBeGreaterThan(0);
    expect(await overflowsX(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Browser Back: the question before, and the results are gone; again: the one before that.
    await page.goBack();
    await steps.locator('.progress', { hasText: 'Stap 3 van 3' }).waitFor();
    expect(await page.locator('sek-zoeker .results').count()).toBe(0);
    await page.goBack();
    await steps.locator('.progress', { hasText: 'Stap 2 van 3' }).waitFor();
    // The step's own Terug button does the same, and from step 1 back to the search form.
    await steps.locator('button.back').click();
    await steps.locator('.progress', { hasText: 'Stap 1 van 3' }).waitFor();
    await steps.locator('button.back').click();
    await page.locator('sek-zoeker form[role=search]').waitFor();
    expect(await page.evaluate(() => location.pathname)).toBe('/demo/gemeente.html');
    expect(await page.evaluate(() => history.length)).toBeGreaterThan(entries);

    // The same search with the filters, in a fresh page: theme tile, place, "Soort hulp: Cursus".
    const filters = await pageAt(stack.browser, 320, 'steps-filters', csp);
    await filters.goto(`${stack.sek.url}/demo/gemeente.html`);
    await filters.locator('sek-zoeker .result').first().waitFor();
    await afterSearch(filters, () => filters.locator('sek-zoeker .tile', { hasText: 'Geld en schulden' }).click());
    await filters.locator('sek-zoeker #where').fill('4241');
    await afterSearch(filters, () => filters.locator('sek-zoeker form[role=search] button[type=submit]').click());
    const wholeTheme = await resultIds(filters);
    await filters.locator('sek-zoeker .filters-button').click();
    await afterSearch(filters, () => filters.locator('sek-zoeker .filters label', { hasText: /Cursus \(\d+\)/ }).click());
    expect(await resultIds(filters)).toEqual(stepped);
    // The answer narrowed the theme: the test would notice an answer that implied nothing.
    expect(stepped.length).toBeLessThan(wholeTheme.length);
    expect(await filters.locator('sek-zoeker p.count').innerText()).toBe(steppedCount);
    expect(csp).toEqual([]);
  });
});

describe('a professional\'s referral letter', () => {
  it('collects three offers from two searches, prints one letter under the strict CSP with each next session, address and a QR code that opens the offer, and sends nothing about the client', async () => {
    const csp: string[] = [];
    const page = await pageAt(stack.browser, 375, 'referral-letter', csp);
    const CLIENT = 'Yasmina-Testnaam';
    const NOTE = 'Neem de blauwe envelop mee';
    const sent: string[] = [];
    const record = (request: Request) => sent.push([request.url(), request.postData() ?? '', JSON.stringify(request.headers())].join('\n'));
    page.on('request', record);
    await page.goto(`${stack.sek.url}/demo/professional.html`);
    const kaart = page.locator('sek-zoeker');
    await kaart.locator('.result').first().waitFor();

    // Search 1: Taal; keep the first two that have a next session. Search 2: Geld; keep one more.
    const keep = async (count: number) => {
      const cards = kaart.locator('.results:not(.online) .result').filter({ has: page.locator('.when', { hasText: /Volgende keer|Vandaag|Morgen/ }) });
      const titles: string[] = [];
      for (let i = 0; i < count; i++) {
        titles.push(await cards.nth(i).locator('.result-link').innerText());
        await cards.nth(i).locator('button.save').click();
        await expect.poll(() => cards.nth(i).locator('button.save').getAttribute('aria-pressed')).toBe('true');
      }
      return titles;
    };
    await afterSearch(page, () => kaart.locator('.tile', { hasText: 'Taal' }).click());
    const kept = await keep(2);
    await afterSearch(page, () => kaart.locator('.tile', { hasText: 'Taal' }).click());
    await afterSearch(page, () => kaart.locator('.tile', { hasText: 'Geld en schulden' }).click());
    kept.push(...(await keep(1)));
    expect(await kaart.locator('.tray').innerText()).toContain('Voor mijn cliënt: 3');

    await kaart.locator('.tray button').click();
    const list = page.locator('sek-zoeker-lijst');
    await list.locator('h3', { hasText: 'Voor mijn cliënt (3)' }).waitFor();
    expect(await list.locator('.kept strong').allInnerTexts()).toEqual(kept);
    expect(await list.locator('.privacy').innerText()).toContain('SEK bewaart het niet en verstuurt het niet');
    await list.locator('#client-name').fill(CLIENT);
    await list.locator('#client-date').fill('2026-12-03');
    await list.locator('#client-time').fill('10:30');
    await list.locator('#client-note').fill(NOTE);
    expect(await overflowsX(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    const letter = await catchPrint(page, () => list.locator('button.make-letter').click());
    expect(letter.text).toContain(`Verwijsbrief voor ${CLIENT}`);
    expect(letter.text).toContain('Uw afspraak: donderdag 3 december 2026 om 10.30 uur.');
    expect(letter.text).toContain(NOTE);
    expect(letter.sections).toHaveLength(3);
    expect(letter.qrCodes).toHaveLength(3);

    const ids = await list.evaluate((element) => (element as unknown as { hits: { offer: { id: string }; location: { id: string } | null }[] }).hits.map((hit) => ({ offer: hit.offer.id, location: hit.location?.id })));
    for (const [index, { offer: offerId, location: locationId }] of ids.entries()) {
      const offer = await (await fetch(`${stack.sek.url}/v1/offers/${offerId}`)).json() as {
        title: string; today: string; upcoming: { date: string; opensAt: string; closesAt: string }[]; locations: { id: string; address: { street: string; postcode: string } }[];
      };
      const section = letter.sections[index]!;
      expect(section).toContain(offer.title);
      const address = offer.locations.find((l) => l.id === locationId)!.address;
      expect(section).toContain(`${address.street}, ${address.postcode}`);
      // The next session, as the service computes it (Dutch time), in the letter's words.
      const next = offer.upcoming[0]!;
      const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${next.date}T12:00:00Z`));
      const tomorrow = new Date(Date.parse(`${offer.today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const when = next.date === offer.today ? 'Vandaag' : next.date === tomorrow ? 'Morgen' : day;
      expect(section).toContain(when);
      expect(section).toContain(`${next.opensAt.replace(':', '.')}–${next.closesAt.replace(':', '.')}`);

      // The QR code, photographed and decoded, is this kaart's link to the offer ...
      const decoded = await decodeQrSvg(stack.browser, letter.qrCodes[index]!);
      expect(decoded).not.toBeNull();
      const url = new URL(decoded!);
      expect(`${url.origin}${url.pathname}`).toBe(`${stack.sek.url}/demo/professional.html`);
      expect(url.searchParams.get('sek-aanbod')).toBe(offerId);
      // ... and opening it shows that offer, also when its search would not list it first.
      if (index === 0) {
        const phone = await pageAt(stack.browser, 375, 'referral-letter-qr', csp);
        await phone.goto(decoded!);
        await phone.locator('sek-zoeker .detail #detail-title', { hasText: offer.title }).waitFor();
        await phone.context().close();
      }
    }

    // Share the list as one link; opened elsewhere it holds the same three offers.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await list.locator('button.share-list').click();
    await list.locator('[role=status]', { hasText: /gekopieerd|Kopieer/ }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('sek-lijst')!.split(',')).toHaveLength(3);
    const other = await pageAt(stack.browser, 375, 'referral-letter-link', csp);
    await other.goto(link);
    await other.locator('sek-zoeker-lijst h3', { hasText: '(3)' }).waitFor();
    expect(await other.locator('sek-zoeker-lijst .kept strong').allInnerTexts()).toEqual(kept);
    await other.context().close();

    // Nothing the professional typed left the browser: not in a URL, a body or a header.
    expect(sent.length).toBeGreaterThan(5);
    expect(sent.filter((request) => request.includes(CLIENT) || request.includes('blauwe envelop'))).toEqual([]);
    expect(csp).toEqual([]);
  });
});

describe('a resident\'s own list', () => {
  it('keeps offers in "Mijn lijstje", prints them without any client fields, and removes one', async () => {
    const csp: string[] = [];
    const page = await pageAt(stack.browser, 375, 'resident-list', csp);
    await page.goto(`${stack.sek.url}/demo/gemeente.html`);
    const kaart = page.locator('sek-zoeker');
    await kaart.locator('.results .result').first().waitFor();
    const titles = await kaart.locator('.results .result-link').evaluateAll((links) => links.slice(0, 2).map((link) => (link as HTMLElement).innerText.trim()));
    await kaart.locator('.results button.save').nth(0).click();
    await kaart.locator('.results button.save').nth(1).click();
    expect(await kaart.locator('.tray').innerText()).toContain('Mijn lijstje: 2');
    await kaart.locator('.tray button', { hasText: 'Bekijk, print of deel' }).click();

    const list = page.locator('sek-zoeker-lijst');
    await list.locator('h3', { hasText: 'Mijn lijstje (2)' }).waitFor();
    expect(await focused(page)).toMatch(/^h3#list-heading\[\] Mijn lijstje \(2\)/);
    expect(await list.locator('#client-name, #client-date').count()).toBe(0);
    expect(await list.locator('.privacy').innerText()).toContain('SEK bewaart niet wat u kiest');
    expect(await axeViolations(page)).toEqual([]);

    const printed = await catchPrint(page, () => list.locator('button.make-letter', { hasText: 'Print mijn lijstje' }).click());
    expect(printed.text.startsWith('Mijn lijstje')).toBe(true);
    expect(printed.sections.map((section) => section.split('\n')[0])).toEqual(titles);
    expect(printed.qrCodes).toHaveLength(2);

    await list.locator('.kept button').first().click();
    await list.locator('h3', { hasText: 'Mijn lijstje (1)' }).waitFor();
    await list.locator('button.back').click();
    await kaart.locator('.tray', { hasText: 'Mijn lijstje: 1' }).waitFor();
    expect(await kaart.locator('.results button.save[aria-pressed=true]').count()).toBe(1);
    expect(csp).toEqual([]);
  });
});

describe('a kaart that starts step by step (mode="stappen")', () => {
  it('asks first and searches only once answered, keeps the step on a reload, and finds a typed place', async () => {
    const csp: string[] = [];
    const page = await pageAt(stack.browser, 375, 'steps-mode', csp);
    const searches: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v1/search')) searches.push(request.url());
    });
    await page.goto(`${stack.sek.url}/demo/stap-voor-stap.html`);
    const steps = page.locator('sek-zoeker-stappen');
    await steps.locator('.progress', { hasText: 'Stap 1 van 3' }).waitFor();
    // Step 1 is the start: no way back, and the page keeps its own focus.
    expect(await steps.locator('button.back').count()).toBe(0);
    expect(await focused(page)).toMatch(/^body#/);
    expect(await axeViolations(page)).toEqual([]);

    await steps.locator('.choice', { hasText: 'Computer en internet' }).click();
    await steps.locator('.progress', { hasText: 'Stap 2 van 3' }).waitFor();
    await page.reload();
    await steps.locator('.progress', { hasText: 'Stap 2 van 3' }).waitFor();
    await steps.locator('.choice', { hasText: 'DigiD aanvragen of gebruiken' }).click();
    await steps.locator('.progress', { hasText: 'Stap 3 van 3' }).waitFor();
    expect(searches).toEqual([]);

    await steps.locator('#where').fill('Arkel');
    await afterSearch(page, () => steps.locator('button[type=submit]').click());
    await expect.poll(() => steps.locator('h3.summary').innerText()).toMatch(/^Hulp bij DigiD, in de buurt van Arkel/);
    expect(searches).toHaveLength(1);
    const request = new URL(searches[0]!);
    expect(request.searchParams.get('themes')).toBe('digitaal');
    expect(request.searchParams.get('q')).toBe('DigiD');
    expect(await page.locator('sek-zoeker .results .result').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // A reload keeps the answered steps; a shared link to an offer opens that offer, not the first question.
    await page.reload();
    await expect.poll(() => steps.locator('h3.summary').innerText()).toMatch(/^Hulp bij DigiD/);
    const offerId = (await page.locator('sek-zoeker .results .result-link').first().getAttribute('data-hit'))!.split('__')[0];
    const shared = await pageAt(stack.browser, 375, 'steps-mode-link', csp);
    await shared.goto(`${stack.sek.url}/demo/stap-voor-stap.html?sek-km=5&sek-aanbod=${offerId}`);
    await shared.locator('sek-zoeker .detail').waitFor();
    expect(await shared.locator('sek-zoeker-stappen').count()).toBe(0);
    await shared.context().close();
    expect(csp).toEqual([]);
  });
});

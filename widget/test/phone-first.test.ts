import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';
import { $, $$, api, nextSearch, resultTitles } from './helpers.js';

/** A resident on a phone: 375 × 812 CSS px. */
const PHONE = { width: 375, height: 812 };
const inView = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
};

describe('phone first (375 × 812)', () => {
  beforeEach(async () => {
    await setViewport(PHONE);
    window.scrollTo(0, 0);
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the first screen holds the question, the theme tiles and the place field; the filters are folded away', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} region="GM0512,GM1978"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    const tiles = $$(el, '.tile');
    expect(tiles.length).to.be.greaterThan(8);
    // Two compact columns, each tile one finger high.
    expect(new Set(tiles.map((tile) => Math.round(tile.getBoundingClientRect().left))).size).to.equal(2);
    for (const tile of tiles) expect(tile.getBoundingClientRect().height).to.be.within(44, 96);
    expect($(el, '#where')!.getBoundingClientRect().bottom, 'the place field is below the first screen').to.be.at.most(PHONE.height);
    expect($(el, '.filters')).to.equal(null);
    expect($(el, '.filters-button')!.textContent!.trim()).to.equal('Filters');
    await expect(el).to.be.accessible();
  });

  it('tapping a theme brings the answer into view, where it is also announced', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    const firstResult = () => $(el, '.results .result')!;
    expect(firstResult().getBoundingClientRect().top, 'the list starts on the first screen: nothing to bring into view').to.be.greaterThan(PHONE.height);
    const status = $(el, '.status')!;
    expect(status.getAttribute('role')).to.equal('status');
    $$(el, '.tile')[0]!.click();
    await waitUntil(() => inView(status) && /gevonden/.test(status.textContent!), 'the answer stayed off-screen', { timeout: 8000 });
    await waitUntil(() => firstResult().getBoundingClientRect().top < PHONE.height, 'the first result is not on screen', { timeout: 4000 });
  });

  it('one "Filters" button says how many are chosen, and "Wis alle filters" clears them all', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    const button = $<HTMLButtonElement>(el, '.filters-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=free]')!.click());
    await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=dayParts][value=avond]')!.click());
    expect(button.textContent!.trim()).to.equal('Filters (2 gekozen)');
    await expect(el).to.be.accessible();
    const cleared = oneEvent(el, 'sek-search');
    $<HTMLButtonElement>(el, '.clear-filters')!.click();
    const request = (await cleared).detail as Record<string, unknown>;
    expect(request.free).to.equal(undefined);
    expect(request.dayParts).to.deep.equal([]);
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Filters');
    expect($(el, '.clear-filters')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});

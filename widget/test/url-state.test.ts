import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';
import { $, api, nextSearch, resultTitles } from './helpers.js';

describe('url-state', () => {
  const original = window.location.href;
  afterEach(() => window.history.replaceState(null, '', original));

  it('restores a shared search from the link, keeping the host page\'s own parameters and hash', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}?pagina=hulp&sek-waar=4201&sek-km=2&sek-thema=taal&sek-gratis=1#inhoud`);
    const searched = new Promise<Record<string, unknown>>((resolve) => document.addEventListener('sek-search', (e) => resolve((e as CustomEvent).detail), { once: true }));
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} url-state></sek-zoeker>`);
    expect(await searched).to.include({ near: '4201', radiusKm: 2, free: true });
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    expect($<HTMLInputElement>(el, '#where')!.value).to.equal('4201');
    expect($(el, '.tile[aria-pressed=true] .tile-label')!.textContent).to.equal('Taal');

    await nextSearch(el, () => el.setAttribute('radius', '10'));
    const url = new URL(window.location.href);
    expect(url.searchParams.get('pagina')).to.equal('hulp');
    expect(url.searchParams.get('sek-km')).to.equal('10');
    expect(url.hash).to.equal('#inhoud');
  });

  it('leaves the URL alone without the attribute', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    expect(window.location.href).to.equal(original);
  });

  it('opens the shared offer', async () => {
    const first = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201"></sek-zoeker>`);
    await waitUntil(() => resultTitles(first).length > 0, 'no results', { timeout: 8000 });
    const title = resultTitles(first)[2]!;
    const hitId = first.shadowRoot!.querySelectorAll<HTMLElement>('.result-link')[2]!.dataset.hit!;
    const offerId = hitId.split('__')[0]!;
    window.history.replaceState(null, '', `${window.location.pathname}?sek-waar=4201&sek-km=5&sek-aanbod=${offerId}`);
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} url-state></sek-zoeker>`);
    await waitUntil(() => $(el, '#detail-title'), 'detail did not open', { timeout: 8000 });
    expect($(el, '#detail-title')!.textContent).to.equal(title);
  });

  it('the place in the link wins over the page\'s postcode attribute, and the link opens its offer', async () => {
    const probe = await (await fetch(`${await api()}/v1/search?near=Bleskensgraaf&radiusKm=5&limit=3`)).json() as { results: { offer: { id: string; title: string } }[] };
    const offer = probe.results[1]!.offer;
    window.history.replaceState(null, '', `${window.location.pathname}?sek-waar=Bleskensgraaf&sek-km=5&sek-aanbod=${offer.id}`);
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201" url-state></sek-zoeker>`);
    await waitUntil(() => $(el, '#detail-title'), 'detail did not open', { timeout: 8000 });
    expect($(el, '#detail-title')!.textContent).to.equal(offer.title);
    expect(new URL(window.location.href).searchParams.get('sek-waar')).to.equal('Bleskensgraaf');
  });

  it('opening an offer adds a history entry; Back closes it and focus returns to the list', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}?sek-waar=4201`);
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} url-state></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    const before = window.history.length;
    const link = el.shadowRoot!.querySelectorAll<HTMLElement>('.result-link')[1]!;
    const offerId = link.dataset.hit!.split('__')[0]!;
    link.click();
    await waitUntil(() => $(el, '#detail-title'), 'detail did not open');
    expect(window.history.length).to.equal(before + 1);
    expect(new URL(window.location.href).searchParams.get('sek-aanbod')).to.equal(offerId);

    window.history.back();
    await waitUntil(() => !$(el, '#detail-title') && resultTitles(el).length > 0, 'Back did not close the detail');
    await el.updateComplete;
    expect(new URL(window.location.href).searchParams.has('sek-aanbod')).to.be.false;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.hit).to.equal(link.dataset.hit);

    // "Terug" in the detail goes back through the same entry: no entry is left behind.
    el.shadowRoot!.querySelectorAll<HTMLElement>('.result-link')[1]!.click();
    await waitUntil(() => $(el, '#detail-title'), 'detail did not open');
    $<HTMLButtonElement>(el, '.detail .back')!.click();
    await waitUntil(() => !$(el, '#detail-title'), 'Terug did not close the detail');
    expect(window.history.length).to.equal(before + 1);
    expect(new URL(window.location.href).searchParams.has('sek-aanbod')).to.be.false;
  });

  it('Escape closes the detail, also without url-state, and the URL stays as it was', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    const link = el.shadowRoot!.querySelectorAll<HTMLElement>('.result-link')[0]!;
    link.click();
    await waitUntil(() => $(el, '#detail-title'), 'detail did not open');
    $(el, '#detail-title')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !$(el, '#detail-title'), 'Escape did not close the detail');
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.hit).to.equal(link.dataset.hit);
    expect(window.location.href).to.equal(original);
  });
});

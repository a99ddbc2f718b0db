import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/sek-zoeker.js';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';

let api = '';
before(async () => {
  api = ((await (await fetch('/sek-test-api.json')).json()) as { api: string }).api;
});

const shadow = (el: SekZoekerElement) => el.shadowRoot!;
const resultTitles = (el: SekZoekerElement) => [...shadow(el).querySelectorAll('.result h3')].map((h) => h.textContent);

async function searchFor(el: SekZoekerElement, where: string): Promise<void> {
  const input = shadow(el).querySelector('input')!;
  input.value = where;
  input.dispatchEvent(new InputEvent('input'));
  shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await el.updateComplete;
  await waitUntil(() => !shadow(el).querySelector('.loading'), 'search did not finish', { timeout: 5000 });
}

describe('<sek-zoeker>', () => {
  it('is accessible before a search', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${api}></sek-zoeker>`);
    expect(shadow(el).querySelector('label')!.textContent).to.equal('Waar woont u?');
    await expect(el).to.be.accessible();
  });

  it('finds real offers near 4201 from the service, nearest first', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${api}></sek-zoeker>`);
    const searched = oneEvent(el, 'sek-search');
    const done = searchFor(el, '4201');
    expect((await searched).detail).to.include({ near: '4201', radiusKm: 5 });
    await done;
    expect(resultTitles(el).length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.match(/\d+ plekken gevonden/);
    const distances = [...shadow(el).querySelectorAll('.result .meta')].map((m) => m.textContent!.match(/(\d+,\d) km/)?.[1]);
    const numbers = distances.map((d) => Number(d!.replace(',', '.')));
    expect([...numbers].sort((a, b) => a - b)).to.deep.equal(numbers);
    await expect(el).to.be.accessible();
  });

  it('shows the field message for an unknown postcode', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${api}></sek-zoeker>`);
    await searchFor(el, '1000');
    expect(shadow(el).querySelector('#where-error')!.textContent).to.equal('Deze postcode bestaat niet. Probeer bijvoorbeeld 4201.');
    expect(shadow(el).querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a friendly message and a retry button when the service is down', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker api="http://127.0.0.1:9"></sek-zoeker>`);
    const failed = oneEvent(el, 'sek-error');
    void searchFor(el, '4201');
    expect((await failed).detail).to.deep.equal({ kind: 'unavailable' });
    await waitUntil(() => shadow(el).querySelector('.message button'));
    expect(shadow(el).querySelector('.message')!.textContent).to.contain('Zoeken lukt nu even niet');
    // The service comes back: retry works without reloading.
    el.api = api;
    await waitUntil(() => resultTitles(el).length > 0, 'retry did not show results', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('searches at once with a postcode attribute and follows attribute changes', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${api} postcode="4201" radius="2"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 5000 });
    const near = resultTitles(el).length;
    const searched = oneEvent(el, 'sek-search');
    el.setAttribute('radius', '10');
    expect((await searched).detail.radiusKm).to.equal(10);
    await waitUntil(() => resultTitles(el).length > near, 'radius change did not widen the search', { timeout: 5000 });
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${api} lang="en"></sek-zoeker>`);
    expect(shadow(el).querySelector('label')!.textContent).to.equal('Where do you live?');
  });

  it('is not restyled by aggressive host CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'button { background: rgb(255, 0, 255) !important; } * { font-size: 5px; }';
    document.head.append(style);
    try {
      const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${api}></sek-zoeker>`);
      const button = shadow(el).querySelector('button')!;
      expect(getComputedStyle(button).backgroundColor).to.not.equal('rgb(255, 0, 255)');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      style.remove();
    }
  });

  it('tolerates the script being loaded twice', async () => {
    const first = customElements.get('sek-zoeker');
    // A second copy of the module (another URL) runs its registration code again; it must not throw.
    const second = new URL('../src/sek-zoeker.ts?copy=2', import.meta.url).href;
    const module = (await import(second)) as { SekZoekerElement: CustomElementConstructor };
    expect(module.SekZoekerElement).to.equal(first);
    expect(customElements.get('sek-zoeker')).to.equal(first);
  });
});

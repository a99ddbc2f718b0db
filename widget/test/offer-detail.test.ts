import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';
import { $, $$, api, resultTitles, withResults } from './helpers.js';

describe('offer detail', () => {
  it('opens with focus on its heading, fires sek-select, and returns focus on close', async () => {
    const el = await withResults();
    const second = $$(el, '.results:not(.online) .result-link')[1]!;
    const hitId = second.dataset.hit!;
    const expectedTitle = second.textContent!.trim();
    const selected = oneEvent(el, 'sek-select');
    second.click();
    const event = await selected;
    expect(event.detail.hitId).to.equal(hitId);
    expect(event.composed).to.be.true;
    await el.updateComplete;
    const title = $(el, '#detail-title')!;
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(title.textContent).to.equal(expectedTitle);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => $(el, '.results'));
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.hit).to.equal(hitId);
  });

  it('fetches the whole offer when it opens; when that fails it says so, and "Terug" returns to the list', async () => {
    const el = await withResults();
    const first = $$(el, '.results:not(.online) .result-link')[0]!;
    const hitId = first.dataset.hit!;
    const title = first.textContent!.trim();
    // The connection drops after the list arrived: only the offer's own request fails.
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      return url.includes('/v1/offers/') ? Promise.reject(new TypeError('Failed to fetch')) : realFetch.call(window, input, init);
    };
    try {
      console.log('step click');
      first.click();
      await el.updateComplete;
      console.log('step updated');
    } finally {
      window.fetch = realFetch;
    }
    expect(asked.some((url) => url.includes(`/v1/offers/${encodeURIComponent(hitId.split('__')[0]!)}`))).to.be.true;
    expect($(el, '#detail-title')!.textContent).to.equal(title);
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
    expect($(el, '.detail [role=alert]')!.textContent).to.contain('Meer over dit aanbod kunnen we nu niet laden');
    expect($(el, '.facts')).to.be.null;
    console.log('step axe');
    await expect(el).to.be.accessible();
    console.log('step back');
    $<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => $(el, '.results'));
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.hit).to.equal(hitId);

    // Opened again with the connection back: the whole offer.
    $$(el, '.results:not(.online) .result-link')[0]!.click();
    await el.updateComplete;
    expect($(el, '.facts')!.textContent).to.contain('Wat kost het?');
  });

  it('tells what, where, when, cost and contact, with tap-to-call and a route link', async () => {
    const el = await withResults();
    $$(el, '.results:not(.online) .result-link')[0]!.click();
    await el.updateComplete;
    const text = $(el, '.detail')!.textContent!;
    for (const heading of ['Wat is het?', 'Waar?', 'Wanneer?', 'Wat kost het?', 'Contact']) expect(text).to.contain(heading);
    expect(text).to.match(/Gecontroleerd op \d{1,2} \w+ 20\d\d/);
    expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]')!.getAttribute('href')).to.match(/^tel:0\d{9}$/);
    expect($<HTMLAnchorElement>(el, 'a[href^="https://www.openstreetmap.org/directions"]')).to.exist;
  });

  it('reads the offer aloud in Dutch where the browser can', async () => {
    const el = await withResults();
    $$(el, '.results:not(.online) .result-link')[0]!.click();
    await el.updateComplete;
    const spoken: SpeechSynthesisUtterance[] = [];
    const speak = speechSynthesis.speak;
    speechSynthesis.speak = (utterance) => spoken.push(utterance);
    try {
      const button = $$(el, '.actions button').find((b) => b.textContent!.includes('Lees voor'))!;
      button.click();
      await el.updateComplete;
      expect(spoken).to.have.length(1);
      expect(spoken[0]!.lang).to.equal('nl-NL');
      expect(spoken[0]!.text).to.contain($(el, '#detail-title')!.textContent);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
    } finally {
      speechSynthesis.speak = speak;
      speechSynthesis.cancel();
    }
  });

  it('says so when the browser has no Dutch voice, instead of reading in silence or oddly', async () => {
    const el = await withResults();
    $$(el, '.results:not(.online) .result-link')[0]!.click();
    await el.updateComplete;
    const speak = speechSynthesis.speak;
    const getVoices = speechSynthesis.getVoices;
    speechSynthesis.speak = () => {};
    speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' } as SpeechSynthesisVoice];
    try {
      $$(el, '.actions button').find((b) => b.textContent!.includes('Lees voor'))!.click();
      await el.updateComplete;
      expect($(el, '.detail [role=status]')!.textContent).to.equal('Uw browser heeft geen Nederlandse stem. Het voorlezen kan daardoor vreemd klinken.');
    } finally {
      speechSynthesis.speak = speak;
      speechSynthesis.getVoices = getVoices;
      speechSynthesis.cancel();
    }
  });

  it('prints a clean page with the offer', async () => {
    const el = await withResults();
    $$(el, '.results:not(.online) .result-link')[0]!.click();
    await el.updateComplete;
    const title = $(el, '#detail-title')!.textContent!;
    const printed = new Promise<Document>((resolve) => {
      const observer = new MutationObserver(() => {
        const frame = document.querySelector<HTMLIFrameElement>('body > iframe[aria-hidden=true]');
        if (!frame) return;
        observer.disconnect();
        // A capture listener runs before the widget's own load handler, which fills the page and prints.
        frame.addEventListener('load', () => {
          frame.contentWindow!.print = () => resolve(frame.contentDocument!);
        }, { once: true, capture: true });
      });
      observer.observe(document.body, { childList: true });
    });
    $$(el, '.actions button').find((b) => b.textContent!.includes('Printen'))!.click();
    const doc = await printed;
    expect(doc.querySelector('h2')!.textContent).to.equal(title);
    expect(doc.body.textContent).to.contain('Gecontroleerd op');
    expect(doc.querySelector('button, input')).to.equal(null);
  });

  it('shares a link that carries the search and the offer', async () => {
    const el = await withResults();
    $$(el, '.results:not(.online) .result-link')[0]!.click();
    await el.updateComplete;
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText: async (text: string) => void copied.push(text) }) });
    try {
      $$(el, '.actions button').find((b) => b.textContent!.includes('Delen'))!.click();
      await waitUntil(() => copied.length === 1);
      const url = new URL(copied[0]!);
      expect(url.searchParams.get('sek-waar')).to.equal('4201');
      expect(url.searchParams.get('sek-aanbod')).to.be.a('string').and.not.empty;
      await el.updateComplete;
      expect($(el, '.detail [role=status]')!.textContent).to.equal('De link is gekopieerd.');
    } finally {
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      if (share) Object.defineProperty(Navigator.prototype, 'share', share);
      else delete (Navigator.prototype as { share?: unknown }).share;
    }
  });
});

describe('an offer at several places', () => {
  it('"Ook op N andere plekken" opens the offer at its list of other places, nearest first', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201" radius="25"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    while (!$$(el, '.results:not(.online) .other-places').length && $(el, 'button.more')) {
      const before = $$(el, '.results:not(.online) .result').length;
      $<HTMLButtonElement>(el, 'button.more')!.click();
      await waitUntil(() => $$(el, '.results:not(.online) .result').length > before, 'more did not load', { timeout: 8000 });
    }
    const button = $$(el, '.results:not(.online) .other-places')[0]!;
    const others = Number(/\d+/.exec(button.textContent!)![0]);
    button.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'also-at', 'focus did not move to the other places', { timeout: 8000 });
    const places = $$(el, '.also-at li');
    expect(places).to.have.length(others);
    const km = places.map((li) => Number(/\(([\d,]+) km\)/.exec(li.textContent!.replace(/\s+/g, ' '))![1]!.replace(',', '.')));
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });
});

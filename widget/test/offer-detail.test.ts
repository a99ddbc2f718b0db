import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, withResults } from './helpers.js';

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

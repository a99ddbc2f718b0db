import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';
import { $, $$, api, nextSearch, resultTitles, searchDone, openFilters, searchFor, statusText, withResults } from './helpers.js';

describe('<sek-zoeker> embedding', () => {
  it('is accessible before a search, with theme tiles as toggle buttons', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    expect($(el, 'label[for=where]')!.textContent).to.equal('Waar woont u?');
    const tiles = $$(el, '.tile');
    expect(tiles).to.have.length(11);
    expect(tiles.every((tile) => tile.getAttribute('aria-pressed') === 'false')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows only the themes of the themes attribute, in that order', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} themes="geld,taal,digitaal"></sek-zoeker>`);
    expect($$(el, '.tile-label').map((l) => l.textContent)).to.deep.equal(['Geld en schulden', 'Taal', 'Computer en internet']);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} lang="en"></sek-zoeker>`);
    // English comes as a small chunk of its own; until it is there the widget stays Dutch, never mixed.
    await waitUntil(() => $(el, 'label[for=where]')!.textContent === 'Where do you live?', 'English did not load');
    expect($(el, '.tile-label')!.textContent).to.equal('Language');
  });

  it('is not restyled by aggressive host CSS, and keeps 44 px targets', async () => {
    const style = document.createElement('style');
    style.textContent = 'button { background: rgb(255, 0, 255) !important; height: 10px !important; } * { font-size: 5px; }';
    document.head.append(style);
    try {
      const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
      for (const button of $$(el, 'button')) {
        expect(getComputedStyle(button).backgroundColor).to.not.equal('rgb(255, 0, 255)');
        expect(button.getBoundingClientRect().height).to.be.at.least(44);
      }
    } finally {
      style.remove();
    }
  });

  it('is not changed by a hostile host page, and does not cover the host\'s floated sidebar', async () => {
    const style = document.createElement('style');
    style.textContent = `
      html { font-size: 10px; }
      body { text-transform: uppercase; letter-spacing: 3px; white-space: nowrap; line-height: 4; word-spacing: 12px; font-style: italic; }
      .sidebar { float: right; width: 120px; }`;
    document.head.append(style);
    const sidebar = document.createElement('div');
    sidebar.className = 'sidebar';
    sidebar.innerHTML = '<button type="button">Menu</button>';
    document.body.prepend(sidebar);
    try {
      const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
      const label = $(el, 'label[for=where]')!;
      const css = getComputedStyle(label);
      expect(css.fontSize).to.equal('18px');
      expect(css.textTransform).to.equal('none');
      expect(css.letterSpacing).to.equal('normal');
      expect(css.whiteSpace).to.equal('normal');
      expect(css.fontStyle).to.equal('normal');
      expect(Number.parseFloat(css.lineHeight)).to.be.below(30);
      // The sidebar's button stays on top and clickable: the widget sits beside the float.
      const button = sidebar.querySelector('button')!;
      const box = button.getBoundingClientRect();
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(button);
      expect(el.getBoundingClientRect().right).to.be.at.most(sidebar.getBoundingClientRect().left + 1);
    } finally {
      style.remove();
      sidebar.remove();
    }
  });

  it('keeps the data sources behind a small "Bronnen", still reachable', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    const details = $<HTMLDetailsElement>(el, 'footer details')!;
    expect(details.open).to.be.false;
    expect($(el, 'footer summary')!.textContent).to.equal('Bronnen');
    $(el, 'footer summary')!.click();
    await el.updateComplete;
    expect(details.open).to.be.true;
    expect($(el, 'footer p')!.textContent).to.contain('CBS / Kadaster');
  });

  it('tolerates the script being loaded twice', async () => {
    const first = customElements.get('sek-zoeker');
    // A second copy of the module (another URL) runs its registration code again; it must not throw.
    const module = (await import(new URL('../src/sek-zoeker.ts?copy=2', import.meta.url).href)) as { SekZoekerElement: CustomElementConstructor };
    expect(module.SekZoekerElement).to.equal(first);
    expect(customElements.get('sek-zoeker')).to.equal(first);
  });

  it('fits a 320 px wide page without horizontal scrolling', async () => {
    const el = await withResults();
    el.style.width = '320px';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, '.result, form')) expect(node.scrollWidth).to.be.at.most(node.clientWidth + 1);
  });

  for (const width of [320, 375]) {
    it(`at ${width} px nothing in the list or an opened offer is cut off or overlaps, and targets stay 44 px`, async () => {
      const el = await withResults();
      el.style.width = `${width}px`;
      await openFilters(el);
      const check = (what: string) => {
        const host = el.getBoundingClientRect();
        expect(el.scrollWidth, `${what}: the widget scrolls sideways`).to.be.at.most(width);
        for (const node of $$(el, 'h2, h3, p, li, dt, dd, label, legend, button, a, input, select, summary')) {
          if (node.closest('[hidden]') || node.closest('.visually-hidden') || node.matches('.skip-link, .skip-map')) continue;
          const box = node.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, `${what}: "${node.textContent!.trim().slice(0, 30)}" sticks out`).to.be.at.most(host.right + 0.5);
          expect(node.scrollWidth, `${what}: "${node.textContent!.trim().slice(0, 30)}" is cut off`).to.be.at.most(node.clientWidth + 1);
        }
        for (const target of $$(el, 'button, a, summary, .check')) {
          if (target.closest('[hidden]') || target.matches('.skip-link, .skip-map') || target.closest('.tile')) continue;
          const box = target.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.height, `${what}: "${target.textContent!.trim().slice(0, 30)}" is smaller than 44 px`).to.be.at.least(44);
        }
        for (const input of $$(el, '.check input')) expect(input.getBoundingClientRect().width, `${what}: a checkbox shrank`).to.be.at.least(20);
      };
      check('the list');
      $$(el, '.results:not(.online) .result-link')[0]!.click();
      await el.updateComplete;
      check('the detail');
      // Terms and their values never overlap.
      const terms = $$(el, '.facts dt');
      const values = $$(el, '.facts dd');
      terms.forEach((term, i) => {
        const a = term.getBoundingClientRect();
        const b = values[i]!.getBoundingClientRect();
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `"${term.textContent}" overlaps its value`).to.be.false;
      });
    });
  }

  it('sets no cookies and stores nothing', async () => {
    const before = document.cookie;
    await withResults();
    expect(document.cookie).to.equal(before);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('searching', () => {
  it('finds real offers near 4201, nearest first, and announces the count', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    const detail = await nextSearch(el, () => void searchFor(el, '4201'));
    expect(detail).to.include({ near: '4201', radiusKm: 5 });
    expect(resultTitles(el).length).to.be.greaterThan(0);
    expect($(el, '.status')!.getAttribute('aria-live')).to.equal('polite');
    expect(statusText(el)).to.match(/^\d+ plekken gevonden, en \d+ online\. Dichtstbij eerst\.$/);
    const km = $$(el, '.results:not(.online) .distance').map((d) => Number(d.textContent!.replace(' km', '').replace(',', '.')));
    expect([...km].sort((a, b) => a - b)).to.deep.equal(km);
    expect($$(el, '.results.online .result').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('finds offers by a word with a typo, marks the matched words, and searches as you type', async () => {
    const el = await withResults();
    const input = $<HTMLInputElement>(el, '#q')!;
    const detail = await nextSearch(el, () => {
      input.value = 'computr';
      input.dispatchEvent(new InputEvent('input'));
    });
    expect(detail.q).to.equal('computr');
    const marked = $$(el, '.results:not(.online) .result-link mark').map((m) => m.textContent);
    expect(marked.length).to.be.greaterThan(0);
    expect(marked.some((word) => /^comput/i.test(word!))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('follows attribute changes at run time', async () => {
    const el = await withResults();
    const detail = await nextSearch(el, () => el.setAttribute('radius', '10'));
    expect(detail.radiusKm).to.equal(10);
    expect(($(el, '#distance') as HTMLSelectElement).value).to.equal('10');
  });

  it('turns tiles and filters into request parameters', async () => {
    const el = await withResults();
    let detail = await nextSearch(el, () => $$(el, '.tile')[0]!.click());
    expect(detail.themes).to.deep.equal(['taal']);
    expect($$(el, '.tile')[0]!.getAttribute('aria-pressed')).to.equal('true');

    await openFilters(el);
    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=free]')!.click());
    expect(detail.free).to.equal(true);
    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=dayParts][value=avond]')!.click());
    expect(detail.dayParts).to.deep.equal(['avond']);
    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=online][value=exclude]')!.click());
    expect(detail.online).to.equal('exclude');

    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=targetGroups][value=nt2]')!.click());
    expect(detail.targetGroups).to.deep.equal(['nt2']);
    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=kinds][value=groep]')!.click());
    expect(detail.kinds).to.deep.equal(['groep']);
    await expect(el).to.be.accessible();
  });

  it('shows facet counts next to the filters', async () => {
    const el = await withResults();
    await openFilters(el);
    expect($(el, 'input[name=free] + span')!.textContent).to.match(/^Gratis \(\d+\)$/);
    expect($(el, 'input[value=avond] + span')!.textContent).to.match(/^'s Avonds \(\d+\)$/);
  });

  it('loads more results and moves focus to the first new one', async () => {
    const el = await withResults();
    const first = resultTitles(el).length;
    expect(first).to.equal(10);
    $<HTMLButtonElement>(el, 'button.more')!.click();
    await waitUntil(() => resultTitles(el).length > first, 'no more results', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.results:not(.online) .result-link')[first]);
  });

  it('cancels a stale search when a newer one starts', async () => {
    const el = await withResults();
    const seen: string[] = [];
    el.addEventListener('sek-search', (e) => seen.push(String(e.detail.radiusKm)));
    el.radius = 25;
    await el.updateComplete;
    el.radius = 2;
    await searchDone(el);
    expect(seen).to.deep.equal(['25', '2']);
    expect(($(el, '#distance') as HTMLSelectElement).value).to.equal('2');
    const km = $$(el, '.results:not(.online) .distance').map((d) => Number(d.textContent!.replace(' km', '').replace(',', '.')));
    expect(Math.max(...km)).to.be.at.most(2);
  });
});

describe('the place field', () => {
  it('suggests places as you type and is operated by keyboard (ARIA combobox)', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    const input = $<HTMLInputElement>(el, '#where')!;
    input.focus();
    input.value = 'Bleskengraaf';
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', { timeout: 5000 });
    expect($(el, '[role=option]')!.textContent).to.equal('Bleskensgraaf (Molenlanden)');
    await expect(el).to.be.accessible();

    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('where-option-0');
    expect($(el, '#where-option-0')!.getAttribute('aria-selected')).to.equal('true');

    const searched = oneEvent(el, 'sek-search');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await searched).detail.near).to.equal('Bleskensgraaf (Molenlanden)');
    expect(input.value).to.equal('Bleskensgraaf (Molenlanden)');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes the suggestions with Escape', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    const input = $<HTMLInputElement>(el, '#where')!;
    input.value = 'Gorinch';
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', { timeout: 5000 });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[role=listbox]')!.hidden).to.be.true;
  });

  it('a suggestion answer that arrives after Enter is dropped: the list does not reopen over the page', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    const realFetch = window.fetch;
    const placeRequests: AbortSignal[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the suggestions request until after Enter, as a slow network would.
    window.fetch = async (input, init) => {
      if (String(input).includes('/v1/places')) {
        placeRequests.push(init!.signal!);
        await held;
      }
      return realFetch(input, init);
    };
    try {
      const input = $<HTMLInputElement>(el, '#where')!;
      input.value = 'Gorinch';
      input.dispatchEvent(new InputEvent('input'));
      await waitUntil(() => placeRequests.length === 1, 'no suggestions request');
      const searched = nextSearch(el, () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
      expect(placeRequests[0]!.aborted).to.be.true;
      release();
      await searched;
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[role=listbox]')!.hidden).to.be.true;
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows the field message for an unknown postcode', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    const failed = oneEvent(el, 'sek-error');
    await searchFor(el, '1000');
    expect((await failed).detail).to.deep.equal({ kind: 'invalid' });
    expect($(el, '#where-error')!.textContent).to.equal('Deze postcode bestaat niet. Probeer bijvoorbeeld 4201.');
    expect($(el, '#where')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('lets the resident choose between places with the same name', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    await searchFor(el, 'Hengelo');
    const choices = $$(el, '.candidates button');
    expect(choices.map((c) => c.textContent)).to.have.members(['Hengelo (Overijssel)', 'Hengelo (Bronckhorst)']);
    await expect(el).to.be.accessible();
    const detail = await nextSearch(el, () => choices.find((c) => c.textContent === 'Hengelo (Bronckhorst)')!.click());
    expect(detail.near).to.equal('Hengelo (Bronckhorst)');
    expect($$(el, '.candidates button')).to.have.length(0);
  });

  it('offers "Bedoelt u …?" for a misspelt place, and one tap searches there', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
    await searchFor(el, 'Arkle');
    expect($(el, '#where-error')!.textContent).to.equal('Deze plaats kennen we niet. Bedoelt u een van deze plaatsen?');
    const arkel = $$(el, '.candidates button').find((c) => c.textContent!.startsWith('Arkel'));
    expect(arkel).to.exist;
    await expect(el).to.be.accessible();
    const detail = await nextSearch(el, () => arkel!.click());
    expect(detail.near).to.match(/^Arkel/);
    expect($$(el, '.candidates button')).to.have.length(0);
  });

  describe('"Gebruik mijn locatie"', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'geolocation', original));
    const fakeGeolocation = (answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) =>
      Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => ({ getCurrentPosition: answer }) });

    it('searches at the device location when shared', async () => {
      fakeGeolocation((ok) => ok({ coords: { latitude: 51.8293, longitude: 4.9746 } } as GeolocationPosition));
      const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
      el.urlState = true;
      const detail = await nextSearch(el, () => $$(el, 'button').find((b) => b.textContent!.includes('Gebruik mijn locatie'))!.click());
      // About 1 km, never the precise point: in the request, the URL and the field.
      expect(detail.near).to.equal('51.83,4.97');
      expect(resultTitles(el).length).to.be.greaterThan(0);
      expect(new URL(window.location.href).searchParams.get('sek-waar')).to.equal('51.83,4.97');
      const field = $<HTMLInputElement>(el, '#where')!.value;
      expect(field).to.match(/^\d{4} \p{L}/u);
      expect(field).to.not.match(/\d+[.,]\d+/);
      expect($(el, '#results-heading')!.textContent).to.equal(`In de buurt van ${field}`);
      // Searching again from the form keeps the point.
      const again = await nextSearch(el, () => $<HTMLButtonElement>(el, 'button[type=submit]')!.click());
      expect(again.near).to.equal('51.83,4.97');
      window.history.replaceState(null, '', window.location.pathname);
    });

    it('says so clearly when the resident refuses', async () => {
      fakeGeolocation((_ok, fail) => fail!({ code: 1, message: 'denied' } as GeolocationPositionError));
      const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()}></sek-zoeker>`);
      $$(el, 'button').find((b) => b.textContent!.includes('Gebruik mijn locatie'))!.click();
      await el.updateComplete;
      expect($(el, '.locate-row [role=status]')!.textContent).to.equal('Uw locatie is niet gedeeld. Typ dan uw postcode of woonplaats.');
    });
  });
});

describe('when nothing is found', () => {
  it('gives plain advice and the host\'s contact', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} contact="0183 123 456"></sek-zoeker>`);
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'xqzwvk';
    input.dispatchEvent(new InputEvent('input'));
    await searchFor(el, '4201');
    expect(statusText(el)).to.equal('We vonden niets.');
    expect($(el, '.message')!.textContent).to.contain('Kies een grotere afstand.');
    const link = $<HTMLAnchorElement>(el, '.message a')!;
    expect(link.getAttribute('href')).to.equal('tel:0183123456');
    await expect(el).to.be.accessible();
  });
});

describe('when the service is down', () => {
  it('shows a friendly message; "Probeer opnieuw" works once it is back', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker api="http://127.0.0.1:9"></sek-zoeker>`);
    const failed = oneEvent(el, 'sek-error');
    void searchFor(el, '4201');
    const event = await failed;
    expect(event.detail).to.deep.equal({ kind: 'unavailable' });
    expect(event.bubbles && event.composed).to.be.true;
    await waitUntil(() => $(el, '.message button'));
    expect($(el, '.message')!.textContent).to.contain('Zoeken lukt nu even niet');
    await expect(el).to.be.accessible();
    el.api = await api();
    await waitUntil(() => resultTitles(el).length > 0, 'did not recover', { timeout: 8000 });
  });
});

describe('host presets', () => {
  it('a mistake in the page (themes="tal", an unknown region) goes to the console, naming the attribute, never to the resident', async () => {
    const logged: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} themes="taal,tal" region="GM9999"></sek-zoeker>`);
      await waitUntil(() => logged.some((line) => line.includes('region')), 'the unknown region was not reported', { timeout: 8000 });
      expect(logged.some((line) => line.includes('themes="tal"'))).to.be.true;
      await el.updateComplete;
      expect($(el, '.error'), 'shown as a place error').to.equal(null);
      expect($$(el, '.tile').map((tile) => tile.querySelector('.tile-label')!.textContent)).to.deep.equal(['Taal']);
    } finally {
      console.error = error;
    }
  });

  it('selected-themes chooses tiles from the start', async () => {
    const searched = new Promise<Record<string, unknown>>((resolve) => document.addEventListener('sek-search', (e) => resolve(e.detail), { once: true }));
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} themes="wonen,digitaal,geld,overheid" selected-themes="wonen" region="GM0114"></sek-zoeker>`);
    expect((await searched).themes).to.deep.equal(['wonen']);
    expect($$(el, '.tile[aria-pressed=true] .tile-label').map((l) => l.textContent)).to.deep.equal(['Wonen']);
  });

  it('quick-filters shows big toggles for free and evening that set the request', async () => {
    const el = await withResults();
    el.quickFilters = 'gratis,avond';
    await el.updateComplete;
    const [free, evening] = $$(el, '.quick-filters button');
    expect([free!.textContent, evening!.textContent]).to.deep.equal(['Gratis', "'s Avonds"]);
    let detail = await nextSearch(el, () => free!.click());
    expect(detail.free).to.equal(true);
    detail = await nextSearch(el, () => evening!.click());
    expect(detail.dayParts).to.deep.equal(['avond']);
    expect($(el, '.quick-filters button[aria-pressed=true]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

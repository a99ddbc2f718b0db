import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';
import { $, $$, api, resultTitles } from './helpers.js';

const mapChunkRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/map/sek-map-view'));
const mapOf = (el: SekZoekerElement) => $(el, '#map')!;
/** Inside the map sub-element's own shadow root. */
const inMap = (el: SekZoekerElement) => $(el, '#map sek-zoeker-kaart')?.shadowRoot ?? null;
const markers = (el: SekZoekerElement) => [...(inMap(el)?.querySelectorAll<HTMLElement>('.marker') ?? [])];
/** How many offers the markers stand for (a cluster marker shows how many it holds). */
const markedHits = (el: SekZoekerElement) => markers(el).reduce((sum, marker) => sum + (Number(marker.textContent) || 1), 0);
/** The marker whose tooltip names this offer. */
const markerOf = (el: SekZoekerElement, title: string) => markers(el).find((marker) => marker.title.split('\n').includes(title));
const centreOf = (element: Element) => {
  const box = element.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2] as const;
};

async function mapReady(el: SekZoekerElement): Promise<void> {
  await waitUntil(() => markers(el).length > 0, 'map did not show markers', { timeout: 10_000 });
}

async function listView(near: string, radius = 5): Promise<SekZoekerElement> {
  const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} tiles="none" postcode=${near} radius=${radius}></sek-zoeker>`);
  await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
  return el;
}

before(() => performance.setResourceTimingBufferSize(100_000));

describe('map view', () => {
  it('loads the map code only when the map is first opened', async () => {
    const el = await listView('4201');
    expect(mapChunkRequests()).to.have.length(0);
    expect(mapOf(el).hidden).to.be.true;
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    expect(mapChunkRequests()).to.have.length(1);
    expect($$(el, '.view-toggle button')[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  /** "N plekken gevonden" as the list says it. */
  const foundPlaces = (el: SekZoekerElement) => Number(/(\d+) plek/.exec($(el, '.status')!.textContent!)![1]);

  it('shows every place of the search (not only the page of the list), and the radius circle', async () => {
    const el = await listView('4201');
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    const total = foundPlaces(el);
    expect(total).to.be.greaterThan($$(el, '.results:not(.online) .result').length);
    expect(total).to.be.at.most(200);
    await waitUntil(() => markedHits(el) === total, `the map does not show all ${total} places`, { timeout: 8000 });
    expect(mapOf(el).getAttribute('aria-label')).to.equal(`Kaart met ${total} plekken, binnen 5 km`);

    el.setAttribute('radius', '10');
    await waitUntil(() => mapOf(el).getAttribute('aria-label')!.endsWith('binnen 10 km'), 'map did not follow the search', { timeout: 8000 });
    await waitUntil(() => markedHits(el) === Math.min(foundPlaces(el), 200), 'markers did not follow the search', { timeout: 8000 });
  });

  it('opens the offer of a clicked marker', async () => {
    const el = await listView('Bleskensgraaf', 2);
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    const target = $$(el, '.results:not(.online) .result-link')[0]!;
    const title = target.textContent!.trim();
    mapOf(el).scrollIntoView({ block: 'center' });
    // Click the marker that holds this offer, as a person would, until it opens (a spread-out cluster zooms in first).
    for (let attempt = 0; attempt < 5 && !$(el, '#detail-title'); attempt++) {
      const spot = $$(el, '.spot button').find((b) => b.textContent === title);
      if (spot) {
        spot.click();
        break;
      }
      const marker = markerOf(el, title)!;
      const [x, y] = centreOf(marker);
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      await waitUntil(() => $(el, '#detail-title') || $(el, '.spot') || !marker.isConnected, 'the click did nothing', { timeout: 5000 });
      await waitUntil(() => markerOf(el, title), 'markers were not drawn again', { timeout: 5000 });
    }
    await waitUntil(() => $(el, '#detail-title'), 'marker did not open the offer', { timeout: 5000 });
    expect($(el, '#detail-title')!.textContent).to.equal(title);
    await waitUntil(() => markerOf(el, title)?.classList.contains('selected'), 'the opened offer is not highlighted');
  });

  it('several offers at one spot: a chooser, with focus on its first choice', async () => {
    const answer = await (await fetch(`${await api()}/v1/search?near=4201&radiusKm=5&limit=50`)).json();
    const bySpot = new Map<string, string[]>();
    for (const hit of answer.results) {
      const key = `${hit.location.lat},${hit.location.lng}`;
      bySpot.set(key, [...(bySpot.get(key) ?? []), hit.offer.title]);
    }
    const shared = [...bySpot.values()].find((titles) => titles.length > 1);
    expect(shared, 'the demo data has no two offers at one spot near 4201').to.exist;
    const el = await listView('4201');
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    mapOf(el).scrollIntoView({ block: 'center' });
    for (let attempt = 0; attempt < 6 && !$(el, '.spot'); attempt++) {
      await waitUntil(() => markerOf(el, shared![0]!), 'no marker for the spot', { timeout: 5000 });
      const marker = markerOf(el, shared![0]!)!;
      const [x, y] = centreOf(marker);
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      await waitUntil(() => $(el, '.spot') || !marker.isConnected, 'the click did nothing', { timeout: 5000 });
    }
    await waitUntil(() => $(el, '.spot'), 'no chooser for the offers at one spot', { timeout: 5000 });
    const choices = $$(el, '.spot button').map((button) => button.textContent);
    for (const title of shared!) expect(choices).to.include(title);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.spot button')[0]);
    await expect(el).to.be.accessible();
  });

  it('centres on the offer chosen in the list, with its own highlighted marker', async () => {
    const el = await listView('4201', 10);
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    const last = $$(el, '.results:not(.online) .result-link').at(-1)!;
    const title = last.textContent!.trim();
    last.click();
    await waitUntil(() => markerOf(el, title)?.title === title && markerOf(el, title)?.classList.contains('selected'), 'not selected');
    await waitUntil(() => {
      const [x, y] = centreOf(markerOf(el, title)!);
      const [cx, cy] = centreOf(mapOf(el));
      return Math.abs(x - cx) < 3 && Math.abs(y - cy) < 3;
    }, 'map did not centre on the offer', { timeout: 5000 });
  });

  it('starts as a map with view="kaart", framed on the region before any search', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} tiles="none" view="kaart" region="GM1978"></sek-zoeker>`);
    await mapReady(el);
    expect(mapOf(el).hidden).to.be.false;
    expect($$(el, '.view-toggle button')[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows the results even when they arrive while the region frame is still loading', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} tiles="none" view="kaart" region="GM0281,GM0216,GM1960,GM0214,GM1740,GM0263,GM0668,GM0297"></sek-zoeker>`);
    await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
    const located = $$(el, '.results:not(.online) .result').length;
    await waitUntil(() => markedHits(el) === located, 'map kept the empty region frame', { timeout: 8000 });
  });

  it('with tiles="none" draws gemeente boundaries and requests nothing outside the test and SEK servers', async () => {
    const el = await listView('4201');
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    const origins = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    origins.delete(window.location.origin);
    origins.delete(new URL(await api()).origin);
    expect([...origins]).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('/v1/boundaries?bbox='))).to.be.true;
    expect(inMap(el)!.querySelector('.ol-attribution')!.textContent).to.contain('CBS');
  });

  it('is accessible: named map, labelled Dutch zoom buttons, a way to skip it', async () => {
    const el = await listView('4201');
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    expect(mapOf(el).getAttribute('role')).to.equal('region');
    expect(mapOf(el).getAttribute('aria-label')).to.match(/^Kaart met \d+ plekken, binnen 5 km$/);
    expect(inMap(el)!.querySelector('.ol-zoom-in')!.getAttribute('aria-label')).to.equal('Inzoomen');
    const skip = $<HTMLButtonElement>(el, '.skip-map')!;
    skip.click();
    expect(el.shadowRoot!.activeElement!.id).to.equal('results-heading');
    await expect(el).to.be.accessible();
  });
});

describe('map backgrounds', () => {
  it('with tiles="none" writes place names on the map, from the SEK service', async () => {
    const drawn = new Set<string>();
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, ...rest: [number, number, number?]) {
      drawn.add(text);
      return fillText.call(this, text, ...rest);
    };
    try {
      const el = await listView('4201');
      $$(el, '.view-toggle button')[1]!.click();
      await mapReady(el);
      await waitUntil(() => drawn.has('Gorinchem'), `no place names drawn (drawn: ${[...drawn].join(', ')})`, { timeout: 8000 });
    } finally {
      CanvasRenderingContext2D.prototype.fillText = fillText;
    }
  });

  it('when the tile server does not answer, shows boundaries and place names and says so', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} tiles="http://127.0.0.1:9/{z}/{x}/{y}.png" view="kaart" postcode="4201"></sek-zoeker>`);
    await mapReady(el);
    await waitUntil(() => inMap(el)?.querySelector('.notice'), 'no message about the failing background map', { timeout: 10_000 });
    expect(inMap(el)!.querySelector('.notice')!.textContent).to.contain('De achtergrondkaart laadt niet');
    await waitUntil(() => inMap(el)!.querySelector('.ol-attribution')!.textContent!.includes('CBS'), 'no boundaries instead', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('in English the map credits and their tooltip are English', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} lang="en" tiles="none" postcode="4201"></sek-zoeker>`);
    await waitUntil(() => $(el, '.view-toggle button')?.textContent === 'List', 'English did not load', { timeout: 8000 });
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    await waitUntil(() => inMap(el)!.querySelector('.ol-attribution')!.textContent!.includes('Municipal borders'), 'credits not in English', { timeout: 8000 });
    expect(inMap(el)!.querySelector('.ol-attribution button')!.getAttribute('title')).to.equal('Map sources');
  });

  it('loads tiles from any XYZ template given in tiles', async () => {
    const template = `${window.location.origin}/test-tiles/{z}/{x}/{y}.png`;
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} tiles=${template} view="kaart" postcode="4201"></sek-zoeker>`);
    await mapReady(el);
    await waitUntil(() => performance.getEntriesByType('resource').some((entry) => /\/test-tiles\/\d+\/\d+\/\d+\.png$/.test(entry.name)), 'no tile requested', { timeout: 5000 });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';
import type { SekMapView } from '../src/map/sek-map-view.js';
import { $, $$, api, resultTitles } from './helpers.js';

type MapContainer = HTMLElement & { sekMap?: SekMapView };
const mapChunkRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/map/sek-map-view'));
const mapOf = (el: SekZoekerElement) => $(el, '#map') as MapContainer;

async function mapReady(el: SekZoekerElement): Promise<SekMapView> {
  await waitUntil(() => mapOf(el).sekMap && mapOf(el).dataset.markers !== undefined, 'map did not show', { timeout: 10_000 });
  const map = mapOf(el).sekMap!;
  await map.whenRendered();
  return map;
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

  it('shows one marker per result with a location, and the radius circle of the search', async () => {
    const el = await listView('4201');
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    const located = $$(el, '.results:not(.online) .result').length;
    expect(Number(mapOf(el).dataset.markers)).to.equal(located);
    expect(Number(mapOf(el).dataset.radiusMeters)).to.be.within(4990, 5010);

    el.setAttribute('radius', '10');
    await waitUntil(() => mapOf(el).dataset.radiusMeters === '10000' || Math.abs(Number(mapOf(el).dataset.radiusMeters) - 10_000) < 20, 'map did not follow the search', { timeout: 8000 });
  });

  it('opens the offer of a clicked marker', async () => {
    const el = await listView('Bleskensgraaf', 2);
    $$(el, '.view-toggle button')[1]!.click();
    const map = await mapReady(el);
    const target = $$(el, '.results:not(.online) .result-link')[0]!;
    const hitId = target.dataset.hit!;
    const title = target.textContent!.trim();
    const other = $$(el, '.results:not(.online) .result-link').map((b) => b.dataset.hit!).find((id) => id !== hitId)!;
    for (let attempt = 0; attempt < 4 && !$(el, '#detail-title'); attempt++) {
      const spot = $$(el, '.spot button').find((b) => b.textContent === title);
      if (spot) {
        spot.click();
        break;
      }
      mapOf(el).scrollIntoView({ block: 'center' });
      const [x, y] = map.pixelOf(hitId)!;
      const before = map.pixelOf(other)!;
      const box = mapOf(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + x), Math.round(box.top + y)] });
      // The click either opens the offer, lists the offers at one spot, or zooms into a spread-out cluster.
      await waitUntil(() => {
        const after = map.pixelOf(other)!;
        return $(el, '#detail-title') || $(el, '.spot') || Math.hypot(after[0] - before[0], after[1] - before[1]) > 20;
      }, 'the click did nothing', { timeout: 5000 });
      await map.whenRendered();
    }
    await waitUntil(() => $(el, '#detail-title'), 'marker did not open the offer', { timeout: 5000 });
    expect($(el, '#detail-title')!.textContent).to.equal(title);
    expect(mapOf(el).dataset.selected).to.equal(hitId);
  });

  it('centres on the offer chosen in the list', async () => {
    const el = await listView('4201', 10);
    $$(el, '.view-toggle button')[1]!.click();
    const map = await mapReady(el);
    const last = $$(el, '.results:not(.online) .result-link').at(-1)!;
    last.click();
    await waitUntil(() => mapOf(el).dataset.selected === last.dataset.hit, 'not selected');
    const box = mapOf(el).getBoundingClientRect();
    await waitUntil(() => {
      const [x, y] = map.pixelOf(last.dataset.hit!, 'location')!;
      return Math.abs(x - box.width / 2) < 3 && Math.abs(y - box.height / 2) < 3;
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
    await waitUntil(() => Number(mapOf(el).dataset.markers) === located, 'map kept the empty region frame', { timeout: 8000 });
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
    expect(mapOf(el).querySelector('.ol-attribution')!.textContent).to.contain('CBS');
  });

  it('is accessible: named map, labelled Dutch zoom buttons, a way to skip it', async () => {
    const el = await listView('4201');
    $$(el, '.view-toggle button')[1]!.click();
    await mapReady(el);
    expect(mapOf(el).getAttribute('role')).to.equal('region');
    expect(mapOf(el).getAttribute('aria-label')).to.match(/^Kaart met \d+ plekken$/);
    expect(mapOf(el).querySelector('.ol-zoom-in')!.getAttribute('aria-label')).to.equal('Inzoomen');
    const skip = $<HTMLButtonElement>(el, '.skip-map')!;
    skip.click();
    expect(el.shadowRoot!.activeElement!.id).to.equal('results-heading');
    await expect(el).to.be.accessible();
  });
});

describe('map backgrounds', () => {
  it('loads tiles from any XYZ template given in tiles', async () => {
    const template = `${window.location.origin}/test-tiles/{z}/{x}/{y}.png`;
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} tiles=${template} view="kaart" postcode="4201"></sek-zoeker>`);
    await waitUntil(() => mapOf(el).sekMap && mapOf(el).dataset.markers !== undefined, 'map did not show', { timeout: 10_000 });
    await waitUntil(() => performance.getEntriesByType('resource').some((entry) => /\/test-tiles\/\d+\/\d+\/\d+\.png$/.test(entry.name)), 'no tile requested', { timeout: 5000 });
  });
});

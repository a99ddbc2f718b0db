import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';
import type { SearchResponse } from '@sek/contract';
import { $, $$, api, nextSearch, openFilters, withResults } from './helpers.js';

/** What the service says about the first page near 4201 (the element asks the same). */
async function serviceAnswer(extra = ''): Promise<SearchResponse> {
  return (await fetch(`${await api()}/v1/search?near=4201&radiusKm=5&limit=10${extra}`)).json() as Promise<SearchResponse>;
}

const DUTCH_DAY = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const tomorrowOf = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('when can I go', () => {
  it('each card says the next session in one plain sentence, with the day the service computed', async () => {
    const el = await withResults();
    const answer = await serviceAnswer();
    const cards = $$(el, '.results:not(.online) .result');
    expect(cards.length).to.equal(answer.results.length);
    let withSession = 0;
    answer.results.forEach((hit, i) => {
      const line = cards[i]!.querySelector('.when')!.textContent!.trim();
      const next = hit.upcoming[0];
      if (!next) return;
      withSession++;
      const times = `${next.opensAt.replace(':', '.')}–${next.closesAt.replace(':', '.')} uur`;
      const day = next.date === answer.today ? 'Vandaag' : next.date === tomorrowOf(answer.today) ? 'Morgen' : `Volgende keer: ${DUTCH_DAY.format(new Date(`${next.date}T12:00:00Z`))}`;
      expect(line).to.equal(`${day}, ${times}`);
    });
    expect(withSession).to.be.greaterThan(0);
  });

  it('the detail tells the next session, the fixed times, the breaks and whether to sign up', async () => {
    const el = await withResults();
    const answer = await serviceAnswer();
    const index = answer.results.findIndex((hit) => hit.upcoming.length && hit.offer.schedule.closed.some((p) => p.to >= answer.today));
    expect(index).to.be.at.least(0);
    $$(el, '.results:not(.online) .result-link')[index]!.click();
    await el.updateComplete;
    const lines = $$(el, '.detail dd.when p').map((p) => p.textContent!.trim());
    expect(lines[0]).to.match(/^(Vandaag|Morgen|Volgende keer: \w+ \d{1,2} \w+), \d{1,2}\.\d{2}–\d{1,2}\.\d{2} uur$/);
    expect($(el, '.detail dd.when p strong')!.textContent).to.equal(lines[0]);
    expect(lines.some((line) => /^(Elke|Om de week op) /.test(line))).to.be.true;
    expect(lines.some((line) => /^Gesloten van \d{1,2} \w+ 20\d\d tot en met \d{1,2} \w+ 20\d\d/.test(line))).to.be.true;
    const offer = answer.results[index]!.offer;
    if (offer.schedule.registrationRequired !== undefined) {
      expect(lines).to.include(offer.schedule.registrationRequired ? 'Aanmelden is nodig.' : 'U hoeft zich niet aan te melden.');
    }
    await expect(el).to.be.accessible();
  });

  it('"Vandaag" and "Deze week" narrow the search, travel in the link, and every card agrees', async () => {
    const el = await withResults();
    el.urlState = true;
    await openFilters(el);
    let detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=when][value=vandaag]')!.click());
    expect(detail.when).to.equal('vandaag');
    expect(new URL(window.location.href).searchParams.get('sek-wanneer')).to.equal('vandaag');
    const today = await serviceAnswer('&when=vandaag');
    expect($$(el, '.results:not(.online) .result').length).to.equal(today.results.length);
    for (const line of $$(el, '.results .when').map((p) => p.textContent!.trim())) expect(line).to.match(/^Vandaag, /);

    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=when][value=deze-week]')!.click());
    expect(detail.when).to.equal('deze-week');
    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=when][value=""]')!.click());
    expect(detail.when).to.equal(undefined);
    expect(new URL(window.location.href).searchParams.has('sek-wanneer')).to.be.false;
    window.history.replaceState(null, '', window.location.pathname);
    await expect(el).to.be.accessible();
  });

  it('quick-filters="vandaag" shows a big toggle for today', async () => {
    const el = await withResults();
    el.quickFilters = 'vandaag';
    await el.updateComplete;
    const toggle = $$(el, '.quick-filters button')[0]!;
    expect(toggle.textContent).to.equal('Vandaag');
    const detail = await nextSearch(el, () => toggle.click());
    expect(detail.when).to.equal('vandaag');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('the order of a word search', () => {
  it('offers "Beste match eerst" and "Dichtstbij eerst"; the choice reorders the list nearest first', async () => {
    const el = await withResults();
    expect($(el, '.order-choice')).to.not.exist;
    const input = $<HTMLInputElement>(el, '#q')!;
    let detail = await nextSearch(el, () => {
      input.value = 'taalcafe';
      input.dispatchEvent(new InputEvent('input'));
    });
    expect(detail.order).to.equal(undefined);
    const best = $<HTMLInputElement>(el, 'input[name=order][value=relevance]')!;
    expect(best.checked).to.be.true;
    expect($(el, '.status')!.textContent).to.contain('Beste match eerst.');
    detail = await nextSearch(el, () => $<HTMLInputElement>(el, 'input[name=order][value=distance]')!.click());
    expect(detail.order).to.equal('distance');
    expect($(el, '.status')!.textContent).to.contain('Dichtstbij eerst.');
    const distances = $$(el, '.results:not(.online) .distance').map((d) => Number(d.textContent!.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(distances.length).to.be.greaterThan(1);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });
});

describe('pages that set no place, and pages for professionals', () => {
  it('without a place the list says it is not ordered by distance, and shows none', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} region="GM0512"></sek-zoeker>`);
    await waitUntil(() => $$(el, '.results .result').length > 0, 'no results', { timeout: 8000 });
    expect($(el, '.status')!.textContent).to.contain('Laatst gecontroleerd eerst. Vul een plaats in, dan ziet u wat dichtbij is.');
    expect($$(el, '.results .distance')).to.have.length(0);
  });

  it('audience="professional" asks where the client lives, and quick toggles are not asked twice', async () => {
    const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201" audience="professional" quick-filters="gratis,avond,vandaag"></sek-zoeker>`);
    await waitUntil(() => $$(el, '.results .result').length > 0, 'no results', { timeout: 8000 });
    expect($(el, 'label[for=where]')!.textContent).to.equal('Waar woont uw cliënt?');
    await openFilters(el);
    expect($(el, 'input[name=free]')).to.not.exist;
    expect($(el, 'input[name=dayParts][value=avond]')).to.not.exist;
    expect($(el, 'input[name=dayParts][value=ochtend]')).to.exist;
    expect($(el, 'input[name=when]')).to.not.exist;
    expect($$(el, '.quick-filters button').map((b) => b.textContent)).to.deep.equal(['Gratis', "'s Avonds", 'Vandaag']);
    await expect(el).to.be.accessible();
  });

  it('a skip link after the tiles takes keyboard users to the results', async () => {
    const el = await withResults();
    const skip = $<HTMLButtonElement>(el, '.skip-link')!;
    expect(skip.textContent).to.equal('Naar de resultaten');
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(0);
    skip.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#results-heading'));
  });
});

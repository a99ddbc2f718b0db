import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { DistanceBand, InsightReport, InsightTable, User, WhiteSpots } from '@sek/contract';
import { THEMES, themeBySlug } from '@sek/contract/themes';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, locale, t } from '../beheer-lang.js';
import { barChart } from '../insight/bar-chart.js';
import type { WhiteSpotMap } from '../insight/white-spot-map.js';

const BANDS: { band: DistanceBand; nl: string; en: string }[] = [
  { band: '2', nl: 'binnen 2 km', en: 'within 2 km' },
  { band: '5', nl: '2 tot 5 km', en: '2 to 5 km' },
  { band: '10', nl: '5 tot 10 km', en: '5 to 10 km' },
  { band: 'verder', nl: 'verder dan 10 km, of niets', en: 'further than 10 km, or nothing' },
];
/** Rows of the white-spot table that fit on the printed page; the CSV has them all. */
const PRINT_ROWS = 14;

const themeName = (slug: string) => (slug === '' ? t('Zonder onderwerp', 'No theme chosen') : (themeBySlug.has(slug) ? local(themeBySlug.get(slug)!.label) : slug));
const number = (value: number) => value.toLocaleString(locale());
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);
const km = (value: number | null) => (value === null ? t('niets gevonden', 'nothing found') : `${value.toLocaleString(locale(), { maximumFractionDigits: 1 })} km`);
const monthName = (month: string) => new Date(`${month}-15T12:00:00Z`).toLocaleDateString(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What is chosen, kept in the address (`/beheer/inzicht?gemeente=…&periode=…`), so a link or a reload shows the same report. */
interface Choice {
  gemeente: string;
  periode: string;
  onderwerp: string;
  gratis: boolean;
  avond: boolean;
}

/**
 * "Inzicht": the evidence a coordinator and a gemeente need, one gemeente and period at a time, as a
 * report that prints one A4 page per section: what residents search for and do not find, white
 * spots (a map of PC4 areas by distance to the nearest offer, and where nothing is within 5 km), the
 * offer (per theme, free, evening, up to date, new and stopped), and which offers were handed over.
 * Every chart has its table; every table downloads as CSV.
 */
export class SekBeheerInzicht extends LitElement {
  static override styles = [beheerStyles, css`
    .choices { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 0 0 16px; }
    .choices label { display: grid; gap: 4px; font-weight: 600; }
    .choices .check { display: flex; gap: 8px; align-items: center; font-weight: 400; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)); gap: 8px; margin: 8px 0 12px; padding: 0; list-style: none; }
    .figures li { border: 1px solid #c8ccd0; border-radius: 8px; padding: 8px 10px; }
    .figures strong { display: block; font-size: 26px; line-height: 1.1; }
    .chart { width: 100%; max-width: 560px; height: auto; display: block; margin: 8px 0; }
    .bar { fill: #7aa6c2; }
    .bar-part { fill: #1f4e79; }
    .bar-label, .bar-value { font: 13px system-ui, sans-serif; fill: #1b1b1f; }
    .key { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 4px 0 8px; list-style: none; font-size: 15px; }
    .swatch { display: inline-block; width: 14px; height: 14px; border-radius: 50%; border: 1px solid #555; margin-right: 6px; vertical-align: -2px; }
    .swatch-2 { background: #1b7837; } .swatch-5 { background: #a6dba0; } .swatch-10 { background: #f4a582; } .swatch-verder { background: #b2182b; }
    .map-figure { margin: 0; }
    .map { height: 380px; border: 1px solid #c8ccd0; border-radius: 8px; }
    .csv { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 8px 0 0; padding: 0; list-style: none; font-size: 16px; }
    .explain { font-size: 16px; color: #333; }
    .print-only { display: none; }
    td.num, th.num { text-align: right; }
    section.report-page { border-top: 2px solid #1f2d3d; margin-top: 24px; }
    @media print {
      :host { font-size: 11pt; }
      h1 { font-size: 18pt; margin: 0 0 4pt; }
      h2 { font-size: 15pt; margin: 0 0 6pt; }
      h3 { font-size: 12pt; margin: 8pt 0 2pt; }
      .choices, .csv, button, .no-print { display: none !important; }
      .print-only { display: block; }
      section.report-page { border: 0; margin: 0; break-after: page; break-inside: avoid; }
      section.report-page:last-of-type { break-after: auto; }
      .table-wrap { overflow: visible; }
      table { font-size: 9.5pt; }
      th, td { padding: 2pt 4pt; }
      .map { height: 9cm; }
      .chart { max-width: 15cm; }
      .figures strong { font-size: 16pt; }
      tr.beyond-print { display: none; }
    }
  `];
  static override properties = { lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, report: { state: true }, spots: { state: true }, problem: { state: true }, choice: { state: true } };

  declare api: BeheerApi;
  declare user: User;
  declare report: InsightReport | undefined;
  declare spots: WhiteSpots | undefined;
  declare problem: BeheerProblem | undefined;
  declare choice: Choice;
  private map: WhiteSpotMap | undefined;

  constructor() {
    super();
    const query = new URLSearchParams(location.search);
    this.choice = {
      gemeente: query.get('gemeente') ?? '', periode: query.get('periode') ?? '', onderwerp: query.get('onderwerp') ?? 'taal',
      gratis: query.get('gratis') === 'ja', avond: query.get('avond') === 'ja',
    };
  }

  // A lazy chunk: `.api` was set before the element upgraded, and Lit hands it over at the first update.
  override firstUpdated(): void {
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.map?.destroy();
    this.map = undefined;
  }

  private query(extra: Record<string, string> = {}): string {
    const { gemeente, periode, onderwerp, gratis, avond } = this.choice;
    const params = new URLSearchParams({ ...(gemeente ? { gemeente } : {}), ...(periode ? { periode } : {}), ...(onderwerp ? { theme: onderwerp } : {}), ...(gratis ? { free: 'true' } : {}), ...(avond ? { evening: 'true' } : {}), ...extra });
    return params.toString();
  }

  private async load(): Promise<void> {
    this.problem = undefined;
    try {
      const base = new URLSearchParams({ ...(this.choice.gemeente ? { gemeente: this.choice.gemeente } : {}), ...(this.choice.periode ? { periode: this.choice.periode } : {}) });
      const [report, spots] = await Promise.all([
        this.api.get<InsightReport>(`/v1/admin/insight?${base}`),
        this.api.get<WhiteSpots>(`/v1/admin/insight/white-spots?${this.query()}`),
      ]);
      this.report = report;
      this.spots = spots;
      this.choice = { ...this.choice, gemeente: report.gemeente.code, periode: report.period.id };
      await this.updateComplete;
      await this.drawMap();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Het overzicht kon niet geladen worden.', en: 'The overview could not be loaded.' });
    }
  }

  /** OpenLayers is a chunk of its own, loaded with the first map. */
  private async drawMap(): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container || !this.spots) return;
    const { drawWhiteSpots } = await import('../insight/white-spot-map.js');
    this.map?.destroy();
    container.replaceChildren();
    container.removeAttribute('data-ready');
    this.map = drawWhiteSpots(container, this.renderRoot as ShadowRoot, this.spots, location.origin, {
      credit: t('Grenzen: CBS / Kadaster (CC BY 4.0); postcodes: GeoNames (CC BY 4.0)', 'Boundaries: CBS / Kadaster (CC BY 4.0); postcodes: GeoNames (CC BY 4.0)'),
      zoomIn: t('Inzoomen', 'Zoom in'),
      zoomOut: t('Uitzoomen', 'Zoom out'),
    });
    await this.map.ready;
    container.dataset['ready'] = 'true';
  }

  private async change(patch: Partial<Choice>): Promise<void> {
    this.choice = { ...this.choice, ...patch };
    const { gemeente, periode, onderwerp, gratis, avond } = this.choice;
    const search = new URLSearchParams({ gemeente, periode, onderwerp, ...(gratis ? { gratis: 'ja' } : {}), ...(avond ? { avond: 'ja' } : {}) });
    history.replaceState(null, '', `${location.pathname}?${search}`);
    await this.load();
  }

  private async print(): Promise<void> {
    await this.map?.ready;
    window.print();
  }

  private csvLink(table: InsightTable, text: string): TemplateResult {
    return html`<li><a href=${`/v1/admin/insight/csv?${this.query({ table })}`} download>${text} (CSV)</a></li>`;
  }

  override render() {
    const { report, spots } = this;
    if (!report || !spots) {
      return html`<h1 tabindex="-1">${t('Inzicht', 'Insight')}</h1>${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : html`<p role="status">${t('Even geduld…', 'One moment…')}</p>`}`;
    }
    return html`
      <h1 tabindex="-1">${t('Inzicht', 'Insight')}: ${report.gemeente.name}, ${report.period.label}</h1>
      <p class="print-only">${t('Gemaakt op', 'Made on')} ${new Date().toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric' })} ${t('met de sociaal-educatieve kaart (SEK).', 'with the sociaal-educatieve kaart (SEK).')}</p>
      ${this.renderChoices(report)}
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${this.renderDemand(report)}
      ${this.renderWhiteSpots(report, spots)}
      ${this.renderSupply(report)}
      ${this.renderReferrals(report)}`;
  }

  private renderChoices(report: InsightReport) {
    return html`<form class="choices" @submit=${(e: Event) => e.preventDefault()}>
      <label>${t('Gemeente', 'Municipality')}
        <select @change=${(e: Event) => this.change({ gemeente: (e.target as HTMLSelectElement).value })}>
          ${report.gemeenten.map((g) => html`<option value=${g.code} ?selected=${g.code === report.gemeente.code}>${g.name}</option>`)}
        </select></label>
      <label>${t('Periode', 'Period')}
        <select @change=${(e: Event) => this.change({ periode: (e.target as HTMLSelectElement).value })}>
          ${report.periods.map((p) => html`<option value=${p.id} ?selected=${p.id === report.period.id}>${p.label}</option>`)}
        </select></label>
      <button type="button" @click=${() => this.print()}>${t('Rapport afdrukken', 'Print the report')}</button>
    </form>`;
  }

  private renderDemand(report: InsightReport) {
    const { demand } = report;
    const caption = t('Zoekvragen per onderwerp', 'Searches per theme');
    return html`<section class="report-page" aria-labelledby="vraag">
      <h2 id="vraag">1. ${t('Waar zoeken inwoners naar?', 'What do residents search for?')}</h2>
      <ul class="figures">
        <li><strong>${number(demand.searches)}</strong> ${t('zoekvragen', 'searches')}</li>
        <li><strong>${number(demand.zeroResults)}</strong> ${t('vonden niets', 'found nothing')}</li>
        <li><strong>${number(demand.fewResults)}</strong> ${t('vonden minder dan 3', 'found fewer than 3')}</li>
        <li><strong>${number(demand.filters.free)}</strong> ${t('zochten gratis', 'asked for free')}</li>
        <li><strong>${number(demand.filters.evening)}</strong> ${t("zochten 's avonds", 'asked for evenings')}</li>
      </ul>
      <p class="explain">${t('Zoekvragen vanuit deze gemeente: met een plaats of postcode hier, of op de kaart van deze gemeente. We tellen alleen aantallen. We bewaren geen zoekvragen, geen adressen en niets over wie zocht.', 'Searches from this municipality. We only count numbers. We keep no searches, no addresses and nothing about who searched.')}</p>
      ${demand.byTheme.length ? barChart(demand.byTheme.map((row) => ({ label: themeName(row.theme), value: row.searches, part: row.zeroResults })), `${caption}: ${demand.byTheme.map((row) => `${themeName(row.theme)} ${row.searches}`).join(', ')}`) : nothing}
      <p class="explain no-print">${t('Donker deel van de balk: vonden niets.', 'Dark part of the bar: found nothing.')}</p>
      ${this.table(caption, [t('Onderwerp', 'Theme'), t('Zoekvragen', 'Searches'), t('Niets gevonden', 'Nothing found'), t('Minder dan 3', 'Fewer than 3')],
        demand.byTheme.map((row) => [themeName(row.theme), row.searches, row.zeroResults, row.fewResults]))}
      ${this.table(t('Per maand', 'Per month'), [t('Maand', 'Month'), t('Zoekvragen', 'Searches'), t('Niets gevonden', 'Nothing found'), t('Minder dan 3', 'Fewer than 3')],
        demand.byMonth.map((row) => [monthName(row.month), row.searches, row.zeroResults, row.fewResults]))}
      <h3>${t('Zoekwoorden', 'Search words')}</h3>
      <p class="explain">${t(`Alleen woorden die in één week minstens ${report.minWordSearches} keer zijn gezocht in deze gemeente. Zo wijst een woord nooit naar één persoon.`, `Only words searched at least ${report.minWordSearches} times in one week in this municipality, so a word never points to one person.`)}</p>
      ${demand.words.length ? html`<p>${demand.words.slice(0, 20).map((w, i) => html`${i ? ', ' : ''}${w.word} (${w.searches})`)}</p>` : html`<p>${t('Nog geen woorden.', 'No words yet.')}</p>`}
      <ul class="csv">${this.csvLink('zoekvragen', caption)}${this.csvLink('zoekvragen-per-maand', t('Per maand', 'Per month'))}${this.csvLink('zoekwoorden', t('Zoekwoorden', 'Search words'))}</ul>
    </section>`;
  }

  private renderWhiteSpots(report: InsightReport, spots: WhiteSpots) {
    const far = spots.areas.filter((area) => area.band === '10' || area.band === 'verder').sort((a, b) => (b.km ?? Infinity) - (a.km ?? Infinity));
    const topic = spots.theme ? themeName(spots.theme) : t('alle onderwerpen', 'all themes');
    const filters = [spots.free ? t('gratis', 'free') : '', spots.evening ? t("'s avonds", 'evening') : ''].filter(Boolean).join(', ');
    const caption = t('Postcodegebieden zonder aanbod binnen 5 km', 'Postcode areas with nothing within 5 km');
    return html`<section class="report-page" aria-labelledby="vlekken">
      <h2 id="vlekken">2. ${t('Witte vlekken: waar is niets dichtbij?', 'White spots: where is nothing near?')}</h2>
      <form class="choices" @submit=${(e: Event) => e.preventDefault()}>
        <label>${t('Onderwerp', 'Theme')}
          <select @change=${(e: Event) => this.change({ onderwerp: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!spots.theme}>${t('Alle onderwerpen', 'All themes')}</option>
            ${THEMES.map((theme) => html`<option value=${theme.slug} ?selected=${theme.slug === spots.theme}>${themeName(theme.slug)}</option>`)}
          </select></label>
        <label class="check"><input type="checkbox" .checked=${spots.free} @change=${(e: Event) => this.change({ gratis: (e.target as HTMLInputElement).checked })}> ${t('Alleen gratis', 'Free only')}</label>
        <label class="check"><input type="checkbox" .checked=${spots.evening} @change=${(e: Event) => this.change({ avond: (e.target as HTMLInputElement).checked })}> ${t("Alleen 's avonds", 'Evenings only')}</label>
      </form>
      <p>${t('Aanbod', 'Offers')}: ${topic}${filters ? `, ${filters}` : ''}. ${t(`Per postcodegebied (4 cijfers) de afstand van het midden tot het dichtstbijzijnde aanbod, ook over de gemeentegrens. ${spots.offers} aanbod telt mee.`, `Per postcode area (4 digits) the distance from its centre to the nearest offer, across municipal borders too. ${spots.offers} offers count.`)}</p>
      <ul class="key" aria-label=${t('Kleuren op de kaart', 'Colours on the map')}>
        ${BANDS.map((band) => html`<li><span class=${`swatch swatch-${band.band}`}></span>${t(band.nl, band.en)} (${spots.areas.filter((a) => a.band === band.band).length})</li>`)}
      </ul>
      <figure class="map-figure">
        <div class="map"></div>
        <figcaption class="explain">${t(`Kaart van ${report.gemeente.name}: een stip per postcodegebied, met de kleur van de afstand tot het dichtstbijzijnde aanbod. De tabel hieronder en de CSV geven dezelfde gegevens.`, `Map of ${report.gemeente.name}: a dot per postcode area, coloured by the distance to the nearest offer. The table below and the CSV give the same data.`)}</figcaption>
      </figure>
      <h3>${caption} (${far.length})</h3>
      ${far.length === 0 ? html`<p>${t('Overal is binnen 5 km aanbod.', 'There is an offer within 5 km everywhere.')}</p>`
        : this.table(caption, [t('Postcode', 'Postcode'), t('Woonplaats', 'Place'), t('Afstand', 'Distance'), t('Dichtstbijzijnde aanbod', 'Nearest offer'), t('Zocht en vond niets', 'Searched, found nothing')],
          far.map((area) => [area.postcode4, area.woonplaats, km(area.km), area.nearest ? `${area.nearest.title} (${area.nearest.place})` : '—', area.zeroResults]), PRINT_ROWS)}
      ${far.length > PRINT_ROWS ? html`<p class="print-only">${t(`En nog ${far.length - PRINT_ROWS} gebieden: zie de CSV.`, `And ${far.length - PRINT_ROWS} more areas: see the CSV.`)}</p>` : nothing}
      <ul class="csv">${this.csvLink('witte-vlekken', t('Alle postcodegebieden', 'All postcode areas'))}</ul>
    </section>`;
  }

  private renderSupply(report: InsightReport) {
    const { supply } = report;
    const caption = t('Aanbod per onderwerp', 'Offers per theme');
    return html`<section class="report-page" aria-labelledby="aanbod">
      <h2 id="aanbod">3. ${t('Het aanbod', 'The offer')}</h2>
      <ul class="figures">
        <li><strong>${number(supply.offers)}</strong> ${t('aanbod', 'offers')}</li>
        <li><strong>${number(supply.located)}</strong> ${t('op een plek in de gemeente', 'at a place in the municipality')}</li>
        <li><strong>${number(supply.online)}</strong> ${t('online', 'online')}</li>
        <li><strong>${percent(supply.free, supply.offers)}</strong> ${t('gratis', 'free')}</li>
        <li><strong>${percent(supply.evening, supply.offers)}</strong> ${t("ook 's avonds", 'evenings too')}</li>
        <li><strong>${number(supply.providers)}</strong> ${t('aanbieders', 'providers')}</li>
        <li><strong>${percent(supply.freshness.current, supply.freshness.offers)}</strong> ${t('op tijd gecontroleerd', 'checked in time')}</li>
        <li><strong>${number(supply.freshness.hidden)}</strong> ${t('verborgen: geen antwoord op de controle', 'hidden: no answer to the check')}</li>
      </ul>
      ${supply.byTheme.length ? barChart(supply.byTheme.map((row) => ({ label: themeName(row.theme), value: row.offers })), `${caption}: ${supply.byTheme.map((row) => `${themeName(row.theme)} ${row.offers}`).join(', ')}`) : nothing}
      ${this.table(caption, [t('Onderwerp', 'Theme'), t('Aanbod', 'Offers'), t('Op een plek', 'At a place'), t('Online', 'Online'), t('Gratis', 'Free'), t("'s Avonds", 'Evening')],
        supply.byTheme.map((row) => [themeName(row.theme), row.offers, row.located, row.online, row.free, row.evening]))}
      ${this.table(t('Nieuw en gestopt per maand', 'New and stopped per month'), [t('Maand', 'Month'), t('Nieuw', 'New'), t('Gestopt', 'Stopped'), t('Verborgen (geen antwoord)', 'Hidden (no answer)')],
        supply.byMonth.map((row) => [monthName(row.month), row.added, row.stopped, row.hidden]))}
      <ul class="csv">${this.csvLink('aanbod', caption)}${this.csvLink('nieuw-gestopt', t('Nieuw en gestopt', 'New and stopped'))}</ul>
    </section>`;
  }

  private renderReferrals(report: InsightReport) {
    const { referrals } = report;
    const caption = t('Meest doorverwezen aanbod', 'Offers most handed over');
    return html`<section class="report-page" aria-labelledby="verwijzen">
      <h2 id="verwijzen">4. ${t('Doorverwijzingen', 'Referrals')}</h2>
      <ul class="figures">
        <li><strong>${number(referrals.print)}</strong> ${t('keer afgedrukt', 'times printed')}</li>
        <li><strong>${number(referrals.share)}</strong> ${t('keer gedeeld', 'times shared')}</li>
      </ul>
      <p class="explain">${t('Als iemand in de kaart aanbod afdrukt of deelt, tellen we welk aanbod dat was. Niet wie het deed en niet voor wie. Een website kan dit tellen uitzetten.', 'When someone prints or shares offers from the kaart, we count which offers. Not who did it, nor for whom. A website can switch this counting off.')}</p>
      ${referrals.byOffer.length === 0 ? html`<p>${t('Nog niets afgedrukt of gedeeld.', 'Nothing printed or shared yet.')}</p>`
        : this.table(caption, [t('Aanbod', 'Offer'), t('Onderwerpen', 'Themes'), t('Afgedrukt', 'Printed'), t('Gedeeld', 'Shared')],
          referrals.byOffer.map((row) => [row.title, row.themes.map(themeName).join(', '), row.print, row.share]), 20)}
      <ul class="csv">${this.csvLink('doorverwijzingen', caption)}</ul>
    </section>`;
  }

  /** A table in a scrolling region of its own (a phone never scrolls sideways); numbers right-aligned. `printRows`: rows beyond it are left off paper. */
  private table(caption: string, head: string[], rows: (string | number)[][], printRows = Infinity) {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}><table>
      <caption class="visually-hidden">${caption}</caption>
      <thead><tr>${head.map((cell, i) => html`<th scope="col" class=${i > 0 && typeof rows[0]?.[i] === 'number' ? 'num' : ''}>${cell}</th>`)}</tr></thead>
      <tbody>${rows.map((row, r) => html`<tr class=${r >= printRows ? 'beyond-print' : ''}>${row.map((cell, i) => (i === 0
        ? html`<th scope="row">${cell}</th>`
        : html`<td class=${typeof cell === 'number' ? 'num' : ''}>${typeof cell === 'number' ? number(cell) : cell}</td>`))}</tr>`)}</tbody>
    </table></div>`;
  }
}

if (!customElements.get('sek-beheer-inzicht')) customElements.define('sek-beheer-inzicht', SekBeheerInzicht);

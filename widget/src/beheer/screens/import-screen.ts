import { LitElement, html, nothing } from 'lit';
import type { ImportReport, User } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, t } from '../beheer-lang.js';

const FORMATS = [['', { nl: 'Herken het zelf', en: 'Recognise it' }], ['csv', { nl: 'CSV (het sjabloon)', en: 'CSV (the template)' }], ['ndjson', { nl: 'NDJSON', en: 'NDJSON' }], ['json', { nl: 'JSON', en: 'JSON' }], ['hsds', { nl: 'HSDS 3.0', en: 'HSDS 3.0' }]] as const;

/** A report's rejections as a CSV file a coordinator can open in a spreadsheet. */
function reportCsv(report: ImportReport): string {
  const cell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
  const lines = [['regel', 'id', 'veld', 'wat is er mis'].map(cell).join(',')];
  for (const rejection of report.rejections) lines.push([rejection.record, rejection.id ?? '', rejection.field, rejection.message.nl].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Importing a file: first a trial run by default (nothing changes), the upload's progress, the
 * report with every rejected row in the words of the CLI, and the real run. Replacing a source's
 * offers asks for an explicit confirmation that names how many offers will be removed.
 */
export class SekBeheerImport extends LitElement {
  static override styles = beheerStyles;
  static override properties = { lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, progress: { state: true }, report: { state: true }, problem: { state: true }, confirmRemoval: { state: true } };

  declare api: BeheerApi;
  declare user: User;
  declare progress: number | undefined;
  declare report: ImportReport | undefined;
  declare problem: BeheerProblem | undefined;
  declare confirmRemoval: boolean;
  private file: File | undefined;
  private options = { format: '', source: '', replace: false };
  private reportUrl = '';

  constructor() {
    super();
    this.confirmRemoval = false;
  }

  private async run(dryRun: boolean): Promise<void> {
    if (!this.file) {
      this.problem = new BeheerProblem(400, { nl: 'Kies eerst een bestand.', en: 'Choose a file first.' });
      return;
    }
    const params = new URLSearchParams();
    if (this.options.format) params.set('format', this.options.format);
    if (this.options.source) params.set('source', this.options.source);
    if (this.options.replace) params.set('replace', 'true');
    if (dryRun) params.set('dryRun', 'true');
    this.problem = undefined;
    this.report = undefined;
    this.progress = 0;
    try {
      const { body } = await this.api.upload<ImportReport>(`/v1/admin/import?${params}`, this.file, (fraction) => (this.progress = fraction));
      this.report = body;
      URL.revokeObjectURL(this.reportUrl);
      this.reportUrl = URL.createObjectURL(new Blob([reportCsv(body)], { type: 'text/csv' }));
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Inlezen lukte niet.', en: 'The import did not work.' });
    } finally {
      this.progress = undefined;
      this.confirmRemoval = false;
    }
    await this.updateComplete;
    (this.renderRoot.querySelector('.report') as HTMLElement | null)?.focus();
  }

  override disconnectedCallback(): void {
    URL.revokeObjectURL(this.reportUrl);
    super.disconnectedCallback();
  }

  private renderReport(report: ImportReport) {
    const trial = report.status === 'dry-run';
    const removes = report.deleted;
    return html`<section class="report" tabindex="-1" aria-labelledby="report-title">
      <h2 id="report-title">${trial ? t('Uitkomst van de proef (er is nog niets veranderd)', 'Result of the trial (nothing has changed yet)') : report.status === 'applied' ? t('Het bestand is ingelezen', 'The file has been imported') : t('Het inlezen is niet gelukt', 'The import did not succeed')}</h2>
      ${report.error ? html`<p class="notice bad" role="alert">${local(report.error)}</p>` : nothing}
      <table><tbody>
        <tr><th scope="row">${t('Gelezen', 'Read')}</th><td>${report.read}</td></tr>
        <tr><th scope="row">${trial ? t('Wordt nieuw', 'Will be new') : t('Nieuw', 'New')}</th><td>${report.created}</td></tr>
        <tr><th scope="row">${trial ? t('Wordt bijgewerkt', 'Will be updated') : t('Bijgewerkt', 'Updated')}</th><td>${report.updated}</td></tr>
        <tr><th scope="row">${t('Al hetzelfde', 'Unchanged')}</th><td>${report.unchanged}</td></tr>
        <tr><th scope="row">${trial ? t('Wordt verwijderd', 'Will be removed') : t('Verwijderd', 'Removed')}</th><td>${report.deleted}</td></tr>
        ${report.needsReview ? html`<tr><th scope="row">${t('Wacht op een onderwerp (bij Te beoordelen)', 'Waiting for a theme (in the review queue)')}</th><td>${report.needsReview}</td></tr>` : nothing}
        <tr><th scope="row">${t('Afgekeurd', 'Rejected')}</th><td>${report.rejected}</td></tr>
        ${report.notApplied ? html`<tr><th scope="row">${t('Niet opgeslagen', 'Not stored')}</th><td>${report.notApplied}</td></tr>` : nothing}
      </tbody></table>
      ${report.rejections.length ? html`<h3>${t('Wat is er mis?', 'What is wrong?')}</h3><div class="table-wrap" tabindex="0" role="region" aria-label=${t('Afgekeurde regels', 'Rejected rows')}><table class="rejections">
        <thead><tr><th scope="col">${t('Regel', 'Row')}</th><th scope="col">Id</th><th scope="col">${t('Wat is er mis', 'What is wrong')}</th></tr></thead>
        <tbody>${report.rejections.slice(0, 500).map((r) => html`<tr><td>${r.record}</td><td>${r.id ?? ''}</td><td>${local(r.message)}</td></tr>`)}</tbody></table></div>
        ${report.rejections.length > 500 ? html`<p>${t(`De eerste 500 van ${report.rejections.length} staan hier; het CSV-bestand heeft ze allemaal.`, `The first 500 of ${report.rejections.length} are shown; the CSV file has them all.`)}</p>` : nothing}` : nothing}
      <p><a class="button secondary" href=${this.reportUrl} download="importverslag.csv">${t('Verslag downloaden (CSV)', 'Download the report (CSV)')}</a></p>
      ${report.derived.length ? html`<h3>${t('Wat heeft SEK zelf bepaald?', 'What did SEK decide itself?')}</h3>
        <p>${t('Deze records hadden geen onderwerp van SEK. SEK koos het onderwerp uit de woorden of termen. Klopt het niet? Pas het aanbod aan.', 'These records had no SEK theme. SEK chose it from their words or terms. Wrong? Edit the offer.')}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${t('Zelf bepaald', 'Derived')}><table class="rejections">
        <thead><tr><th scope="col">${t('Record', 'Record')}</th><th scope="col">Id</th><th scope="col">${t('Bepaald', 'Derived')}</th></tr></thead>
        <tbody>${report.derived.slice(0, 500).map((d) => html`<tr><td>${d.record}</td><td>${d.id ?? ''}</td><td>${d.derived.map((x) => `${x.field}: ${x.values.join(', ')} (${x.basis.join(', ')})`).join('; ')}</td></tr>`)}</tbody></table></div>` : nothing}
      ${trial && !report.error && report.valid > 0 ? html`
        ${removes > 0 ? html`<label class="field choice"><input type="checkbox" class="confirm-removal" .checked=${this.confirmRemoval} @change=${(e: Event) => (this.confirmRemoval = (e.target as HTMLInputElement).checked)} />
          <span>${t(`Ja, verwijder ${removes} ${removes === 1 ? 'aanbod' : 'aanbiedingen'} van bron "${report.source}" die niet meer in dit bestand staan.`, `Yes, remove ${removes} ${removes === 1 ? 'offer' : 'offers'} of source "${report.source}" that this file no longer lists.`)}</span></label>` : nothing}
        <button type="button" class="apply" ?disabled=${removes > 0 && !this.confirmRemoval} @click=${() => this.run(false)}>${t('Nu echt inlezen', 'Import for real')}</button>` : nothing}
    </section>`;
  }

  override render() {
    return html`
      <h1 tabindex="-1">${t('Importeren', 'Import')}</h1>
      <p>${t('Lees een bestand met aanbod in. Eerst doen we een proef: dan ziet u wat er verandert, zonder dat er iets verandert.', 'Import a file of offers. First we do a trial: you see what would change, without anything changing.')}
        ${this.user.role === 'beheerder' ? nothing : this.user.role === 'aanbieder' ? t('Aanbod van een andere organisatie wordt afgekeurd.', "Offers of another organisation are rejected.") : t('Aanbod buiten uw gemeenten wordt afgekeurd.', 'Offers outside your municipalities are rejected.')}</p>
      <p>${t('Het CSV-sjabloon staat in', 'The CSV template is')} <code>service/data/import-template.csv</code>; ${t('de uitleg in', 'explained in')} <code>docs/import-csv.md</code>.</p>
      <form @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.run(true); }}>
        <label class="field"><span>${t('Bestand', 'File')}</span><span class="help">${t('CSV, NDJSON, JSON of HSDS 3.0 (ook een zip met de CSV-tabellen).', 'CSV, NDJSON, JSON or HSDS 3.0 (also a zip with the CSV tables).')}</span>
          <input type="file" name="file" accept=".csv,.json,.ndjson,.jsonl,.zip,text/csv,application/json,application/zip" @change=${(e: Event) => (this.file = (e.target as HTMLInputElement).files?.[0])} /></label>
        <label class="field"><span>${t('Soort bestand', 'Kind of file')}</span><select @change=${(e: Event) => (this.options.format = (e.target as HTMLSelectElement).value)}>${FORMATS.map(([v, l]) => html`<option value=${v}>${local(l)}</option>`)}</select></label>
        <label class="field"><span>${t('Bron', 'Source')}</span><span class="help">${t('Een naam voor waar dit bestand vandaan komt, bijvoorbeeld gids-gorinchem. Nodig om te vervangen.', 'A name for where this file comes from, for example gids-gorinchem. Needed to replace.')}</span>
          <input name="source" @input=${(e: Event) => (this.options.source = (e.target as HTMLInputElement).value.trim())} /></label>
        <label class="field choice"><input type="checkbox" name="replace" @change=${(e: Event) => (this.options.replace = (e.target as HTMLInputElement).checked)} />
          <span>${t('Vervang het aanbod van deze bron: wat niet meer in het bestand staat, wordt verwijderd. U ziet eerst hoeveel.', 'Replace the offers of this source: what the file no longer lists is removed. You see how many first.')}</span></label>
        <button type="submit" ?disabled=${this.progress !== undefined}>${t('Proef doen', 'Do a trial')}</button>
      </form>
      ${this.progress !== undefined ? html`<p role="status"><label>${t('Versturen en controleren…', 'Sending and checking…')} <progress max="1" .value=${this.progress}></progress></label></p>` : nothing}
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${this.report ? this.renderReport(this.report) : nothing}`;
  }
}

if (!customElements.get('sek-beheer-import')) customElements.define('sek-beheer-import', SekBeheerImport);

import { LitElement, html, nothing } from 'lit';
import type { ImportReport, User } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';

const FORMATS = [['', 'Herken het zelf'], ['csv', 'CSV (het sjabloon)'], ['ndjson', 'NDJSON'], ['json', 'JSON'], ['hsds', 'HSDS 3.0']] as const;

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
  static override properties = { api: { attribute: false }, user: { attribute: false }, progress: { state: true }, report: { state: true }, problem: { state: true }, confirmRemoval: { state: true } };

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
      this.problem = new BeheerProblem(400, 'Kies eerst een bestand.');
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
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, 'Inlezen lukte niet.');
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
      <h2 id="report-title">${trial ? 'Uitkomst van de proef (er is nog niets veranderd)' : report.status === 'applied' ? 'Het bestand is ingelezen' : 'Het inlezen is niet gelukt'}</h2>
      ${report.error ? html`<p class="notice bad" role="alert">${report.error.nl}</p>` : nothing}
      <table><tbody>
        <tr><th scope="row">Gelezen</th><td>${report.read}</td></tr>
        <tr><th scope="row">${trial ? 'Wordt nieuw' : 'Nieuw'}</th><td>${report.created}</td></tr>
        <tr><th scope="row">${trial ? 'Wordt bijgewerkt' : 'Bijgewerkt'}</th><td>${report.updated}</td></tr>
        <tr><th scope="row">Al hetzelfde</th><td>${report.unchanged}</td></tr>
        <tr><th scope="row">${trial ? 'Wordt verwijderd' : 'Verwijderd'}</th><td>${report.deleted}</td></tr>
        <tr><th scope="row">Afgekeurd</th><td>${report.rejected}</td></tr>
        ${report.notApplied ? html`<tr><th scope="row">Niet opgeslagen</th><td>${report.notApplied}</td></tr>` : nothing}
      </tbody></table>
      ${report.rejections.length ? html`<h3>Wat is er mis?</h3><div class="table-wrap" tabindex="0" role="region" aria-label="Afgekeurde regels"><table class="rejections">
        <thead><tr><th scope="col">Regel</th><th scope="col">Id</th><th scope="col">Wat is er mis</th></tr></thead>
        <tbody>${report.rejections.slice(0, 500).map((r) => html`<tr><td>${r.record}</td><td>${r.id ?? ''}</td><td>${r.message.nl}</td></tr>`)}</tbody></table></div>
        ${report.rejections.length > 500 ? html`<p>De eerste 500 van ${report.rejections.length} staan hier; het CSV-bestand heeft ze allemaal.</p>` : nothing}` : nothing}
      <p><a class="button secondary" href=${this.reportUrl} download="importverslag.csv">Verslag downloaden (CSV)</a></p>
      ${trial && !report.error && report.valid > 0 ? html`
        ${removes > 0 ? html`<label class="field choice"><input type="checkbox" class="confirm-removal" .checked=${this.confirmRemoval} @change=${(e: Event) => (this.confirmRemoval = (e.target as HTMLInputElement).checked)} />
          <span>Ja, verwijder ${removes} ${removes === 1 ? 'aanbod' : 'aanbiedingen'} van bron "${report.source}" die niet meer in dit bestand staan.</span></label>` : nothing}
        <button type="button" class="apply" ?disabled=${removes > 0 && !this.confirmRemoval} @click=${() => this.run(false)}>Nu echt inlezen</button>` : nothing}
    </section>`;
  }

  override render() {
    return html`
      <h1 tabindex="-1">Importeren</h1>
      <p>Lees een bestand met aanbod in. Eerst doen we een proef: dan ziet u wat er verandert, zonder dat er iets verandert.
        ${this.user.role === 'beheerder' ? nothing : html`Aanbod buiten ${this.user.role === 'aanbieder' ? 'uw organisatie' : 'uw gemeenten'} wordt afgekeurd.`}</p>
      <p>Het CSV-sjabloon staat in <code>service/data/import-template.csv</code>; de uitleg in <code>docs/import-csv.md</code>.</p>
      <form @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.run(true); }}>
        <label class="field"><span>Bestand</span><span class="help">CSV, NDJSON, JSON of HSDS 3.0.</span>
          <input type="file" name="file" accept=".csv,.json,.ndjson,.jsonl,text/csv,application/json" @change=${(e: Event) => (this.file = (e.target as HTMLInputElement).files?.[0])} /></label>
        <label class="field"><span>Soort bestand</span><select @change=${(e: Event) => (this.options.format = (e.target as HTMLSelectElement).value)}>${FORMATS.map(([v, l]) => html`<option value=${v}>${l}</option>`)}</select></label>
        <label class="field"><span>Bron</span><span class="help">Een naam voor waar dit bestand vandaan komt, bijvoorbeeld gids-gorinchem. Nodig om te vervangen.</span>
          <input name="source" @input=${(e: Event) => (this.options.source = (e.target as HTMLInputElement).value.trim())} /></label>
        <label class="field choice"><input type="checkbox" name="replace" @change=${(e: Event) => (this.options.replace = (e.target as HTMLInputElement).checked)} />
          <span>Vervang het aanbod van deze bron: wat niet meer in het bestand staat, wordt verwijderd. U ziet eerst hoeveel.</span></label>
        <button type="submit" ?disabled=${this.progress !== undefined}>Proef doen</button>
      </form>
      ${this.progress !== undefined ? html`<p role="status"><label>Versturen en controleren… <progress max="1" .value=${this.progress}></progress></label></p>` : nothing}
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.message}</p>` : nothing}
      ${this.report ? this.renderReport(this.report) : nothing}`;
  }
}

if (!customElements.get('sek-beheer-import')) customElements.define('sek-beheer-import', SekBeheerImport);

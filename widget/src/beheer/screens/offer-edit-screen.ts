import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { AdminOffer, Offer, OfferHistory, PlacesResponse } from '@sek/contract';
import { THEMES } from '@sek/contract/themes';
import { ACCESSIBILITY_LABELS, KAART_LABELS, OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from '@sek/contract/vocabulary';
import { formatClosedPeriod, formatSession, parseClosedPeriods, parseSessions, ScheduleCellError } from '@sek/contract/schedule-text';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { linesOf, valueAt, withValue } from '../offer-draft.js';
import { STATUS_NAMES, PUBLICATION_NAMES } from './offer-list-screen.js';
import '../offer-preview.js';

type Draft = Offer;
const ACTION_NAMES = { create: 'Aangemaakt', update: 'Gewijzigd', delete: 'Verwijderd', restore: 'Teruggezet' } as const;

/**
 * One offer: every field in a form with a line of help each, the postcode checked against the
 * kaart's places, a live preview drawn by `<sek-zoeker>`'s own detail view, saving with the
 * service's checks (the offer's zod schema) shown beside the fields, and the history with
 * "Terugzetten".
 */
export class SekBeheerAanbod extends LitElement {
  static override styles = beheerStyles;
  static override properties = {
    api: { attribute: false }, offerId: { attribute: false }, stored: { state: true }, draft: { state: true }, problem: { state: true },
    notice: { state: true }, history: { state: true }, textErrors: { state: true }, placeChecks: { state: true }, saving: { state: true },
  };

  declare api: BeheerApi;
  declare offerId: string;
  declare stored: AdminOffer | undefined;
  declare draft: Draft | undefined;
  declare problem: BeheerProblem | undefined;
  declare notice: string;
  declare history: OfferHistory | undefined;
  /** Problems in the schedule text fields, before anything is sent. */
  declare textErrors: Record<string, string>;
  declare placeChecks: Record<number, string>;
  declare saving: boolean;
  private sessionsText = '';
  private closedText = '';

  constructor() {
    super();
    this.notice = '';
    this.textErrors = {};
    this.placeChecks = {};
    this.saving = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.stored = await this.api.get<AdminOffer>(`/v1/admin/offers/${encodeURIComponent(this.offerId)}`);
      this.draft = this.stored.offer;
      this.sessionsText = this.draft.schedule.sessions.map(formatSession).join('\n');
      this.closedText = this.draft.schedule.closed.map(formatClosedPeriod).join('\n');
      this.problem = undefined;
      await this.loadHistory();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, 'Dit aanbod kon niet geladen worden.');
    }
  }

  private async loadHistory(): Promise<void> {
    this.history = await this.api.get<OfferHistory>(`/v1/admin/offers/${encodeURIComponent(this.offerId)}/history`);
  }

  private set(path: string, value: unknown): void {
    this.draft = withValue(this.draft!, path, value === '' ? undefined : value);
  }

  private toggle(path: string, item: string, on: boolean): void {
    const list = (valueAt(this.draft, path) as string[] | undefined) ?? [];
    this.set(path, on ? [...list, item] : list.filter((value) => value !== item));
  }

  private readSchedule(): boolean {
    const errors: Record<string, string> = {};
    try {
      this.set('schedule.sessions', parseSessions(linesOf(this.sessionsText)));
    } catch (error) {
      if (error instanceof ScheduleCellError) errors['schedule.sessions'] = error.fieldError.message.nl.replace(/ \(kolom \w+\)\.$/, '.');
    }
    try {
      this.set('schedule.closed', parseClosedPeriods(linesOf(this.closedText)));
    } catch (error) {
      if (error instanceof ScheduleCellError) errors['schedule.closed'] = error.fieldError.message.nl.replace(/ \(kolom \w+\)\.$/, '.');
    }
    this.textErrors = errors;
    return Object.keys(errors).length === 0;
  }

  /** Looks up a location's postcode: its place, gemeente and the centre of the postcode area. */
  private async checkPostcode(index: number, postcode: string): Promise<void> {
    const digits = /^\s*([1-9]\d{3})/.exec(postcode)?.[1];
    if (!digits) {
      this.placeChecks = { ...this.placeChecks, [index]: '' };
      return;
    }
    try {
      const { results } = await this.api.get<PlacesResponse>(`/v1/places?q=${digits}&limit=1`);
      const found = results.find((result) => result.kind === 'postcode' && result.near === digits);
      if (!found) {
        this.placeChecks = { ...this.placeChecks, [index]: `Postcode ${digits} kennen we niet. Kijk of hij goed is.` };
        return;
      }
      const place = found.label.replace(/^\d{4}\s*/, '') || found.gemeenteName;
      this.set(`locations.${index}.address.gemeenteCode`, found.gemeenteCode);
      this.set(`locations.${index}.lat`, found.lat);
      this.set(`locations.${index}.lng`, found.lng);
      if (!valueAt(this.draft, `locations.${index}.address.place`)) this.set(`locations.${index}.address.place`, place);
      this.placeChecks = { ...this.placeChecks, [index]: `Postcode ${digits} ligt in de gemeente ${found.gemeenteName} (${found.gemeenteCode}). De plek op de kaart is het midden van dit postcodegebied.` };
    } catch {
      this.placeChecks = { ...this.placeChecks, [index]: 'De postcode kon nu niet gecontroleerd worden. Bij opslaan controleren we hem opnieuw.' };
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = '';
    if (!this.readSchedule()) {
      await this.updateComplete;
      (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    this.saving = true;
    try {
      this.stored = await this.api.request<AdminOffer>('PUT', `/v1/admin/offers/${encodeURIComponent(this.offerId)}`, { offer: this.draft, version: this.stored!.version });
      this.draft = this.stored.offer;
      this.problem = undefined;
      this.notice = 'Opgeslagen. Binnen een paar seconden vinden bewoners het aanbod zoals het nu is.';
      await this.loadHistory();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, 'Opslaan lukte niet. Probeer het opnieuw.');
    } finally {
      this.saving = false;
    }
    await this.updateComplete;
    (this.renderRoot.querySelector('.save-result') as HTMLElement | null)?.focus();
  }

  private async restore(version: number): Promise<void> {
    if (!confirm(`Versie ${version} terugzetten? De huidige tekst blijft in de geschiedenis staan.`)) return;
    try {
      this.stored = await this.api.request<AdminOffer>('POST', `/v1/admin/offers/${encodeURIComponent(this.offerId)}/restore`, { version });
      this.draft = this.stored.offer;
      this.sessionsText = this.draft.schedule.sessions.map(formatSession).join('\n');
      this.closedText = this.draft.schedule.closed.map(formatClosedPeriod).join('\n');
      this.problem = undefined;
      this.notice = `Versie ${version} is teruggezet. Bewoners zien dit binnen een paar seconden.`;
      await this.loadHistory();
      await this.updateComplete;
      (this.renderRoot.querySelector('.save-result') as HTMLElement | null)?.focus();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, 'Terugzetten lukte niet.');
    }
  }

  private error(path: string): string | undefined {
    return this.textErrors[path] ?? this.problem?.fieldMessages().get(path);
  }

  /** A text field with its label, help and error, bound to one path of the offer. */
  private text(path: string, label: string, help: string, options: { multiline?: boolean; type?: string; max?: number; autocomplete?: string } = {}): TemplateResult {
    const value = (valueAt(this.draft, path) as string | number | undefined) ?? '';
    const error = this.error(path);
    const id = `f-${path.replace(/\./g, '-')}`;
    const input = (e: Event) => this.set(path, options.type === 'number' ? ((e.target as HTMLInputElement).value === '' ? undefined : Number((e.target as HTMLInputElement).value)) : (e.target as HTMLInputElement).value);
    return html`<div class="field"><label for=${id}>${label}</label><span class="help" id="${id}-help">${help}</span>
      ${options.multiline
        ? html`<textarea id=${id} .value=${String(value)} maxlength=${options.max ?? nothing} aria-describedby="${id}-help ${id}-error" aria-invalid=${error ? 'true' : 'false'} @input=${input}></textarea>`
        : html`<input id=${id} type=${options.type ?? 'text'} .value=${String(value)} maxlength=${options.max ?? nothing} autocomplete=${options.autocomplete ?? 'off'} aria-describedby="${id}-help ${id}-error" aria-invalid=${error ? 'true' : 'false'} @input=${input} />`}
      ${options.max ? html`<span class="count">${String(value).length} van ${options.max} tekens</span>` : nothing}
      <span class="error" id="${id}-error">${error ?? ''}</span></div>`;
  }

  private checkboxes(path: string, legend: string, help: string, choices: [string, string, string?][]): TemplateResult {
    const chosen = (valueAt(this.draft, path) as string[] | undefined) ?? [];
    const error = this.error(path);
    return html`<fieldset aria-describedby="f-${path}-error"><legend>${legend}</legend><span class="help">${help}</span>
      <div class="choices">${choices.map(([value, text, explanation]) => html`<label class="choice"><input type="checkbox" .checked=${chosen.includes(value)} @change=${(e: Event) => this.toggle(path, value, (e.target as HTMLInputElement).checked)} />
        <span>${text}${explanation ? html`<span class="help">${explanation}</span>` : nothing}</span></label>`)}</div>
      <span class="error" id="f-${path}-error">${error ?? ''}</span></fieldset>`;
  }

  private select(path: string, label: string, help: string, choices: [string, string][]): TemplateResult {
    const value = String(valueAt(this.draft, path) ?? '');
    const change = (e: Event) => {
      const raw = (e.target as HTMLSelectElement).value;
      this.set(path, path === 'schedule.registrationRequired' ? (raw === '' ? undefined : raw === 'true') : raw);
    };
    const id = `f-${path.replace(/\./g, '-')}`;
    return html`<div class="field"><label for=${id}>${label}</label><span class="help" id="${id}-help">${help}</span>
      <select id=${id} aria-describedby="${id}-help" @change=${change}>${choices.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}</select>
      <span class="error">${this.error(path) ?? ''}</span></div>`;
  }

  private renderLocations(offer: Draft): TemplateResult {
    return html`${offer.locations.map((location, index) => html`<fieldset>
        <legend>Plek ${index + 1}${location.name ? `: ${location.name}` : ''}</legend>
        ${this.text(`locations.${index}.name`, 'Naam van de plek', 'Bijvoorbeeld: Bibliotheek Gorinchem. Mag leeg.')}
        ${this.text(`locations.${index}.address.street`, 'Straat en huisnummer', 'Bijvoorbeeld: Molenstraat 12.')}
        <div class="row">
          <div class="field" @focusout=${() => this.checkPostcode(index, location.address.postcode)}>${this.text(`locations.${index}.address.postcode`, 'Postcode', 'Bijvoorbeeld 4201 AB. We zoeken de gemeente erbij.')}</div>
          ${this.text(`locations.${index}.address.place`, 'Plaats', 'De plaats zoals bewoners hem kennen.')}
        </div>
        ${this.placeChecks[index] ? html`<p class="help" role="status">${this.placeChecks[index]}</p>` : nothing}
        <button type="button" class="danger" @click=${() => this.set('locations', offer.locations.filter((_, i) => i !== index))}>Plek ${index + 1} weghalen</button>
      </fieldset>`)}
      <button type="button" class="secondary" @click=${() => this.set('locations', [...offer.locations, { id: `plek-${Date.now().toString(36)}`, address: { street: '', postcode: '', place: '', gemeenteCode: '' } }])}>Plek toevoegen</button>
      <span class="error">${this.error('locations') ?? ''}</span>`;
  }

  override render() {
    const offer = this.draft;
    if (!offer) {
      return html`<h1 tabindex="-1">Aanbod</h1>${this.problem ? html`<p class="notice bad" role="alert">${this.problem.message}</p><p><a href="/beheer/">Terug naar de lijst</a></p>` : html`<p role="status">Even geduld…</p>`}`;
    }
    const fieldProblems = this.problem?.fields ?? [];
    const area = offer.serviceArea;
    return html`
      <p><a href="/beheer/">← Terug naar de lijst</a></p>
      <h1 tabindex="-1">${this.stored!.offer.title}</h1>
      <p class="count">${offer.provider.name} · ${PUBLICATION_NAMES[this.stored!.publication]} · versie ${this.stored!.version} · id ${offer.id}</p>
      <div class="save-result" tabindex="-1">
        ${this.notice ? html`<p class="notice good" role="status">${this.notice}</p>` : nothing}
        ${this.problem ? html`<div class="notice bad" role="alert"><p>${this.problem.message}</p>
          ${fieldProblems.length ? html`<ul>${fieldProblems.map((field) => html`<li>${field.message.nl}</li>`)}</ul>` : nothing}</div>` : nothing}
      </div>
      <div class="edit">
        <form @submit=${(e: SubmitEvent) => this.save(e)} novalidate aria-label="Aanbod bewerken">
          <h2>Wat is het?</h2>
          ${this.text('title', 'Titel', 'Kort en duidelijk, zoals bewoners het zoeken. Bijvoorbeeld: Taalcafé Gorinchem.', { max: 120 })}
          ${this.text('summary', 'Korte uitleg', 'Eén of twee zinnen in gewone woorden: wat doet u er, en wat heeft u eraan? Deze tekst staat in de lijst.', { multiline: true, max: 300 })}
          ${this.text('description', 'Beschrijving', 'Meer uitleg. Schrijf kort: korte zinnen, gewone woorden.', { multiline: true, max: 5000 })}
          <h2>Voor wie en waarover?</h2>
          ${this.checkboxes('themes', 'Onderwerpen', 'Waar helpt dit aanbod bij? Kies er één of meer.', THEMES.map((theme) => [theme.slug, theme.label.nl, theme.explanation.nl]))}
          ${this.select('kind', 'Soort hulp', 'Een cursus heeft lessen; een spreekuur is vrij binnenlopen; begeleiding is één op één.', Object.entries(OFFER_KIND_LABELS).map(([v, l]) => [v, l.nl]))}
          ${this.checkboxes('targetGroups', 'Voor wie?', 'Kies niets als het voor iedereen is.', Object.entries(TARGET_GROUP_LABELS).map(([v, l]) => [v, l.nl]))}
          ${this.select('kaart', 'Kaart', 'Leren en meedoen, of hulp en zorg.', Object.entries(KAART_LABELS).map(([v, l]) => [v, l.nl]))}
          <h2>Waar?</h2>
          ${this.renderLocations(offer)}
          <label class="field choice"><input type="checkbox" .checked=${offer.online} @change=${(e: Event) => this.set('online', (e.target as HTMLInputElement).checked)} /> <span>Ook (of alleen) online of per telefoon</span></label>
          ${offer.online && offer.locations.length === 0 ? html`<fieldset><legend>Voor wie online?</legend>
            <label class="choice"><input type="radio" name="area" .checked=${Boolean(area && 'national' in area)} @change=${() => this.set('serviceArea', { national: true })} /> <span>Voor heel Nederland</span></label>
            <label class="choice"><input type="radio" name="area" .checked=${Boolean(area && 'gemeenten' in area)} @change=${() => this.set('serviceArea', { gemeenten: [] })} /> <span>Voor deze gemeenten</span></label>
            ${area && 'gemeenten' in area ? html`<label class="field"><span>Gemeentecodes</span><span class="help">Gescheiden door komma's, bijvoorbeeld GM0512, GM1978.</span>
              <input .value=${area.gemeenten.join(', ')} @change=${(e: Event) => this.set('serviceArea', { gemeenten: (e.target as HTMLInputElement).value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean) })} /></label>` : nothing}
            <span class="error">${this.error('serviceArea') ?? this.error('serviceArea.gemeenten') ?? ''}</span></fieldset>` : nothing}
          <h2>Wanneer?</h2>
          <label class="field"><span>Vaste tijden</span><span class="help" id="f-sessions-help">Eén regel per tijd. Bijvoorbeeld: wo 13:30-15:30, of: do 19:00-21:00 om de week vanaf 2026-09-03, of: za 10:00-12:00 1e van de maand.</span>
            <textarea .value=${this.sessionsText} aria-describedby="f-sessions-help f-sessions-error" aria-invalid=${this.error('schedule.sessions') ? 'true' : 'false'} @input=${(e: Event) => (this.sessionsText = (e.target as HTMLTextAreaElement).value)} @change=${() => this.readSchedule()}></textarea>
            <span class="error" id="f-sessions-error">${this.error('schedule.sessions') ?? ''}</span></label>
          ${this.text('schedule.text', 'Tijden in woorden', 'Voor wat hierboven niet past. Bijvoorbeeld: op afspraak, bel eerst.', { max: 300 })}
          <div class="row">${this.text('schedule.startDate', 'Begint op', 'Mag leeg.', { type: 'date' })}${this.text('schedule.endDate', 'Stopt na', 'Daarna zien bewoners het niet meer. Mag leeg.', { type: 'date' })}</div>
          <label class="field"><span>Gesloten</span><span class="help">Eén regel per periode, bijvoorbeeld: 2026-12-19 t/m 2027-01-03 Kerstvakantie.</span>
            <textarea .value=${this.closedText} aria-invalid=${this.error('schedule.closed') ? 'true' : 'false'} @input=${(e: Event) => (this.closedText = (e.target as HTMLTextAreaElement).value)} @change=${() => this.readSchedule()}></textarea>
            <span class="error">${this.error('schedule.closed') ?? ''}</span></label>
          ${this.select('schedule.registrationRequired', 'Eerst aanmelden?', 'Moeten mensen zich eerst aanmelden?', [['', 'Niet gezegd'], ['true', 'Ja, eerst aanmelden'], ['false', 'Nee, gewoon komen']])}
          <h2>Kosten en meenemen</h2>
          <label class="field choice"><input type="checkbox" .checked=${offer.cost.free} @change=${(e: Event) => this.set('cost.free', (e.target as HTMLInputElement).checked)} /> <span>Gratis</span></label>
          ${offer.cost.free ? nothing : this.text('cost.amountEur', 'Prijs in euro', 'Bijvoorbeeld 25. Laat leeg als het verschilt.', { type: 'number' })}
          ${this.text('cost.description', 'Uitleg over de kosten', 'Bijvoorbeeld: gratis met een U-pas.', { max: 200 })}
          <label class="field"><span>Meenemen</span><span class="help">Eén ding per regel, bijvoorbeeld: uw DigiD-brief.</span>
            <textarea .value=${offer.bring.join('\n')} @change=${(e: Event) => this.set('bring', linesOf((e.target as HTMLTextAreaElement).value))}></textarea>
            <span class="error">${this.error('bring') ?? ''}</span></label>
          ${this.checkboxes('accessibility', 'Toegankelijkheid', 'Wat is er op de plek?', Object.entries(ACCESSIBILITY_LABELS).map(([v, l]) => [v, l.nl]))}
          <label class="field"><span>Talen</span><span class="help">Taalcodes met komma's, bijvoorbeeld: nl, en, ar.</span>
            <input .value=${offer.languages.join(', ')} @change=${(e: Event) => this.set('languages', (e.target as HTMLInputElement).value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))} />
            <span class="error">${this.error('languages') ?? this.error('languages.0') ?? ''}</span></label>
          <h2>Contact</h2>
          ${this.text('contact.phone', 'Telefoon', 'Bijvoorbeeld 0183 123 456.', { type: 'tel' })}
          ${this.text('contact.email', 'E-mail', 'Waar bewoners een vraag kunnen stellen.', { type: 'email' })}
          ${this.text('contact.url', 'Website', 'Begint met https://.', { type: 'url' })}
          ${this.text('provider.name', 'Naam van de aanbieder', 'De organisatie die dit aanbod geeft.')}
          ${this.text('provider.website', 'Website van de aanbieder', 'Begint met https://.', { type: 'url' })}
          <h2>Status</h2>
          ${this.select('status', 'Status', 'Tijdelijk gesloten: bewoners zien uw melding. Gestopt: het aanbod blijft bewaard, maar bewoners zien dat het gestopt is.', Object.entries(STATUS_NAMES))}
          ${this.text('alert', 'Melding voor bewoners', 'Bijvoorbeeld: Gesloten tot 6 januari door verbouwing.', { max: 300 })}
          <div class="row">${this.text('lastVerified', 'Laatst gecontroleerd', 'Wanneer is gecheckt dat alles klopt?', { type: 'date' })}
            <button type="button" class="secondary" @click=${() => this.set('lastVerified', new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }))}>Vandaag gecontroleerd</button></div>
          ${this.text('validUntil', 'Geldig tot', 'Na deze dag zien bewoners het niet meer. Mag leeg.', { type: 'date' })}
          <div class="actions"><button type="submit" class="save" ?disabled=${this.saving}>Opslaan</button>
            <button type="button" class="secondary" @click=${() => void this.load()}>Wijzigingen weggooien</button></div>
        </form>
        <section class="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Zo zien bewoners het</h2>
          <sek-beheer-voorbeeld .offer=${offer}></sek-beheer-voorbeeld>
        </section>
      </div>
      ${this.renderHistory()}`;
  }

  private renderHistory(): TemplateResult {
    const entries = this.history?.entries ?? [];
    return html`<section aria-labelledby="history-title"><h2 id="history-title">Geschiedenis</h2>
      ${entries.length === 0 ? html`<p>Nog geen wijzigingen.</p>` : html`<ol reversed class="history">${entries.map((entry) => html`<li>
        <h3>Versie ${entry.version}: ${ACTION_NAMES[entry.action]} op ${new Date(entry.changedAt).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' })}</h3>
        <p>Door ${entry.changedBy}${entry.reason ? html` · ${entry.reason}` : nothing}</p>
        ${entry.action === 'create' ? nothing : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Wijzigingen in versie ${entry.version}"><table class="diff"><thead><tr><th scope="col">Veld</th><th scope="col">Was</th><th scope="col">Werd</th></tr></thead>
          <tbody>${entry.changes.slice(0, 40).map((change) => html`<tr><td>${change.field}</td><td><del>${change.before ?? '(leeg)'}</del></td><td><ins>${change.after ?? '(leeg)'}</ins></td></tr>`)}</tbody></table></div>`}
        ${entry.restorable ? html`<button type="button" class="secondary restore" @click=${() => this.restore(entry.version)}>Versie ${entry.version} terugzetten</button>` : nothing}
      </li>`)}</ol>`}</section>`;
  }
}

if (!customElements.get('sek-beheer-aanbod')) customElements.define('sek-beheer-aanbod', SekBeheerAanbod);

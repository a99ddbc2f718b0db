import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { AdminOffer, Offer, OfferHistory, PlacesResponse } from '@sek/contract';
import { THEMES } from '@sek/contract/themes';
import { ACCESSIBILITY_LABELS, KAART_LABELS, OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from '@sek/contract/vocabulary';
import { formatClosedPeriod, formatSession, parseClosedPeriods, parseSessions, ScheduleCellError } from '@sek/contract/schedule-text';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, locale, t } from '../beheer-lang.js';
import { linesOf, valueAt, withValue } from '../offer-draft.js';
import { STATUS_NAMES, PUBLICATION_NAMES } from './offer-list-screen.js';
import '../offer-preview.js';

type Draft = Offer;
const ACTION_NAMES = { create: { nl: 'Aangemaakt', en: 'Created' }, update: { nl: 'Gewijzigd', en: 'Changed' }, delete: { nl: 'Verwijderd', en: 'Removed' }, restore: { nl: 'Teruggezet', en: 'Restored' } } as const;

/**
 * One offer: every field in a form with a line of help each, the postcode checked against the
 * kaart's places, a live preview drawn by `<sek-zoeker>`'s own detail view, saving with the
 * service's checks (the offer's zod schema) shown beside the fields, and the history with
 * "Terugzetten".
 */
export class SekBeheerAanbod extends LitElement {
  static override styles = beheerStyles;
  static override properties = {
    lang: { attribute: false }, api: { attribute: false }, offerId: { attribute: false }, stored: { state: true }, draft: { state: true }, problem: { state: true },
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
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Dit aanbod kon niet geladen worden.', en: 'This offer could not be loaded.' });
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
      if (error instanceof ScheduleCellError) errors['schedule.sessions'] = local(error.fieldError.message).replace(/ \((kolom|column) \w+\)\.$/, '.');
    }
    try {
      this.set('schedule.closed', parseClosedPeriods(linesOf(this.closedText)));
    } catch (error) {
      if (error instanceof ScheduleCellError) errors['schedule.closed'] = local(error.fieldError.message).replace(/ \((kolom|column) \w+\)\.$/, '.');
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
        this.placeChecks = { ...this.placeChecks, [index]: t(`Postcode ${digits} kennen we niet. Kijk of hij goed is.`, `We do not know postcode ${digits}. Check that it is right.`) };
        return;
      }
      const place = found.label.replace(/^\d{4}\s*/, '') || found.gemeenteName;
      this.set(`locations.${index}.address.gemeenteCode`, found.gemeenteCode);
      this.set(`locations.${index}.lat`, found.lat);
      this.set(`locations.${index}.lng`, found.lng);
      if (!valueAt(this.draft, `locations.${index}.address.place`)) this.set(`locations.${index}.address.place`, place);
      this.placeChecks = { ...this.placeChecks, [index]: t(`Postcode ${digits} ligt in de gemeente ${found.gemeenteName} (${found.gemeenteCode}). De plek op de kaart is het midden van dit postcodegebied.`, `Postcode ${digits} is in the municipality of ${found.gemeenteName} (${found.gemeenteCode}). The spot on the map is the middle of this postcode area.`) };
    } catch {
      this.placeChecks = { ...this.placeChecks, [index]: t('De postcode kon nu niet gecontroleerd worden. Bij opslaan controleren we hem opnieuw.', 'The postcode could not be checked now. We check it again when you save.') };
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
      this.notice = t('Opgeslagen. Binnen een paar seconden vinden bewoners het aanbod zoals het nu is.', 'Saved. Within a few seconds residents find the offer as it is now.');
      await this.loadHistory();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Opslaan lukte niet. Probeer het opnieuw.', en: 'Saving did not work. Please try again.' });
    } finally {
      this.saving = false;
    }
    await this.updateComplete;
    (this.renderRoot.querySelector('.save-result') as HTMLElement | null)?.focus();
  }

  private async restore(version: number): Promise<void> {
    if (!confirm(t(`Versie ${version} terugzetten? De huidige tekst blijft in de geschiedenis staan.`, `Restore version ${version}? The current text stays in the history.`))) return;
    try {
      this.stored = await this.api.request<AdminOffer>('POST', `/v1/admin/offers/${encodeURIComponent(this.offerId)}/restore`, { version });
      this.draft = this.stored.offer;
      this.sessionsText = this.draft.schedule.sessions.map(formatSession).join('\n');
      this.closedText = this.draft.schedule.closed.map(formatClosedPeriod).join('\n');
      this.problem = undefined;
      this.notice = t(`Versie ${version} is teruggezet. Bewoners zien dit binnen een paar seconden.`, `Version ${version} has been restored. Residents see it within a few seconds.`);
      await this.loadHistory();
      await this.updateComplete;
      (this.renderRoot.querySelector('.save-result') as HTMLElement | null)?.focus();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Terugzetten lukte niet.', en: 'Restoring did not work.' });
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
        <legend>${t('Plek', 'Place')} ${index + 1}${location.name ? `: ${location.name}` : ''}</legend>
        ${this.text(`locations.${index}.name`, t('Naam van de plek', 'Name of the place'), t('Bijvoorbeeld: Bibliotheek Gorinchem. Mag leeg.', 'For example: Bibliotheek Gorinchem. May be empty.'))}
        ${this.text(`locations.${index}.address.street`, t('Straat en huisnummer', 'Street and number'), t('Bijvoorbeeld: Molenstraat 12.', 'For example: Molenstraat 12.'))}
        <div class="row">
          <div class="field" @focusout=${() => this.checkPostcode(index, location.address.postcode)}>${this.text(`locations.${index}.address.postcode`, t('Postcode', 'Postcode'), t('Bijvoorbeeld 4201 AB. We zoeken de gemeente erbij.', 'For example 4201 AB. We look up the municipality.'))}</div>
          ${this.text(`locations.${index}.address.place`, t('Plaats', 'Place'), t('De plaats zoals bewoners hem kennen.', 'The place as residents know it.'))}
        </div>
        ${this.placeChecks[index] ? html`<p class="help" role="status">${this.placeChecks[index]}</p>` : nothing}
        <button type="button" class="danger" @click=${() => this.set('locations', offer.locations.filter((_, i) => i !== index))}>${t(`Plek ${index + 1} weghalen`, `Remove place ${index + 1}`)}</button>
      </fieldset>`)}
      <button type="button" class="secondary" @click=${() => this.set('locations', [...offer.locations, { id: `plek-${Date.now().toString(36)}`, address: { street: '', postcode: '', place: '', gemeenteCode: '' } }])}>${t('Plek toevoegen', 'Add a place')}</button>
      <span class="error">${this.error('locations') ?? ''}</span>`;
  }

  override render() {
    const offer = this.draft;
    if (!offer) {
      return html`<h1 tabindex="-1">${t('Aanbod', 'Offer')}</h1>${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p><p><a href="/beheer/">${t('Terug naar de lijst', 'Back to the list')}</a></p>` : html`<p role="status">${t('Even geduld…', 'One moment…')}</p>`}`;
    }
    const fieldProblems = this.problem?.fields ?? [];
    const area = offer.serviceArea;
    return html`
      <p><a href="/beheer/">← ${t('Terug naar de lijst', 'Back to the list')}</a></p>
      <h1 tabindex="-1">${this.stored!.offer.title}</h1>
      <p class="count">${offer.provider.name} · ${local(PUBLICATION_NAMES[this.stored!.publication])} · ${t('versie', 'version')} ${this.stored!.version} · id ${offer.id}</p>
      <p><a href="/beheer/aanmelden?aanbod=${encodeURIComponent(offer.id)}">${t('Aanpassen met het stappenformulier', 'Change it with the step-by-step form')}</a> ${t('(aanbieders: uw wijziging gaat naar de coördinator)', '(providers: your change goes to the coordinator)')}</p>
      <div class="save-result" tabindex="-1">
        ${this.notice ? html`<p class="notice good" role="status">${this.notice}</p>` : nothing}
        ${this.problem ? html`<div class="notice bad" role="alert"><p>${this.problem.text()}</p>
          ${fieldProblems.length ? html`<ul>${fieldProblems.map((field) => html`<li>${local(field.message)}</li>`)}</ul>` : nothing}</div>` : nothing}
      </div>
      <div class="edit">
        <form @submit=${(e: SubmitEvent) => this.save(e)} novalidate aria-label=${t('Aanbod bewerken', 'Edit the offer')}>
          <h2>${t('Wat is het?', 'What is it?')}</h2>
          ${this.text('title', t('Titel', 'Title'), t('Kort en duidelijk, zoals bewoners het zoeken. Bijvoorbeeld: Taalcafé Gorinchem.', 'Short and clear, as residents search for it. For example: Taalcafé Gorinchem.'), { max: 120 })}
          ${this.text('summary', t('Korte uitleg', 'Summary'), t('Eén of twee zinnen in gewone woorden: wat doet u er, en wat heeft u eraan? Deze tekst staat in de lijst.', 'One or two sentences in plain words: what do you do there, and what do you get from it? This text is in the list.'), { multiline: true, max: 300 })}
          ${this.text('description', t('Beschrijving', 'Description'), t('Meer uitleg. Schrijf kort: korte zinnen, gewone woorden.', 'More explanation. Write short sentences in plain words.'), { multiline: true, max: 5000 })}
          <h2>${t('Voor wie en waarover?', 'For whom and about what?')}</h2>
          ${this.checkboxes('themes', t('Onderwerpen', 'Themes'), t('Waar helpt dit aanbod bij? Kies er één of meer.', 'What does this offer help with? Choose one or more.'), THEMES.map((theme) => [theme.slug, local(theme.label), local(theme.explanation)]))}
          ${this.select('kind', t('Soort hulp', 'Kind of help'), t('Een cursus heeft lessen; een spreekuur is vrij binnenlopen; begeleiding is één op één.', 'A course has lessons; a drop-in is walking in freely; coaching is one to one.'), Object.entries(OFFER_KIND_LABELS).map(([v, l]) => [v, local(l)]))}
          ${this.checkboxes('targetGroups', t('Voor wie?', 'For whom?'), t('Kies niets als het voor iedereen is.', 'Choose nothing if it is for everyone.'), Object.entries(TARGET_GROUP_LABELS).map(([v, l]) => [v, local(l)]))}
          ${this.select('kaart', t('Kaart', 'Map'), t('Leren en meedoen, of hulp en zorg.', 'Learning and taking part, or help and care.'), Object.entries(KAART_LABELS).map(([v, l]) => [v, local(l)]))}
          <h2>${t('Waar?', 'Where?')}</h2>
          ${this.renderLocations(offer)}
          <label class="field choice"><input type="checkbox" .checked=${offer.online} @change=${(e: Event) => this.set('online', (e.target as HTMLInputElement).checked)} /> <span>${t('Ook (of alleen) online of per telefoon', 'Also (or only) online or by phone')}</span></label>
          ${offer.online && offer.locations.length === 0 ? html`<fieldset><legend>${t('Voor wie online?', 'Online for whom?')}</legend>
            <label class="choice"><input type="radio" name="area" .checked=${Boolean(area && 'national' in area)} @change=${() => this.set('serviceArea', { national: true })} /> <span>${t('Voor heel Nederland', 'For all of the Netherlands')}</span></label>
            <label class="choice"><input type="radio" name="area" .checked=${Boolean(area && 'gemeenten' in area)} @change=${() => this.set('serviceArea', { gemeenten: [] })} /> <span>${t('Voor deze gemeenten', 'For these municipalities')}</span></label>
            ${area && 'gemeenten' in area ? html`<label class="field"><span>${t('Gemeentecodes', 'Municipality codes')}</span><span class="help">${t("Gescheiden door komma's, bijvoorbeeld GM0512, GM1978.", 'Separated by commas, for example GM0512, GM1978.')}</span>
              <input .value=${area.gemeenten.join(', ')} @change=${(e: Event) => this.set('serviceArea', { gemeenten: (e.target as HTMLInputElement).value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean) })} /></label>` : nothing}
            <span class="error">${this.error('serviceArea') ?? this.error('serviceArea.gemeenten') ?? ''}</span></fieldset>` : nothing}
          <h2>${t('Wanneer?', 'When?')}</h2>
          <label class="field"><span>${t('Vaste tijden', 'Fixed times')}</span><span class="help" id="f-sessions-help">${t('Eén regel per tijd. Bijvoorbeeld: wo 13:30-15:30, of: do 19:00-21:00 om de week vanaf 2026-09-03, of: za 10:00-12:00 1e van de maand.', 'One line per time, in Dutch day names. For example: wo 13:30-15:30, or: do 19:00-21:00 om de week vanaf 2026-09-03, or: za 10:00-12:00 1e van de maand.')}</span>
            <textarea .value=${this.sessionsText} aria-describedby="f-sessions-help f-sessions-error" aria-invalid=${this.error('schedule.sessions') ? 'true' : 'false'} @input=${(e: Event) => (this.sessionsText = (e.target as HTMLTextAreaElement).value)} @change=${() => this.readSchedule()}></textarea>
            <span class="error" id="f-sessions-error">${this.error('schedule.sessions') ?? ''}</span></label>
          ${this.text('schedule.text', t('Tijden in woorden', 'Times in words'), t('Voor wat hierboven niet past. Bijvoorbeeld: op afspraak, bel eerst.', 'For what does not fit above. For example: by appointment, call first.'), { max: 300 })}
          <div class="row">${this.text('schedule.startDate', t('Begint op', 'Starts on'), t('Mag leeg.', 'May be empty.'), { type: 'date' })}${this.text('schedule.endDate', t('Stopt na', 'Ends after'), t('Daarna zien bewoners het niet meer. Mag leeg.', 'After that residents no longer see it. May be empty.'), { type: 'date' })}</div>
          <label class="field"><span>${t('Gesloten', 'Closed')}</span><span class="help">${t('Eén regel per periode, bijvoorbeeld: 2026-12-19 t/m 2027-01-03 Kerstvakantie.', 'One line per period, for example: 2026-12-19 t/m 2027-01-03 Kerstvakantie.')}</span>
            <textarea .value=${this.closedText} aria-invalid=${this.error('schedule.closed') ? 'true' : 'false'} @input=${(e: Event) => (this.closedText = (e.target as HTMLTextAreaElement).value)} @change=${() => this.readSchedule()}></textarea>
            <span class="error">${this.error('schedule.closed') ?? ''}</span></label>
          ${this.select('schedule.registrationRequired', t('Eerst aanmelden?', 'Sign up first?'), t('Moeten mensen zich eerst aanmelden?', 'Must people sign up first?'), [['', t('Niet gezegd', 'Not said')], ['true', t('Ja, eerst aanmelden', 'Yes, sign up first')], ['false', t('Nee, gewoon komen', 'No, just come')]])}
          <h2>${t('Kosten en meenemen', 'Cost and what to bring')}</h2>
          <label class="field choice"><input type="checkbox" .checked=${offer.cost.free} @change=${(e: Event) => this.set('cost.free', (e.target as HTMLInputElement).checked)} /> <span>${t('Gratis', 'Free')}</span></label>
          ${offer.cost.free ? nothing : this.text('cost.amountEur', t('Prijs in euro', 'Price in euros'), t('Bijvoorbeeld 25. Laat leeg als het verschilt.', 'For example 25. Leave empty if it varies.'), { type: 'number' })}
          ${this.text('cost.description', t('Uitleg over de kosten', 'About the cost'), t('Bijvoorbeeld: gratis met een U-pas.', 'For example: free with a U-pas.'), { max: 200 })}
          <label class="field"><span>${t('Meenemen', 'Bring')}</span><span class="help">${t('Eén ding per regel, bijvoorbeeld: uw DigiD-brief.', 'One thing per line, for example: your DigiD letter.')}</span>
            <textarea .value=${offer.bring.join('\n')} @change=${(e: Event) => this.set('bring', linesOf((e.target as HTMLTextAreaElement).value))}></textarea>
            <span class="error">${this.error('bring') ?? ''}</span></label>
          ${this.checkboxes('accessibility', t('Toegankelijkheid', 'Accessibility'), t('Wat is er op de plek?', 'What is there at the place?'), Object.entries(ACCESSIBILITY_LABELS).map(([v, l]) => [v, local(l)]))}
          <label class="field"><span>${t('Talen', 'Languages')}</span><span class="help">${t("Taalcodes met komma's, bijvoorbeeld: nl, en, ar.", 'Language codes with commas, for example: nl, en, ar.')}</span>
            <input .value=${offer.languages.join(', ')} @change=${(e: Event) => this.set('languages', (e.target as HTMLInputElement).value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))} />
            <span class="error">${this.error('languages') ?? this.error('languages.0') ?? ''}</span></label>
          <h2>Contact</h2>
          ${this.text('contact.phone', t('Telefoon', 'Phone'), t('Bijvoorbeeld 0183 123 456.', 'For example 0183 123 456.'), { type: 'tel' })}
          ${this.text('contact.email', t('E-mail', 'E-mail'), t('Waar bewoners een vraag kunnen stellen.', 'Where residents can ask a question.'), { type: 'email' })}
          ${this.text('contact.url', t('Website', 'Website'), t('Begint met https://.', 'Starts with https://.'), { type: 'url' })}
          ${this.text('provider.name', t('Naam van de aanbieder', 'Name of the provider'), t('De organisatie die dit aanbod geeft.', 'The organisation that gives this offer.'))}
          ${this.text('provider.website', t('Website van de aanbieder', 'Website of the provider'), t('Begint met https://.', 'Starts with https://.'), { type: 'url' })}
          <h2>Status</h2>
          ${this.select('status', t('Status', 'Status'), t('Tijdelijk gesloten: bewoners zien uw melding. Gestopt: het aanbod blijft bewaard, maar bewoners zien dat het gestopt is.', 'Temporarily closed: residents see your notice. Stopped: the offer is kept, but residents see that it stopped.'), Object.entries(STATUS_NAMES).map(([v, l]) => [v, local(l)] as [string, string]))}
          ${this.text('alert', t('Melding voor bewoners', 'Notice for residents'), t('Bijvoorbeeld: Gesloten tot 6 januari door verbouwing.', 'For example: Closed until 6 January for building work.'), { max: 300 })}
          <div class="row">${this.text('lastVerified', t('Laatst gecontroleerd', 'Last checked'), t('Wanneer is gecheckt dat alles klopt?', 'When was it checked that everything is right?'), { type: 'date' })}
            <button type="button" class="secondary" @click=${() => this.set('lastVerified', new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }))}>${t('Vandaag gecontroleerd', 'Checked today')}</button></div>
          ${this.text('validUntil', t('Geldig tot', 'Valid until'), t('Na deze dag zien bewoners het niet meer. Mag leeg.', 'After this day residents no longer see it. May be empty.'), { type: 'date' })}
          <div class="actions"><button type="submit" class="save" ?disabled=${this.saving}>${t('Opslaan', 'Save')}</button>
            <button type="button" class="secondary" @click=${() => void this.load()}>${t('Wijzigingen weggooien', 'Throw away changes')}</button></div>
        </form>
        <section class="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">${t('Zo zien bewoners het', 'How residents see it')}</h2>
          <sek-beheer-voorbeeld .offer=${offer}></sek-beheer-voorbeeld>
        </section>
      </div>
      ${this.renderHistory()}`;
  }

  private renderHistory(): TemplateResult {
    const entries = this.history?.entries ?? [];
    return html`<section aria-labelledby="history-title"><h2 id="history-title">${t('Geschiedenis', 'History')}</h2>
      ${entries.length === 0 ? html`<p>${t('Nog geen wijzigingen.', 'No changes yet.')}</p>` : html`<ol reversed class="history">${entries.map((entry) => html`<li>
        <h3>${t('Versie', 'Version')} ${entry.version}: ${local(ACTION_NAMES[entry.action])} ${t('op', 'on')} ${new Date(entry.changedAt).toLocaleString(locale(), { dateStyle: 'long', timeStyle: 'short' })}</h3>
        <p>${t('Door', 'By')} ${entry.changedBy}${entry.reason ? html` · ${entry.reason}` : nothing}</p>
        ${entry.action === 'create' ? nothing : html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t('Wijzigingen in versie', 'Changes in version')} ${entry.version}"><table class="diff"><thead><tr><th scope="col">${t('Veld', 'Field')}</th><th scope="col">${t('Was', 'Was')}</th><th scope="col">${t('Werd', 'Became')}</th></tr></thead>
          <tbody>${entry.changes.slice(0, 40).map((change) => html`<tr><td>${change.field}</td><td><del>${change.before ?? t('(leeg)', '(empty)')}</del></td><td><ins>${change.after ?? t('(leeg)', '(empty)')}</ins></td></tr>`)}</tbody></table></div>`}
        ${entry.restorable ? html`<button type="button" class="secondary restore" @click=${() => this.restore(entry.version)}>${t(`Versie ${entry.version} terugzetten`, `Restore version ${entry.version}`)}</button>` : nothing}
      </li>`)}</ol>`}</section>`;
  }
}

if (!customElements.get('sek-beheer-aanbod')) customElements.define('sek-beheer-aanbod', SekBeheerAanbod);

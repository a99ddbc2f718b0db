import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { LocalizedMessage, PlacesResponse } from '@sek/contract';
import { DUTCH, type Lang } from '../i18n/strings.js';
import { valueAt, withValue } from '../beheer/offer-draft.js';
import { AanmeldenApi, FormProblem } from './aanmelden-api.js';
import { aanmeldenStyles } from './aanmelden-styles.js';
import { costStep, forWhomStep, previewOf, whatStep, whenStep, whereStep, whoStep, type StepContext } from './aanmelden-steps.js';
import { emptyDraft, forgetDraft, keepDraft, keptDraft, STEPS, stepOfField, type FormDraft } from './form-draft.js';

/**
 * Sends the filled-in form somewhere else than the public API: inside `/beheer/`, a logged-in
 * provider's or coordinator's session (drafts kept on the server, review or direct publication).
 */
export interface SubmissionSender {
  saveDraft?(draft: FormDraft): Promise<void>;
  send(draft: FormDraft): Promise<{ message: LocalizedMessage }>;
}

type Mode = 'form' | 'sent' | 'confirm' | 'confirmed' | 'gone' | 'loading';

const STEP_TITLES: Record<(typeof STEPS)[number]['id'], [string, string]> = {
  wie: ['Wie bent u?', 'Who are you?'],
  wat: ['Wat biedt u aan?', 'What do you offer?'],
  'voor-wie': ['Voor wie en waarover?', 'For whom and about what?'],
  waar: ['Waar is het?', 'Where is it?'],
  wanneer: ['Wanneer is het?', 'When is it?'],
  kosten: ['Kosten, meenemen en contact', 'Cost, what to bring and contact'],
  controle: ['Controleren en versturen', 'Check and send'],
};

/**
 * `<sek-aanbod-aanmelden region="GM0512,GM1978">`: the form providers (often volunteers) enter an
 * offer with, one question per step, with a live preview exactly as residents will see it in
 * `<sek-zoeker>`. Kept in the browser while typing (closing the tab loses nothing); sent without an
 * account it is confirmed by e-mail before a coordinator sees it. On the page the mails link to, it
 * reads `#bevestigen=…` (confirm with a button) or `#wijzigen=…` (change after a decision).
 * Every check is the service's: the form shows each problem beside its field.
 */
export class SekAanbodAanmelden extends LitElement {
  static override styles = aanmeldenStyles;
  static override properties = {
    region: {}, api: {}, lang: {}, tiles: {},
    sender: { attribute: false }, initial: { attribute: false }, storageKey: { attribute: false },
    step: { state: true }, draft: { state: true }, problems: { state: true }, problem: { state: true }, mode: { state: true },
    answer: { state: true }, busy: { state: true }, postcodeNote: { state: true }, mapReady: { state: true }, message: { state: true },
  };

  /** The kaart's gemeenten, comma-separated: the place must lie in one of them. */
  declare region: string;
  declare api: string;
  declare lang: Lang;
  /** The map's background: `pdok`, an XYZ template, or `none`. */
  declare tiles: string;
  declare sender: SubmissionSender | undefined;
  /** A draft to start from (inside /beheer/: an offer to change), instead of the one kept in the browser. */
  declare initial: FormDraft | undefined;
  declare storageKey: string | undefined;
  declare step: number;
  declare draft: FormDraft;
  declare problems: { field: string; message: LocalizedMessage }[];
  declare problem: LocalizedMessage | undefined;
  declare mode: Mode;
  declare answer: LocalizedMessage | undefined;
  declare busy: boolean;
  declare postcodeNote: string;
  declare mapReady: boolean;
  /** The coordinator's message, when a change link opened a sent-back submission. */
  declare message: string | null;

  private readonly client = new AanmeldenApi(() => this.api || window.location.origin);
  private linkToken = '';
  private honeypot = '';
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** Steps this page pushed onto the history: Back goes through them first, like the browser's Back. */
  private pushed = 0;
  private readonly onPopState = (event: PopStateEvent) => {
    const step = (event.state as { sekAanmelden?: number } | null)?.sekAanmelden;
    if (typeof step !== 'number' || this.mode !== 'form') return;
    this.pushed = Math.max(0, this.pushed - 1);
    this.goTo(step, false);
  };

  constructor() {
    super();
    this.region = '';
    this.api = '';
    this.lang = 'nl';
    this.tiles = 'pdok';
    this.step = 0;
    this.draft = emptyDraft();
    this.problems = [];
    this.mode = 'form';
    this.busy = false;
    this.postcodeNote = '';
    this.mapReady = false;
    this.message = null;
  }

  private get regionCodes(): string[] {
    return this.region.split(',').map((code) => code.trim().toUpperCase()).filter((code) => /^GM\d{4}$/.test(code));
  }

  private get key(): string {
    return this.storageKey ?? `sek-aanmelden:${this.linkToken ? 'wijzigen' : this.regionCodes.join(',') || 'nl'}`;
  }

  private t = (nl: string, en: string): string => (this.lang === 'en' ? en : nl);
  private local = (message: LocalizedMessage): string => message[this.lang === 'en' ? 'en' : 'nl'];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    const link = /^#(bevestigen|wijzigen)=([A-Za-z0-9_-]{20,100})$/.exec(window.location.hash);
    if (link) {
      // The secret leaves the address bar (and the history) at once; the page acts only on a button.
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
      this.linkToken = link[2]!;
      if (link[1] === 'bevestigen') this.mode = 'confirm';
      else void this.openChangeLink();
      return;
    }
    const kept = this.initial ? undefined : keptDraft(this.key);
    if (this.initial) this.draft = this.initial;
    if (kept) {
      this.draft = kept.draft;
      this.step = kept.step;
    }
    history.replaceState({ ...(history.state as object | null), sekAanmelden: this.step }, '');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initial') && this.initial && changed.get('initial') !== undefined) this.draft = this.initial;
  }

  private async openChangeLink(): Promise<void> {
    this.mode = 'loading';
    try {
      const opened = await this.client.open(this.linkToken);
      const kept = keptDraft(this.key);
      this.draft = kept?.draft ?? { submitter: opened.submitter, offer: opened.offer };
      this.message = opened.message;
      this.mode = 'form';
      this.step = 0;
    } catch (error) {
      this.mode = 'gone';
      this.problem = error instanceof FormProblem ? error.localized : undefined;
    }
  }

  private async confirm(): Promise<void> {
    this.busy = true;
    try {
      this.answer = (await this.client.confirm(this.linkToken)).message;
      this.mode = 'confirmed';
    } catch (error) {
      this.problem = error instanceof FormProblem ? error.localized : undefined;
      this.mode = 'gone';
    } finally {
      this.busy = false;
    }
    await this.focusHeading();
  }

  // ---- Editing ----

  private set = (path: string, value: unknown): void => {
    const cleared = value === '' ? undefined : value;
    this.draft = path.startsWith('submitter.') ? withValue(this.draft, path, value ?? '') : { ...this.draft, offer: withValue(this.draft.offer, path, cleared) };
    if (this.problems.some((problem) => problem.field === path)) this.problems = this.problems.filter((problem) => problem.field !== path);
    this.keep();
  };

  private toggle = (path: string, item: string, on: boolean): void => {
    const list = (valueAt(this.draft.offer, path) as string[] | undefined) ?? [];
    this.set(path, on ? [...new Set([...list, item])] : list.filter((value) => value !== item));
    if (this.problems.some((problem) => problem.field.startsWith(`${path}.`))) this.problems = this.problems.filter((problem) => !problem.field.startsWith(`${path}.`));
  };

  /** Kept in the browser at every change; inside /beheer/ also on the server, a moment after typing stops. */
  private keep(): void {
    keepDraft(this.key, this.step, this.draft);
    if (!this.sender?.saveDraft) return;
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => void this.sender?.saveDraft?.(this.draft).catch(() => {}), 1500);
  }

  /** Looks up the postcode: its place and gemeente, and the spot for the map. */
  private checkPostcode = async (): Promise<void> => {
    const postcode = String(valueAt(this.draft.offer, 'locations.0.address.postcode') ?? '');
    const digits = /^\s*([1-9]\d{3})/.exec(postcode)?.[1];
    if (!digits) return;
    try {
      const response = await fetch(`${this.api || window.location.origin}/v1/places?q=${digits}&limit=1`, { credentials: 'omit' });
      const found = ((await response.json()) as PlacesResponse).results.find((result) => result.kind === 'postcode' && result.near === digits);
      if (!found) {
        this.postcodeNote = this.t(`Postcode ${digits} kennen we niet. Kijk of hij goed is.`, `We do not know postcode ${digits}. Check that it is right.`);
        return;
      }
      const codes = this.regionCodes;
      const inRegion = codes.length === 0 || codes.includes(found.gemeenteCode);
      this.draft = { ...this.draft, place: { lat: found.lat, lng: found.lng, gemeenteName: found.gemeenteName } };
      if (!valueAt(this.draft.offer, 'locations.0.address.place')) this.set('locations.0.address.place', found.label.replace(/^\d{4}\s*/, '') || found.gemeenteName);
      this.postcodeNote = inRegion
        ? this.t(`Postcode ${digits} ligt in de gemeente ${found.gemeenteName}. Op de kaart ziet u ongeveer waar: het midden van dit postcodegebied.`, `Postcode ${digits} is in the municipality of ${found.gemeenteName}. The map shows roughly where: the middle of this postcode area.`)
        : this.t(`Postcode ${digits} ligt in de gemeente ${found.gemeenteName}. Dat valt buiten het gebied van deze kaart. Meld uw aanbod aan bij de kaart van uw eigen gemeente.`, `Postcode ${digits} is in ${found.gemeenteName}, outside the area of this kaart.`);
      this.keep();
      await import('../map/sek-zoeker-kaart.js');
      this.mapReady = true;
    } catch {
      this.postcodeNote = this.t('De postcode kon nu niet gecontroleerd worden. Bij versturen controleren we hem opnieuw.', 'The postcode could not be checked now. We check it again when you send.');
    }
  };

  // ---- Steps ----

  private goTo(step: number, push = true): void {
    this.step = Math.max(0, Math.min(STEPS.length - 1, step));
    if (push) {
      history.pushState({ ...(history.state as object | null), sekAanmelden: this.step }, '');
      this.pushed += 1;
    }
    keepDraft(this.key, this.step, this.draft);
    void this.focusHeading();
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
  }

  /** Next step, when the service finds nothing wrong in this step's fields (if it cannot be asked, the last step asks again). */
  private async next(event: Event): Promise<void> {
    event.preventDefault();
    this.busy = true;
    try {
      const fields = STEPS[this.step]!.fields as readonly string[];
      const found = await this.client.problems(this.draft, this.regionCodes);
      this.problems = found.filter((problem) => stepOfField(problem.field) === this.step && fields.length > 0);
    } catch {
      this.problems = [];
    } finally {
      this.busy = false;
    }
    if (this.problems.length) {
      await this.focusFirstProblem();
      return;
    }
    this.goTo(this.step + 1);
  }

  private back(): void {
    if (this.pushed > 0) history.back();
    else this.goTo(this.step - 1, false);
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    this.busy = true;
    this.problem = undefined;
    try {
      const answer = this.sender ? await this.sender.send(this.draft)
        : this.linkToken ? await this.client.change(this.linkToken, this.draft)
          : await this.client.submit(this.draft, this.regionCodes, this.honeypot);
      this.answer = answer.message;
      this.mode = 'sent';
      forgetDraft(this.key);
      this.dispatchEvent(new CustomEvent('sek-aanmelding-verstuurd', { bubbles: true, composed: true }));
      await this.focusHeading();
    } catch (error) {
      // Nothing is lost: every field stays; the first step with a problem opens.
      const problem = error instanceof FormProblem ? error : new FormProblem(0, { nl: 'Versturen lukte niet. Uw gegevens zijn bewaard. Probeer het opnieuw.', en: 'Sending did not work. What you filled in is kept. Please try again.' });
      this.problem = problem.localized;
      this.problems = problem.fields;
      if (problem.fields.length) {
        this.goTo(Math.min(...problem.fields.map((field) => stepOfField(field.field))));
        await this.focusFirstProblem();
      } else {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.send-problem')?.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  // ---- Rendering ----

  private context(): StepContext {
    return {
      draft: this.draft, lang: this.lang === 'en' ? 'en' : 'nl', t: this.t, set: this.set, toggle: this.toggle,
      error: (path) => {
        const found = this.problems.find((problem) => problem.field === path) ?? this.problems.find((problem) => problem.field.startsWith(`${path}.`) && !/\.\d+\./.test(problem.field.slice(path.length)));
        return found ? this.local(found.message) : undefined;
      },
      postcodeNote: this.postcodeNote, checkPostcode: () => void this.checkPostcode(), region: this.regionCodes,
      today: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }),
    };
  }

  private map(): TemplateResult | typeof nothing {
    const place = this.draft.place;
    if (!this.mapReady || !place) return nothing;
    const t = DUTCH;
    return html`<div class="mini-map" role="group" aria-label=${this.t(`Kaart met de plek van uw aanbod in ${place.gemeenteName}`, `Map with the place of your offer in ${place.gemeenteName}`)}>
      <sek-zoeker-kaart .api=${this.api || window.location.origin} tiles=${this.tiles}
        .labels=${{ zoomIn: t.zoomIn, zoomOut: t.zoomOut, attribution: t.attribution, attributionTip: t.attributionTip, tilesFailed: t.tilesFailed, creditTiles: t.creditTiles, creditBoundaries: t.creditBoundaries }}
        .shows=${{ search: place, center: null, radiusKm: null, hits: [{ id: 'plek', title: String(this.draft.offer.title ?? ''), lat: place.lat, lng: place.lng }] }}></sek-zoeker-kaart></div>`;
  }

  private stepBody(c: StepContext): TemplateResult {
    switch (STEPS[this.step]!.id) {
      case 'wie': return whoStep(c, (value) => (this.honeypot = value));
      case 'wat': return whatStep(c);
      case 'voor-wie': return forWhomStep(c);
      case 'waar': return whereStep(c, this.map());
      case 'wanneer': return whenStep(c);
      case 'kosten': return costStep(c);
      case 'controle': return html`<p>${this.t('Zo zien bewoners uw aanbod. Klopt alles? Verstuur het dan.', 'This is how residents see your offer. Is everything right? Then send it.')}</p>${previewOf(c)}`;
    }
  }

  override render() {
    if (this.mode === 'loading') return html`<p role="status">${this.t('Even geduld…', 'One moment…')}</p>`;
    if (this.mode === 'confirm') {
      return html`<h2 tabindex="-1">${this.t('Bevestig uw aanmelding', 'Confirm your submission')}</h2>
        <p>${this.t('Druk op de knop. Dan gaat uw aanbod naar de coördinator.', 'Press the button to send your offer to the coordinator.')}</p>
        <div class="actions"><button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.confirm()}>${this.t('Aanmelding bevestigen', 'Confirm submission')}</button></div>`;
    }
    if (this.mode === 'confirmed' || this.mode === 'sent') {
      return html`<h2 tabindex="-1">${this.mode === 'confirmed' ? this.t('Bevestigd', 'Confirmed') : this.t('Verstuurd', 'Sent')}</h2>
        <p class="notice" role="status">${this.answer ? this.local(this.answer) : ''}</p>`;
    }
    if (this.mode === 'gone') {
      return html`<h2 tabindex="-1">${this.t('Deze link werkt niet meer', 'This link no longer works')}</h2>
        <p class="notice bad" role="alert">${this.problem ? this.local(this.problem) : this.t('Probeer het later opnieuw.', 'Please try again later.')}</p>`;
    }
    const c = this.context();
    const id = STEPS[this.step]!.id;
    const last = this.step === STEPS.length - 1;
    const [nl, en] = STEP_TITLES[id];
    return html`
      ${this.message ? html`<div class="notice" role="note"><strong>${this.t('Bericht van de coördinator', 'Message from the coordinator')}</strong><p>${this.message}</p></div>` : nothing}
      <p class="progress" id="progress">${this.t(`Stap ${this.step + 1} van ${STEPS.length}`, `Step ${this.step + 1} of ${STEPS.length}`)}</p>
      <progress class="progress-bar" aria-hidden="true" max=${STEPS.length} .value=${this.step + 1}></progress>
      <form novalidate aria-labelledby="step-title" aria-describedby="progress" @submit=${(e: Event) => (last ? this.send(e) : this.next(e))}>
        <h2 id="step-title" tabindex="-1">${this.t(nl, en)}</h2>
        ${this.problems.length && !last ? html`<p class="error" role="alert">${this.t('Kijk nog even naar de velden in het rood.', 'Please look at the fields in red.')}</p>` : nothing}
        ${this.problem ? html`<div class="notice bad send-problem" role="alert" tabindex="-1"><p>${this.local(this.problem)}</p></div>` : nothing}
        ${this.stepBody(c)}
        <div class="actions">
          ${this.step > 0 ? html`<button type="button" class="secondary" @click=${() => this.back()}>${this.t('Terug', 'Back')}</button>` : nothing}
          <button type="submit" class="primary" ?disabled=${this.busy}>${last ? this.t('Aanmelding versturen', 'Send') : this.t('Volgende', 'Next')}</button>
        </div>
      </form>`;
  }
}

if (!customElements.get('sek-aanbod-aanmelden')) customElements.define('sek-aanbod-aanmelden', SekAanbodAanmelden);

declare global {
  interface HTMLElementTagNameMap {
    'sek-aanbod-aanmelden': SekAanbodAanmelden;
  }
}

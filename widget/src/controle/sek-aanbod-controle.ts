import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { CheckResult, LocalizedMessage, OpenedCheck } from '@sek/contract';
import type { WholeHit } from '../api/search-client.js';
import { DUTCH, type Lang } from '../i18n/strings.js';
import { renderDetail } from '../views/offer-detail.js';
import { FormProblem, post } from '../aanmelden/aanmelden-api.js';
import { aanmeldenStyles } from '../aanmelden/aanmelden-styles.js';

type Choice = 'ja' | 'aanpassen' | 'stopt';
const ANSWERS = { ja: 'yes', aanpassen: 'change', stopt: 'stops' } as const;
const noop = () => {};

/**
 * `<sek-aanbod-controle>`: the page a "Klopt dit nog?" link opens (`/controleren/#ja=…`). It
 * shows the offer as residents see it and the three answers; nothing changes until a button is
 * pressed (a POST), so a mail scanner that follows the link does no harm. "Ik wil iets aanpassen"
 * continues in the provider form (`/aanmelden/#wijzigen=…`), pre-filled.
 */
export class SekAanbodControle extends LitElement {
  static override styles = [aanmeldenStyles, css`
    .detail > .back, .detail > .actions { display: none; }
    .answers { display: grid; gap: 0.75em; margin: var(--_space) 0; }
    .answers button { min-height: 56px; font-size: 1.15em; font-weight: 700; text-align: start; padding: 0.6em 1em; border-radius: var(--_radius); border: 3px solid; }
    .answers .yes { background: #1b6e3a; border-color: #1b6e3a; color: #fff; }
    .answers .change { background: var(--_primary); border-color: var(--_primary); color: var(--_on-primary); }
    .answers .stops { background: var(--_bg); border-color: #8a1b1b; color: #8a1b1b; }
    .answers .chosen { outline: 4px solid var(--_focus); outline-offset: 3px; }
    .stop-form { display: grid; gap: 0.5em; padding: 0.75em; border: 2px solid #8a1b1b; border-radius: var(--_radius); }
    .stop-form input { font: inherit; min-height: 44px; padding: 0.4em 0.6em; border: 2px solid var(--_muted); border-radius: var(--_radius); max-width: 14em; }
    .in-kaart { margin-top: var(--_space); }
  `];

  static override properties = {
    api: {}, lang: {},
    opened: { state: true }, problem: { state: true }, result: { state: true }, busy: { state: true }, stopping: { state: true }, endDate: { state: true },
  };

  declare api: string;
  declare lang: Lang;
  declare opened: OpenedCheck | undefined;
  declare problem: LocalizedMessage | undefined;
  declare result: CheckResult | undefined;
  declare busy: boolean;
  declare stopping: boolean;
  declare endDate: string;
  private token = '';
  private choice: Choice | undefined;
  private fields: { field: string; message: LocalizedMessage }[] = [];

  constructor() {
    super();
    this.api = '';
    this.lang = 'nl';
    this.busy = false;
    this.stopping = false;
    this.endDate = '';
  }

  private t = (nl: string, en: string): string => (this.lang === 'en' ? en : nl);
  private local = (message: LocalizedMessage): string => message[this.lang === 'en' ? 'en' : 'nl'];
  private get base(): string {
    return this.api || window.location.origin;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const link = /^#(ja|aanpassen|stopt)=([A-Za-z0-9_-]{20,100})$/.exec(window.location.hash);
    if (!link) {
      this.problem = { nl: 'Deze link is niet compleet. Kopieer de hele link uit de e-mail.', en: 'This link is not complete. Copy the whole link from the e-mail.' };
      return;
    }
    // The secret leaves the address bar (and the history) at once; only a button acts on it.
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    this.choice = link[1] as Choice;
    this.token = link[2]!;
    this.stopping = this.choice === 'stopt';
    void this.open();
  }

  private async open(): Promise<void> {
    try {
      this.opened = await post<OpenedCheck>(this.base, '/v1/checks/open', { token: this.token });
      this.endDate = this.opened.today;
    } catch (error) {
      this.problem = error instanceof FormProblem ? error.localized : { nl: 'Er ging iets mis.', en: 'Something went wrong.' };
    }
  }

  private async answer(choice: Choice): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.fields = [];
    try {
      this.result = await post<CheckResult>(this.base, '/v1/checks/answer', { token: this.token, answer: ANSWERS[choice], ...(choice === 'stopt' ? { endDate: this.endDate } : {}) });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.result')?.focus();
      if (this.result.changeToken) window.location.assign(`/aanmelden/#wijzigen=${this.result.changeToken}`);
    } catch (error) {
      if (error instanceof FormProblem && error.fields.length) this.fields = error.fields;
      else this.problem = error instanceof FormProblem ? error.localized : { nl: 'Er ging iets mis.', en: 'Something went wrong.' };
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    if (this.result) return html`<p class="notice result" role="status" tabindex="-1">${this.local(this.result.message)}</p>`;
    if (this.problem) return html`<p class="notice bad" role="alert">${this.local(this.problem)}</p>
      <p>${this.t('Vragen? Neem contact op met de coördinator van de sociale kaart in uw gemeente.', 'Questions? Contact the coordinator of the sociale kaart in your municipality.')}</p>`;
    if (!this.opened) return html`<p role="status">${this.t('Uw aanbod wordt geladen…', 'Loading your offer…')}</p>`;
    const { offer, today, hidden } = this.opened;
    const hit = { id: offer.id, offer, location: offer.locations[0] ?? null, distanceMeters: null, otherLocations: Math.max(0, offer.locations.length - 1), highlight: { title: [], summary: [] }, upcoming: [] } as unknown as WholeHit;
    const problem = this.fields[0];
    return html`
      <h2>${this.t('Zo staat uw aanbod in de kaart', 'Your offer in the kaart')}</h2>
      <p>${this.t('Bewoners en hulpverleners zoeken in de sociale kaart hulp in de buurt. Dit is wat zij zien:', 'Residents and professionals look for help nearby in the sociale kaart. This is what they see:')}</p>
      ${hidden ? html`<p class="notice bad">${this.t('Dit aanbod staat nu niet in de kaart, omdat we geen antwoord kregen. Met "Ja, alles klopt" staat het er meteen weer in.', 'This offer is not shown now, because we got no answer. "Ja, alles klopt" shows it again at once.')}</p>` : nothing}
      <div class="in-kaart" lang="nl">${renderDetail(hit, today, DUTCH, 'nl', {
        onBack: noop, onPrint: noop, onShare: noop, onReadAloud: noop, reading: false, canReadAloud: false, detailNotice: '', shareUrl: '', otherPlaces: [],
      })}</div>
      <h2>${this.t('Klopt dit nog?', 'Is this still right?')}</h2>
      <div class="answers">
        <button type="button" class="yes ${this.choice === 'ja' ? 'chosen' : ''}" ?disabled=${this.busy} @click=${() => this.answer('ja')}>${this.t('Ja, alles klopt', 'Yes, all correct')}</button>
        <button type="button" class="change ${this.choice === 'aanpassen' ? 'chosen' : ''}" ?disabled=${this.busy} @click=${() => this.answer('aanpassen')}>${this.t('Ik wil iets aanpassen', 'I want to change something')}</button>
        <button type="button" class="stops ${this.choice === 'stopt' ? 'chosen' : ''}" aria-expanded=${this.stopping ? 'true' : 'false'} ?disabled=${this.busy}
          @click=${() => { this.stopping = true; }}>${this.t('Dit aanbod stopt', 'This offer stops')}</button>
      </div>
      ${this.stopping ? html`<form class="stop-form" @submit=${(event: Event) => { event.preventDefault(); void this.answer('stopt'); }}>
        <label class="field" for="end">${this.t('Wat is de laatste dag? Daarna ziet niemand het aanbod meer. We bewaren het wel.', 'What is the last day? After it nobody sees the offer; it is kept.')}</label>
        <input id="end" type="date" required min=${today} .value=${this.endDate} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? 'end-problem' : nothing}
          @input=${(event: Event) => { this.endDate = (event.target as HTMLInputElement).value; }} />
        ${problem ? html`<p id="end-problem" class="notice bad" role="alert">${this.local(problem.message)}</p>` : nothing}
        <div><button type="submit" class="primary" ?disabled=${this.busy}>${this.t('Ja, het aanbod stopt', 'Yes, the offer stops')}</button></div>
      </form>` : nothing}
      <p class="hint">${this.t('Er verandert pas iets als u op een knop drukt. De link werkt één keer.', 'Nothing changes until you press a button. The link works once.')}</p>`;
  }
}

if (!customElements.get('sek-aanbod-controle')) customElements.define('sek-aanbod-controle', SekAanbodControle);

declare global {
  interface HTMLElementTagNameMap {
    'sek-aanbod-controle': SekAanbodControle;
  }
}

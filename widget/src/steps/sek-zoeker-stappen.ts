import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StepAnswer, StepsResponse } from '@sek/contract';
import type { THEMES } from '@sek/contract/themes';
import { apiOf, langOf, themesOf } from '../state/kaart-config.js';
import type { SekZoekerElement } from '../sek-zoeker-element.js';
import { suggestPlaces, type SearchResponse } from '../api/search-client.js';
import { canReadAloud, readAloud } from '../actions/read-aloud.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { pictogram } from '../icons/pictograms.js';
import '../icons/action-pictograms.js';
import type { SearchState } from '../state/search-state.js';
import { sekZoekerStyles } from '../styles/sek-zoeker-styles.js';
import { PlaceCombobox } from '../views/place-combobox.js';
import { STEPS_STRINGS } from './steps-strings.js';

type Theme = (typeof THEMES)[number];

/** Where the resident is; kept in `history.state`, so Back, Forward and a reload show the same step. */
export interface StepsView {
  step: 1 | 2 | 3 | 4;
  theme?: string;
  answer?: string;
  /** Step 4: the search the answers make, and the start of the sentence above it ("Hulp bij schulden"). */
  choices?: Partial<SearchState>;
  summary?: string;
}

export type StepsAnswerEvent = CustomEvent<{ choices: Partial<SearchState> }>;

const HISTORY_KEY = 'sekSteps';
const viewInHistory = (): StepsView | undefined => (window.history.state as Record<string, StepsView> | null)?.[HISTORY_KEY];
/** A postcode as residents type it: 4 digits, maybe 2 letters. */
const POSTCODE = /^\d{4}\s?([a-z]{2})?$/i;

/**
 * "Stap voor stap": one question per screen, big buttons with pictograms. Waar wilt u hulp bij? →
 * Wat wilt u precies? (the region's sub-questions from `/v1/steps`) → Waar woont u? → the results,
 * with what the answer implies applied and said in one sentence. Every step is a history entry, so
 * the phone's Back button goes back a question. `<sek-zoeker>` does the search itself: the steps
 * only fire `sek-steps-answer` with the choices, the same ones the filters would make.
 */
export class SekZoekerStappen extends LitElement {
  static override styles = [
    sekZoekerStyles,
    css`
      :host { display: block; }
      .progress { margin: 0; color: var(--_muted); font-weight: 600; }
      h3 { margin: 0.2em 0 0.6em; font-size: 1.3em; }
      h3:focus { outline: none; }
      .choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(13em, 100%), 1fr)); gap: 0.6em; margin: 0 0 1em; padding: 0; list-style: none; }
      .choice {
        width: 100%; min-height: 64px; justify-content: flex-start; text-align: start; gap: 0.7em; padding: 0.5em 0.8em;
        background: var(--_surface); color: var(--_text); border-color: transparent; font-size: 1.05em;
      }
      .choice .pictogram { color: var(--_primary); flex: none; }
      .nav { display: flex; flex-wrap: wrap; gap: 0.6em; align-items: center; margin: 0.6em 0; }
      .summary { font-size: 1.2em; }
      .error { color: var(--_error); font-weight: 600; }
    `,
  ];

  /** The `<sek-zoeker>` these steps belong to: its service, region, themes, language, audience, mode and postcode. */
  @property({ attribute: false }) kaart!: SekZoekerElement;
  @property({ attribute: false }) strings!: Strings;
  /** Where the results are, once they have come (for the sentence above them). */
  @property({ attribute: false }) center?: SearchResponse['center'];

  @state() private view: StepsView = { step: 1 };
  @state() private tree?: StepsResponse;
  @state() private treeFailed = false;
  @state() private placeError = '';
  @state() private reading = false;
  private stopReading?: () => void;
  private readonly where = new PlaceCombobox(this, (suggestion) => void this.answerWhere(suggestion.near), () => void this.answerWhere());

  get api(): string {
    return apiOf(this.kaart);
  }

  private get language(): Lang {
    return langOf(this.kaart);
  }

  private get region(): string[] {
    return this.kaart.region.split(',').map((code) => code.trim()).filter(Boolean);
  }

  /** `mode="stappen"`: the steps are the kaart's start, so step 1 has no way back. */
  private get fixed(): boolean {
    return this.kaart.mode === 'stappen';
  }

  /** The kaart's themes (`themes`), in its order. */
  private get themes(): readonly Theme[] {
    return themesOf(this.kaart);
  }

  private get s() {
    return STEPS_STRINGS[this.language];
  }

  private readonly handlePopState = (): void => {
    const view = viewInHistory();
    if (!view) {
      if (this.fixed) this.show({ step: 1 });
      else this.emit('sek-steps-leave');
      return;
    }
    this.show(view);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
    const view = viewInHistory();
    if (view) this.show(view);
    else if (this.fixed) window.history.replaceState({ ...window.history.state, [HISTORY_KEY]: { step: 1 } }, '');
    // From the search form: an entry of its own, so Back returns to the form.
    else window.history.pushState({ ...window.history.state, [HISTORY_KEY]: { step: 1 } }, '');
    void this.loadTree();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    this.stopReading?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The kaart's `postcode`, filled in at "Waar woont u?".
    if (changed.has('kaart') && this.kaart.postcode && !this.where.value) this.where.setValue(this.kaart.postcode);
  }

  protected override firstUpdated(): void {
    // Into the question, so a screen reader starts there; not when a kaart opens in step 1 (the page decides where focus is).
    if (!this.fixed || this.view.step > 1) this.focusQuestion();
  }

  private async loadTree(): Promise<void> {
    try {
      const url = new URL('/v1/steps', this.api);
      if (this.region.length) url.searchParams.set('region', this.region.join(','));
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(String(response.status));
      this.tree = (await response.json()) as StepsResponse;
    } catch {
      this.treeFailed = true;
    }
  }

  private emit(name: 'sek-steps-answer' | 'sek-steps-question' | 'sek-steps-leave', detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  /** Shows a step (from history, or after `go`); the results step hands its search to `<sek-zoeker>`. */
  private show(view: StepsView): void {
    const wasAnswered = this.view.step === 4;
    this.stopReading?.();
    this.view = view;
    this.placeError = '';
    if (view.step === 4 && view.choices) this.emit('sek-steps-answer', { choices: view.choices });
    else if (wasAnswered) this.emit('sek-steps-question');
    void this.updateComplete.then(() => this.focusQuestion());
  }

  private go(view: StepsView): void {
    window.history.pushState({ ...window.history.state, [HISTORY_KEY]: view }, '');
    this.show(view);
  }

  private focusQuestion(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  private get answers(): StepAnswer[] {
    return this.tree?.themes.find((step) => step.theme === this.view.theme)?.answers ?? [];
  }

  private themeLabel(slug = this.view.theme): string {
    return this.themes.find((theme) => theme.slug === slug)?.label[this.language] ?? slug ?? '';
  }

  private chooseTheme(slug: string): void {
    this.go({ step: 2, theme: slug });
  }

  private chooseAnswer(answer?: StepAnswer): void {
    this.go({ step: 3, theme: this.view.theme!, ...(answer ? { answer: answer.id } : {}) });
  }

  /** "Waar woont u?": a postcode as typed, a chosen suggestion, or the best suggestion for a typed place. */
  private async answerWhere(chosen?: string): Promise<void> {
    const typed = this.where.value.trim();
    let near = chosen ?? (POSTCODE.test(typed) ? typed : '');
    if (!near && typed) {
      try {
        near = (await suggestPlaces(this.api, typed)).results[0]?.near ?? '';
      } catch {
        near = typed;
      }
    }
    if (!near) {
      this.placeError = typed ? this.s.unknownPlace : this.s.emptyPlace;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#where')?.focus();
      return;
    }
    const answer = this.answers.find((a) => a.id === this.view.answer);
    const implies = answer?.implies ?? {};
    const choices: Partial<SearchState> = {
      near,
      themes: [this.view.theme as SearchState['themes'][number]],
      kinds: implies.kinds ?? [],
      targetGroups: implies.targetGroups ?? [],
      q: implies.q ?? '',
      free: implies.free ?? false,
      dayParts: implies.dayParts ?? [],
      online: implies.online ?? 'include',
    };
    const summary = answer ? (answer.summary[this.language] ?? answer.summary.nl) : this.themeLabel();
    this.go({ ...this.view, step: 4, choices, summary });
  }

  private toggleReading(text: string): void {
    if (this.reading) {
      this.stopReading?.();
      return;
    }
    this.reading = true;
    this.stopReading = readAloud(text, this.language, () => {
      this.reading = false;
      this.stopReading = undefined;
    }).stop;
  }

  private renderQuestion(step: number, question: string, options: string[]) {
    const progress = this.s.progress(step, 3);
    return html`<p class="progress">${progress}</p>
      <h3 id="question" tabindex="-1">${question}</h3>
      ${canReadAloud()
        ? html`<button type="button" class="secondary small read" aria-pressed=${this.reading ? 'true' : 'false'} @click=${() => this.toggleReading([`${progress}.`, question, ...options].join(' '))}>
            ${pictogram('speaker', 18)} ${this.reading ? this.s.stopReading : this.s.readAloud}
          </button>`
        : nothing}`;
  }

  private renderBack() {
    return html`<button type="button" class="secondary back" @click=${() => window.history.back()}>${pictogram('back', 18)} ${this.s.back}</button>`;
  }

  private renderStep1() {
    return html`${this.renderQuestion(1, this.s.themeQuestion, this.themes.map((theme) => theme.label[this.language]))}
      <ul class="choices" aria-labelledby="question">
        ${this.themes.map((theme) => html`<li><button type="button" class="choice" @click=${() => this.chooseTheme(theme.slug)}>${pictogram(theme.pictogram, 32)} ${theme.label[this.language]}</button></li>`)}
      </ul>
      <div class="nav">
        ${this.fixed ? nothing : this.renderBack()}
        <button type="button" class="link-button" @click=${() => this.emit('sek-steps-leave')}>${this.s.ownSearch}</button>
      </div>`;
  }

  private renderStep2() {
    const theme = this.themes.find((t) => t.slug === this.view.theme);
    const options = [...this.answers.map((answer) => answer.label[this.language] ?? answer.label.nl), this.s.somethingElse(this.themeLabel())];
    return html`${this.renderQuestion(2, this.s.answerQuestion, options)}
      ${this.treeFailed ? html`<p class="hint">${this.s.answersFailed}</p>` : nothing}
      <ul class="choices" aria-labelledby="question">
        ${this.answers.map((answer) => html`<li><button type="button" class="choice" @click=${() => this.chooseAnswer(answer)}>${pictogram(theme?.pictogram ?? 'book', 32)} ${answer.label[this.language] ?? answer.label.nl}</button></li>`)}
        <li><button type="button" class="choice" @click=${() => this.chooseAnswer()}>${pictogram('plus', 32)} ${options.at(-1)}</button></li>
      </ul>
      <div class="nav">${this.renderBack()}</div>`;
  }

  private renderStep3() {
    const client = this.kaart.audience === 'professional';
    const question = client ? this.s.whereQuestionClient : this.s.whereQuestion;
    return html`${this.renderQuestion(3, question, [this.strings.whereHint])}
      <form novalidate @submit=${(event: Event) => { event.preventDefault(); this.where.close(); void this.answerWhere(); }}>
        ${this.where.render({ ...this.strings, whereLabel: client ? this.s.placeLabelClient : this.s.placeLabel }, this.placeError)}
        <div class="nav">
          <button type="submit" class="primary">${this.s.show}</button>
          ${this.renderBack()}
        </div>
      </form>`;
  }

  private renderAnswered() {
    const center = this.center;
    const place = center ? (center.kind === 'region' ? this.s.inRegion(center.label) : this.s.near(center.label)) : '';
    return html`<h3 id="question" class="summary" tabindex="-1">${place ? `${this.view.summary}, ${place}` : this.view.summary}</h3>
      <div class="nav">
        ${this.renderBack()}
        <button type="button" class="secondary" @click=${() => this.go({ step: 1 })}>${this.s.again}</button>
        <button type="button" class="link-button" @click=${() => this.emit('sek-steps-leave')}>${this.s.refine}</button>
      </div>`;
  }

  override render() {
    const { step } = this.view;
    return html`<section class="steps" aria-labelledby="question">
      ${step === 1 ? this.renderStep1() : step === 2 ? this.renderStep2() : step === 3 ? this.renderStep3() : this.renderAnswered()}
    </section>`;
  }
}

if (!customElements.get('sek-zoeker-stappen')) customElements.define('sek-zoeker-stappen', SekZoekerStappen);

declare global {
  interface HTMLElementTagNameMap {
    'sek-zoeker-stappen': SekZoekerStappen;
  }
}

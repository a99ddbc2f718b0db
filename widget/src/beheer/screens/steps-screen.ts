import { LitElement, css, html, nothing } from 'lit';
import type { OfferKind, RegionResponse, StepAnswer, StepsResponse, TargetGroup, ThemeSlug, User } from '@sek/contract';
import { THEMES } from '@sek/contract/themes';
import { OFFER_KIND_LABELS, OFFER_KINDS, TARGET_GROUP_LABELS, TARGET_GROUPS } from '@sek/contract/vocabulary';
import { plainLanguageHints } from '@sek/contract/plain-language';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, t } from '../beheer-lang.js';

type Step = StepsResponse['themes'][number];

/** An answer as the form holds it: the search words as typed. */
interface Draft {
  id: string;
  label: string;
  summary: string;
  q: string;
  kinds: OfferKind[];
  targetGroups: TargetGroup[];
  /** What the answer was: the rest of what it implied (free, day parts, online) is kept, and its English texts while the Dutch ones are unchanged. */
  was?: StepAnswer;
}

const MIN_ANSWERS = 2;
const MAX_ANSWERS = 6;

const toDraft = (answer: StepAnswer): Draft => ({
  id: answer.id,
  label: answer.label.nl,
  summary: answer.summary.nl,
  q: answer.implies.q ?? '',
  kinds: answer.implies.kinds ?? [],
  targetGroups: answer.implies.targetGroups ?? [],
  was: answer,
});

/** A code for a new answer, from its button text ("Ik heb schulden" → ik-heb-schulden), unique within the theme. */
function codeOf(label: string, taken: Set<string>): string {
  const base = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 36) || 'antwoord';
  let code = base.length >= 2 ? base : `${base}-1`;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

function toAnswers(drafts: Draft[]): StepAnswer[] {
  const taken = new Set<string>();
  return drafts.map((draft) => {
    const id = draft.id || codeOf(draft.label, taken);
    taken.add(id);
    const { kinds: _k, targetGroups: _g, q: _q, ...rest } = draft.was?.implies ?? {};
    const english = (now: string, was?: { nl: string; en?: string }) => (was?.en && was.nl === now ? { en: was.en } : {});
    return {
      id,
      label: { nl: draft.label.trim(), ...english(draft.label.trim(), draft.was?.label) },
      summary: { nl: draft.summary.trim(), ...english(draft.summary.trim(), draft.was?.summary) },
      implies: {
        ...rest,
        ...(draft.q.trim() ? { q: draft.q.trim() } : {}),
        ...(draft.kinds.length ? { kinds: draft.kinds } : {}),
        ...(draft.targetGroups.length ? { targetGroups: draft.targetGroups } : {}),
      },
    };
  });
}

/**
 * "Stap voor stap": the sub-questions residents of a gemeente get after choosing a theme ("Wat
 * wilt u precies?"). A coordinator changes them for their own gemeenten: per answer the button, the
 * sentence above the results, and what it searches for (words, kinds of help, for whom). SEK's
 * default questions stay for every theme a coordinator leaves alone, and one click brings them back.
 */
export class SekBeheerStappen extends LitElement {
  static override styles = [beheerStyles, css`
    .answer { border: 1px solid #c8ccd0; border-radius: 8px; padding: 12px 16px; margin: 0 0 12px; }
    .answer legend { font-weight: 700; }
    .hints { color: #7a4b00; font-size: 16px; margin: 4px 0 0; }
    .actions-cell { display: flex; flex-wrap: wrap; gap: 8px; }
    .source { font-size: 16px; color: #4a4d55; }
  `];
  static override properties = { api: { attribute: false }, user: { attribute: false }, lang: { attribute: false }, gemeente: { state: true }, names: { state: true }, steps: { state: true }, theme: { state: true }, drafts: { state: true }, problem: { state: true }, status: { state: true } };

  declare api: BeheerApi;
  declare user: User;
  declare gemeente: string;
  declare names: Record<string, string>;
  declare steps: StepsResponse | undefined;
  declare theme: ThemeSlug;
  declare drafts: Draft[];
  declare problem: BeheerProblem | undefined;
  declare status: string;

  constructor() {
    super();
    this.gemeente = '';
    this.names = {};
    this.theme = THEMES[0].slug;
    this.drafts = [];
    this.status = '';
  }

  override firstUpdated(): void {
    this.gemeente = this.user.gemeenten[0] ?? '';
    void this.loadNames();
    if (this.gemeente) void this.load();
  }

  private async loadNames(): Promise<void> {
    const entries = await Promise.all(this.user.gemeenten.map(async (code) => {
      try {
        return [code, (await this.api.get<RegionResponse>(`/v1/regions/${code}`)).name] as const;
      } catch {
        return [code, code] as const;
      }
    }));
    this.names = Object.fromEntries(entries);
  }

  private async load(): Promise<void> {
    this.problem = undefined;
    try {
      this.steps = await this.api.get<StepsResponse>(`/v1/steps?region=${encodeURIComponent(this.gemeente)}`);
      this.edit(this.theme);
    } catch (error) {
      this.steps = undefined;
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'De vragen konden niet geladen worden.', en: 'The questions could not be loaded.' });
    }
  }

  private get step(): Step | undefined {
    return this.steps?.themes.find((step) => step.theme === this.theme);
  }

  private edit(theme: ThemeSlug): void {
    this.theme = theme;
    this.drafts = (this.step?.answers ?? []).map(toDraft);
  }

  private change(index: number, patch: Partial<Draft>): void {
    this.drafts = this.drafts.map((draft, i) => (i === index ? { ...draft, ...patch } : draft));
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    this.problem = undefined;
    try {
      await this.api.request('PUT', `/v1/admin/steps/${encodeURIComponent(this.gemeente)}/${this.theme}`, { answers: toAnswers(this.drafts) });
      this.status = t('Opgeslagen. Inwoners krijgen deze vragen binnen 5 minuten.', 'Saved. Residents get these questions within 5 minutes.');
      await this.load();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Opslaan lukte niet.', en: 'Saving failed.' });
    }
  }

  private async reset(): Promise<void> {
    this.problem = undefined;
    try {
      await this.api.request('DELETE', `/v1/admin/steps/${encodeURIComponent(this.gemeente)}/${this.theme}`);
      this.status = t('De standaardvragen van SEK gelden weer.', "SEK's default questions apply again.");
      await this.load();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Dat lukte niet.', en: 'That did not work.' });
    }
  }

  private checkboxes<T extends string>(legend: string, values: readonly T[], labels: Record<T, { nl: string; en: string }>, chosen: T[], onChange: (next: T[]) => void) {
    return html`<fieldset><legend>${legend}</legend><div class="choices">
      ${values.map((value) => html`<label class="choice"><input type="checkbox" .checked=${chosen.includes(value)}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked ? [...chosen, value] : chosen.filter((v) => v !== value))} />${local(labels[value])}</label>`)}
    </div></fieldset>`;
  }

  private hints(text: string) {
    const hints = plainLanguageHints(text);
    return hints.length ? html`<p class="hints">${hints.map((hint) => local(hint)).join(' ')}</p>` : nothing;
  }

  /** The service's message for one field of an answer (`answers.0.label.nl`), shown beside it. */
  private fieldError(path: string) {
    const message = this.problem?.fieldMessages().get(path);
    return message ? html`<p class="error">${message}</p>` : nothing;
  }

  private renderAnswer(draft: Draft, index: number) {
    const n = index + 1;
    const at = (field: string) => `answers.${index}.${field}`;
    return html`<fieldset class="answer"><legend>${t(`Antwoord ${n}`, `Answer ${n}`)}</legend>
      <label class="field"><span>${t('Op de knop', 'On the button')}</span>
        <span class="help">${t('Wat een inwoner zegt, bijvoorbeeld: Ik heb schulden', 'What a resident says, for example: Ik heb schulden')}</span>
        <input type="text" required maxlength="80" aria-invalid=${this.problem?.fieldMessages().has(at('label.nl')) ? 'true' : 'false'} .value=${draft.label} @input=${(e: Event) => this.change(index, { label: (e.target as HTMLInputElement).value })} />
        ${this.fieldError(at('label.nl'))}${this.hints(draft.label)}</label>
      <label class="field"><span>${t('Boven de resultaten', 'Above the results')}</span>
        <span class="help">${t('Daarna volgt "in de buurt van" en de plaats, bijvoorbeeld: Hulp bij schulden', 'Followed by "in de buurt van" and the place, for example: Hulp bij schulden')}</span>
        <input type="text" required maxlength="60" aria-invalid=${this.problem?.fieldMessages().has(at('summary.nl')) ? 'true' : 'false'} .value=${draft.summary} @input=${(e: Event) => this.change(index, { summary: (e.target as HTMLInputElement).value })} />
        ${this.fieldError(at('summary.nl'))}${this.hints(draft.summary)}</label>
      <label class="field"><span>${t('Zoekwoorden (niet verplicht)', 'Search words (optional)')}</span>
        <input type="text" maxlength="60" .value=${draft.q} @input=${(e: Event) => this.change(index, { q: (e.target as HTMLInputElement).value })} />
        ${this.fieldError(at('implies.q'))}</label>
      ${this.checkboxes(t('Soort hulp (niet verplicht)', 'Kind of help (optional)'), OFFER_KINDS, OFFER_KIND_LABELS, draft.kinds, (kinds) => this.change(index, { kinds }))}
      ${this.checkboxes(t('Voor wie (niet verplicht)', 'For whom (optional)'), TARGET_GROUPS, TARGET_GROUP_LABELS, draft.targetGroups, (targetGroups) => this.change(index, { targetGroups }))}
      ${this.drafts.length > MIN_ANSWERS
        ? html`<button type="button" class="danger" @click=${() => (this.drafts = this.drafts.filter((_, i) => i !== index))}>${t(`Haal antwoord ${n} weg`, `Remove answer ${n}`)}</button>`
        : nothing}
    </fieldset>`;
  }

  override render() {
    const step = this.step;
    const themeName = (slug: string) => local(THEMES.find((theme) => theme.slug === slug)!.label);
    return html`<h1 tabindex="-1">${t('Stap voor stap: de vragen', 'Step by step: the questions')}</h1>
      <p>${t('Met "Stap voor stap" kiest een inwoner eerst een onderwerp. Daarna vraagt de kaart: "Wat wilt u precies?", met deze antwoorden. Elk antwoord zoekt met de woorden, de soort hulp en voor wie die u hier kiest.', 'With "Stap voor stap" a resident first chooses a theme. Then the kaart asks "Wat wilt u precies?" with these answers. Each answer searches with the words, kinds of help and target groups you choose here.')}</p>
      <div class="row">
        ${this.user.gemeenten.length
          ? html`<label class="field"><span>${t('Gemeente', 'Municipality')}</span>
              <select @change=${(e: Event) => { this.gemeente = (e.target as HTMLSelectElement).value; void this.load(); }}>
                ${this.user.gemeenten.map((code) => html`<option value=${code} ?selected=${code === this.gemeente}>${this.names[code] ?? code}</option>`)}
              </select></label>`
          : html`<form class="row" @submit=${(e: Event) => { e.preventDefault(); this.gemeente = String(new FormData(e.target as HTMLFormElement).get('gemeente')).trim().toUpperCase(); void this.load(); }}>
              <label class="field"><span>${t('Gemeentecode', 'Municipality code')}</span><input name="gemeente" placeholder="GM0512" .value=${this.gemeente} /></label>
              <button type="submit" class="secondary">${t('Toon', 'Show')}</button></form>`}
        <label class="field"><span>${t('Onderwerp', 'Theme')}</span>
          <select @change=${(e: Event) => this.edit((e.target as HTMLSelectElement).value as ThemeSlug)}>
            ${THEMES.map((theme) => html`<option value=${theme.slug} ?selected=${theme.slug === this.theme}>${themeName(theme.slug)}</option>`)}
          </select></label>
      </div>
      <p role="status" class=${this.status ? 'notice good' : ''}>${this.status}</p>
      ${this.problem
        ? html`<div class="notice bad" role="alert">${this.problem.text()}
            ${this.problem.fields.length ? html`<ul>${this.problem.fields.map((field) => html`<li>${local(field.message)}</li>`)}</ul>` : nothing}</div>`
        : nothing}
      ${step
        ? html`<h2>${themeName(step.theme)}</h2>
          <p class="source">${step.source === 'standaard' ? t('Dit zijn de standaardvragen van SEK.', "These are SEK's default questions.") : t('Dit zijn de eigen vragen van deze gemeente.', "These are this municipality's own questions.")}
            ${t('Past u een tekst aan, of voegt u een antwoord toe? Dan ziet een Engelstalige inwoner daar de Nederlandse tekst.', 'Change a text or add an answer, and an English-speaking resident sees the Dutch text there.')}</p>
          <form @submit=${(e: Event) => void this.save(e)}>
            ${this.drafts.map((draft, index) => this.renderAnswer(draft, index))}
            <div class="actions-cell">
              ${this.drafts.length < MAX_ANSWERS
                ? html`<button type="button" class="secondary" @click=${() => (this.drafts = [...this.drafts, { id: '', label: '', summary: '', q: '', kinds: [], targetGroups: [] }])}>${t('Antwoord toevoegen', 'Add an answer')}</button>`
                : nothing}
              <button type="submit">${t('Opslaan', 'Save')}</button>
              ${step.source !== 'standaard' ? html`<button type="button" class="secondary" @click=${() => void this.reset()}>${t('Terug naar de standaardvragen', 'Back to the default questions')}</button>` : nothing}
            </div>
          </form>`
        : nothing}`;
  }
}

if (!customElements.get('sek-beheer-stappen')) customElements.define('sek-beheer-stappen', SekBeheerStappen);

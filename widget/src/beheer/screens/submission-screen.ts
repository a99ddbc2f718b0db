import { LitElement, html, nothing } from 'lit';
import type { AdminSubmission, Offer, User } from '@sek/contract';
import { THEMES } from '@sek/contract/themes';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, t } from '../beheer-lang.js';
import type { FormDraft } from '../../aanmelden/form-draft.js';
import type { SubmissionSender } from '../../aanmelden/sek-aanbod-aanmelden.js';
import { loadAanmeldenForm, withProvider } from './aanmelden-form.js';
import { SUBMISSION_KIND_NAMES, SUBMISSION_STATE_NAMES } from './submissions-screen.js';
import '../offer-preview.js';

/**
 * One submission: as residents will see it, what it changes in the published offer, and the
 * decision: edit (with the provider form), publish, or send back with a message. Its author sees
 * the coordinator's message and changes it with the same form.
 */
export class SekBeheerAanmelding extends LitElement {
  static override styles = beheerStyles;
  static override properties = {
    lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, submissionId: { attribute: false },
    data: { state: true }, problem: { state: true }, notice: { state: true }, editing: { state: true }, busy: { state: true },
  };

  declare api: BeheerApi;
  declare user: User;
  declare submissionId: string;
  declare data: AdminSubmission | undefined;
  declare problem: BeheerProblem | undefined;
  declare notice: string;
  declare editing: boolean;
  declare busy: boolean;
  private message = '';
  /** The themes ticked for an imported offer that waits for one ("Onderwerp kiezen"). */
  private chosenThemes = new Set<string>();
  private readonly formSender: SubmissionSender = { send: (draft) => this.sendForm(draft) };

  constructor() {
    super();
    this.notice = '';
    this.editing = false;
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.data = await this.api.get<AdminSubmission>(`/v1/admin/submissions/${this.submissionId}`);
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Deze aanmelding kon niet geladen worden.', en: 'This submission could not be loaded.' });
    }
  }

  private get reviewer(): boolean {
    return this.user.role !== 'aanbieder' && this.data?.submission.state === 'pending';
  }

  private get author(): boolean {
    return this.user.role === 'aanbieder' && (this.data?.submission.state === 'sent_back' || this.data?.submission.state === 'draft');
  }

  private async act(method: string, path: string, body: unknown, done: string): Promise<void> {
    this.busy = true;
    this.problem = undefined;
    try {
      this.data = await this.api.request<AdminSubmission>(method, path, body);
      this.notice = done;
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Dit lukte niet. Probeer het opnieuw.', en: 'This did not work. Please try again.' });
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.result')?.focus();
  }

  /** "Onderwerp kiezen": the imported offer with the chosen themes, saved and published in one go. */
  private async chooseThemes(): Promise<void> {
    if (this.chosenThemes.size === 0) {
      this.problem = new BeheerProblem(400, { nl: 'Kies minstens één onderwerp.', en: 'Choose at least one theme.' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.result')?.focus();
      return;
    }
    const offer = { ...this.data!.offer, themes: THEMES.map((theme) => theme.slug).filter((slug) => this.chosenThemes.has(slug)) };
    this.busy = true;
    try {
      await this.api.request<AdminSubmission>('PUT', `/v1/admin/submissions/${this.submissionId}`, { offer, submit: false });
    } catch (error) {
      this.busy = false;
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Dit lukte niet. Probeer het opnieuw.', en: 'This did not work. Please try again.' });
      return;
    }
    await this.act('POST', `/v1/admin/submissions/${this.submissionId}/publish`, undefined, t('Gepubliceerd met het gekozen onderwerp. Bewoners vinden het binnen een paar seconden.', 'Published with the chosen theme. Residents find it within a few seconds.'));
  }

  private async edit(): Promise<void> {
    await loadAanmeldenForm();
    this.editing = true;
  }

  /** The form's answers sent back here: the reviewer saves the proposal, the author sends it again. */
  private async sendForm(draft: FormDraft): Promise<{ message: { nl: string; en: string } }> {
    const submit = this.author;
    this.data = await this.api.request<AdminSubmission>('PUT', `/v1/admin/submissions/${this.submissionId}`, { offer: withProvider(draft), submit });
    this.editing = false;
    this.notice = submit ? t('Verstuurd naar de coördinator.', 'Sent to the coordinator.') : t('De aanmelding is aangepast. Publiceer hem als alles klopt.', 'The submission was changed. Publish it when everything is right.');
    return { message: { nl: this.notice, en: this.notice } };
  }

  override render() {
    const data = this.data;
    if (!data) return html`<h1 tabindex="-1">${t('Aanmelding', 'Submission')}</h1>${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : html`<p role="status">${t('Even geduld…', 'One moment…')}</p>`}`;
    const { submission, changes, current } = data;
    const complete = submission.state !== 'draft';
    return html`
      <p><a href="/beheer/aanmeldingen">← ${t('Terug naar de aanmeldingen', 'Back to the submissions')}</a></p>
      <h1 tabindex="-1">${submission.title}</h1>
      <p class="count">${local(SUBMISSION_KIND_NAMES[submission.kind])} · ${local(SUBMISSION_STATE_NAMES[submission.state])} · ${submission.organization} · ${submission.submitter.name}${submission.submitter.email ? ` (${submission.submitter.email})` : ''}</p>
      <div class="result" tabindex="-1">
        ${this.notice ? html`<p class="notice good" role="status">${this.notice}</p>` : nothing}
        ${this.problem ? html`<div class="notice bad" role="alert"><p>${this.problem.text()}</p>${this.problem.fields.length ? html`<ul>${this.problem.fields.map((f) => html`<li>${local(f.message)}</li>`)}</ul>` : nothing}</div>` : nothing}
      </div>
      ${submission.message ? html`<div class="notice" role="note"><strong>${submission.kind === 'claim' && submission.state === 'pending' ? t('Toelichting van de aanbieder', 'Note from the provider') : t('Bericht van de coördinator', 'Message from the coordinator')}</strong><p>${submission.message}</p></div>` : nothing}
      ${submission.state === 'published' ? html`<p><a href="/beheer/aanbod/${submission.offerId}">${t('Naar het gepubliceerde aanbod', 'To the published offer')}</a></p>` : nothing}
      ${this.editing ? html`<section aria-label=${t('Aanmelding aanpassen', 'Edit the submission')}>
          <sek-aanbod-aanmelden .lang=${this.lang} .storageKey=${`sek-beheer-aanmelding:${submission.id}`}
            .initial=${{ submitter: { organization: submission.organization, name: submission.submitter.name, email: submission.submitter.email || this.user.email }, offer: data.offer }}
            .sender=${this.formSender}></sek-aanbod-aanmelden>
          <p><button type="button" class="secondary" @click=${() => (this.editing = false)}>${t('Stoppen met aanpassen', 'Stop editing')}</button></p></section>` : html`
        ${this.reviewer && submission.needs === 'onderwerp-kiezen' ? html`<form class="choose-theme" @submit=${(e: Event) => { e.preventDefault(); void this.chooseThemes(); }}>
          <fieldset><legend>${t('Onderwerp kiezen', 'Choose a theme')}</legend>
            <p class="help">${t('Dit aanbod kwam uit een import. SEK kon niet bepalen waar het over gaat. Kies één of meer onderwerpen; dan staat het in de kaart.', 'This offer came from an import. SEK could not tell what it is about. Choose one or more themes; then it is in the kaart.')}</p>
            <div class="theme-choices">${THEMES.map((theme) => html`<label class="check"><input type="checkbox" value=${theme.slug} @change=${(e: Event) => { if ((e.target as HTMLInputElement).checked) this.chosenThemes.add(theme.slug); else this.chosenThemes.delete(theme.slug); }} /> ${theme.label[this.lang === 'en' ? 'en' : 'nl']}</label>`)}</div>
          </fieldset>
          <button type="submit" class="save" ?disabled=${this.busy}>${t('Opslaan en publiceren', 'Save and publish')}</button></form>` : nothing}
        ${this.reviewer ? html`<div class="actions">
          <button type="button" class="save" ?disabled=${this.busy} @click=${() => this.act('POST', `/v1/admin/submissions/${submission.id}/publish`, undefined, submission.submitter.email ? t('Gepubliceerd. Bewoners vinden het binnen een paar seconden. De aanbieder krijgt een e-mail.', 'Published. Residents find it within a few seconds. The provider gets an e-mail.') : t('Gepubliceerd. Bewoners vinden het binnen een paar seconden.', 'Published. Residents find it within a few seconds.'))}>${t('Publiceren', 'Publish')}</button>
          <button type="button" class="secondary" @click=${() => this.edit()}>${t('Aanpassen', 'Edit')}</button></div>
          ${submission.submitter.email ? html`<form class="send-back" @submit=${(e: Event) => { e.preventDefault(); void this.act('POST', `/v1/admin/submissions/${submission.id}/send-back`, { message: this.message }, t('Teruggestuurd. De aanbieder krijgt uw bericht per e-mail.', 'Sent back. The provider gets your message by e-mail.')); }}>
            <label class="field"><span>${t('Bericht aan de aanbieder', 'Message to the provider')}</span><span class="help">${t('Wat moet er anders? Schrijf het kort en vriendelijk.', 'What should change? Keep it short and friendly.')}</span>
              <textarea required minlength="5" @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}></textarea></label>
            <button type="submit" class="secondary" ?disabled=${this.busy}>${t('Terugsturen', 'Send back')}</button></form>` : nothing}` : nothing}
        ${this.author ? html`<div class="actions"><button type="button" class="save" @click=${() => this.edit()}>${t('Aanpassen en opnieuw versturen', 'Change and send again')}</button></div>` : nothing}
        ${current && changes.length ? html`<section aria-labelledby="changes-title"><h2 id="changes-title">${t('Wat verandert er?', 'What changes?')}</h2>
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="changes-title"><table class="diff"><thead><tr><th scope="col">${t('Veld', 'Field')}</th><th scope="col">${t('Nu', 'Now')}</th><th scope="col">${t('Wordt', 'Becomes')}</th></tr></thead>
          <tbody>${changes.slice(0, 60).map((change) => html`<tr><td>${change.field}</td><td><del>${change.before ?? t('(leeg)', '(empty)')}</del></td><td><ins>${change.after ?? t('(leeg)', '(empty)')}</ins></td></tr>`)}</tbody></table></div></section>` : nothing}
        ${complete ? html`<section class="preview" aria-labelledby="preview-title"><h2 id="preview-title">${t('Zo zien bewoners het', 'How residents see it')}</h2>
          <sek-beheer-voorbeeld .offer=${data.offer as unknown as Offer}></sek-beheer-voorbeeld></section>` : nothing}`}`;
  }
}

if (!customElements.get('sek-beheer-aanmelding')) customElements.define('sek-beheer-aanmelding', SekBeheerAanmelding);

import { LitElement, html, nothing } from 'lit';
import type { AdminOffer, User } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { t } from '../beheer-lang.js';
import { emptyDraft, type FormDraft } from '../../aanmelden/form-draft.js';
import type { SubmissionSender } from '../../aanmelden/sek-aanbod-aanmelden.js';
import { loadAanmeldenForm, sessionSender, submitterOf } from './aanmelden-form.js';

/** `/beheer/aanmelden`: a new offer, or (`?aanbod=id`) a change of one the person keeps, with the provider form. */
export class SekBeheerAanmelden extends LitElement {
  static override styles = beheerStyles;
  static override properties = { lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, offerId: { attribute: false }, initial: { state: true }, problem: { state: true }, ready: { state: true } };

  declare api: BeheerApi;
  declare user: User;
  declare offerId: string | undefined;
  declare initial: FormDraft | undefined;
  declare problem: BeheerProblem | undefined;
  declare ready: boolean;
  private sender: SubmissionSender | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      await loadAanmeldenForm();
      if (this.offerId) {
        const stored = await this.api.get<AdminOffer>(`/v1/admin/offers/${encodeURIComponent(this.offerId)}`);
        this.initial = { submitter: submitterOf(this.user, stored.offer.provider.name), offer: stored.offer as unknown as Record<string, unknown> };
      } else {
        this.initial = { ...emptyDraft(), submitter: submitterOf(this.user) };
      }
      this.sender = sessionSender(this.api, this.offerId);
      this.ready = true;
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Het formulier kon niet geladen worden.', en: 'The form could not be loaded.' });
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${this.offerId ? t('Aanbod aanpassen', 'Change an offer') : t('Nieuw aanbod', 'New offer')}</h1>
      ${this.user.role === 'aanbieder' && !this.user.trusted ? html`<p>${t('Een coördinator kijkt uw aanbod na en publiceert het. U krijgt daarover een e-mail.', 'A coordinator checks and publishes your offer. You get an e-mail about it.')}</p>` : nothing}
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${this.ready ? html`<sek-aanbod-aanmelden .lang=${this.lang} .initial=${this.initial} .storageKey=${`sek-beheer-aanmelden:${this.user.id}:${this.offerId ?? 'nieuw'}`}
        .sender=${this.sender}></sek-aanbod-aanmelden>` : html`<p role="status">${t('Even geduld…', 'One moment…')}</p>`}`;
  }
}

if (!customElements.get('sek-beheer-aanmelden')) customElements.define('sek-beheer-aanmelden', SekBeheerAanmelden);

import { LitElement, html, nothing } from 'lit';
import type { SubmissionList, SubmissionRow, SubmissionState, User } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, locale, t } from '../beheer-lang.js';

export const SUBMISSION_STATE_NAMES: Record<SubmissionState, { nl: string; en: string }> = {
  draft: { nl: 'Concept', en: 'Draft' },
  unconfirmed: { nl: 'Wacht op bevestiging per e-mail', en: 'Waiting for e-mail confirmation' },
  pending: { nl: 'Wacht op beoordeling', en: 'Waiting for review' },
  sent_back: { nl: 'Teruggestuurd', en: 'Sent back' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
};
export const SUBMISSION_KIND_NAMES = {
  new: { nl: 'Nieuw aanbod', en: 'New offer' },
  change: { nl: 'Wijziging', en: 'Change' },
  claim: { nl: 'Overnemen', en: 'Claim' },
} as const;

/**
 * Submissions: a coordinator's review queue (what waits, what was sent back) or an aanbieder's own
 * submissions with their state and the coordinator's message.
 */
export class SekBeheerAanmeldingen extends LitElement {
  static override styles = beheerStyles;
  static override properties = { lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, rows: { state: true }, problem: { state: true } };

  declare api: BeheerApi;
  declare user: User;
  declare rows: SubmissionRow[] | undefined;
  declare problem: BeheerProblem | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.rows = (await this.api.get<SubmissionList>('/v1/admin/submissions')).submissions;
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'De aanmeldingen konden niet geladen worden.', en: 'The submissions could not be loaded.' });
    }
  }

  private table(rows: SubmissionRow[], caption: string) {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}><table>
      <caption>${caption} (${rows.length})</caption>
      <thead><tr><th scope="col">${t('Titel', 'Title')}</th><th scope="col">${t('Soort', 'Kind')}</th><th scope="col">${t('Van', 'From')}</th><th scope="col">Status</th><th scope="col">${t('Laatst gewijzigd', 'Last changed')}</th></tr></thead>
      <tbody>${rows.map((row) => html`<tr>
        <td><a href="/beheer/aanmeldingen/${row.id}">${row.title}</a>${row.needs === 'onderwerp-kiezen' ? html`<br /><span class="badge">${t('Onderwerp kiezen', 'Choose a theme')}</span>` : nothing}</td>
        <td>${local(SUBMISSION_KIND_NAMES[row.kind])}</td>
        <td>${row.organization}<br /><span class="count">${row.submitter.name}</span></td>
        <td>${local(SUBMISSION_STATE_NAMES[row.state])}${row.state === 'sent_back' && row.message ? html`<br /><span class="count">${row.message}</span>` : nothing}</td>
        <td>${new Date(row.updatedAt).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' })}</td></tr>`)}</tbody></table></div>`;
  }

  override render() {
    const rows = this.rows;
    const reviewer = this.user.role !== 'aanbieder';
    return html`<h1 tabindex="-1">${reviewer ? t('Te beoordelen', 'To review') : t('Mijn aanmeldingen', 'My submissions')}</h1>
      <p>${reviewer
        ? t('Aanbod en wijzigingen die aanbieders hebben gestuurd, in uw gemeenten. Open er één om het te bekijken, aan te passen, te publiceren of terug te sturen.', 'Offers and changes providers sent, in your gemeenten. Open one to look at it, edit it, publish it or send it back.')
        : t('Wat u heeft aangemeld of gewijzigd, en wat de coördinator ervan vond.', 'What you sent in or changed, and what the coordinator decided.')}</p>
      <p><a href="/beheer/aanmelden">${t('Nieuw aanbod aanmelden', 'Send in a new offer')}</a></p>
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${!rows ? html`<p role="status">${t('Even geduld…', 'One moment…')}</p>` : reviewer ? html`
        ${this.table(rows.filter((row) => row.state === 'pending'), t('Wacht op beoordeling', 'Waiting for review'))}
        ${this.table(rows.filter((row) => row.state === 'sent_back'), t('Teruggestuurd, wacht op de aanbieder', 'Sent back, waiting for the provider'))}
        ${this.table(rows.filter((row) => row.state === 'draft'), t('Uw concepten', 'Your drafts'))}` : this.table(rows, t('Aanmeldingen', 'Submissions'))}`;
  }
}

if (!customElements.get('sek-beheer-aanmeldingen')) customElements.define('sek-beheer-aanmeldingen', SekBeheerAanmeldingen);

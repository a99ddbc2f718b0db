import { LitElement, html, nothing } from 'lit';
import type { MailOutbox } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';

/** The mails SEK wrote: without SMTP they wait here, so the beheerder can pass a login link on. */
export class SekBeheerBerichten extends LitElement {
  static override styles = beheerStyles;
  static override properties = { api: { attribute: false }, outbox: { state: true }, problem: { state: true } };

  declare api: BeheerApi;
  declare outbox: MailOutbox | undefined;
  declare problem: BeheerProblem | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.api.get<MailOutbox>('/v1/admin/mail').then((outbox) => (this.outbox = outbox), (error: unknown) => (this.problem = error instanceof BeheerProblem ? error : undefined));
  }

  override render() {
    const outbox = this.outbox;
    return html`
      <h1 tabindex="-1">Berichten</h1>
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.message}</p>` : nothing}
      ${outbox ? html`
        <p class="notice">${outbox.smtp ? 'E-mail wordt verstuurd. Hier ziet u wat er verstuurd is, en wat niet lukte.' : 'Er is geen mailserver ingesteld (SMTP_URL). E-mails worden niet verstuurd maar wachten hier. Geef een inloglink zelf door, of stel SMTP_URL in.'}</p>
        ${outbox.mails.length === 0 ? html`<p>Nog geen berichten.</p>` : html`<ul class="mails">${outbox.mails.map((mail) => html`<li><details>
          <summary>${mail.subject} · aan ${mail.to} · ${new Date(mail.createdAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' })} · ${mail.sentAt ? 'verstuurd' : mail.error ? `niet gelukt: ${mail.error}` : 'niet verstuurd'}</summary>
          <pre>${mail.text}</pre></details></li>`)}</ul>`}` : html`<p role="status">Even geduld…</p>`}`;
  }
}

if (!customElements.get('sek-beheer-berichten')) customElements.define('sek-beheer-berichten', SekBeheerBerichten);

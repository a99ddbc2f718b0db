import { LitElement, html, nothing } from 'lit';
import type { MailOutbox } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { locale, t } from '../beheer-lang.js';

/** The mails SEK wrote: without SMTP they wait here, so the beheerder can pass a login link on. */
export class SekBeheerBerichten extends LitElement {
  static override styles = beheerStyles;
  static override properties = { lang: { attribute: false }, api: { attribute: false }, outbox: { state: true }, problem: { state: true } };

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
      <h1 tabindex="-1">${t('Berichten', 'Mail')}</h1>
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${outbox ? html`
        <p class="notice">${outbox.smtp ? t('E-mail wordt verstuurd. Hier ziet u wat er verstuurd is, en wat niet lukte.', 'E-mail is sent. Here you see what was sent, and what failed.') : t('Er is geen mailserver ingesteld (SMTP_URL). E-mails worden niet verstuurd maar wachten hier. Geef een inloglink zelf door, of stel SMTP_URL in.', 'No mail server is set up (SMTP_URL). Mails are not sent but wait here. Pass a login link on yourself, or set SMTP_URL.')}</p>
        ${outbox.mails.length === 0 ? html`<p>${t('Nog geen berichten.', 'No mail yet.')}</p>` : html`<ul class="mails">${outbox.mails.map((mail) => html`<li><details>
          <summary>${mail.subject} · ${t('aan', 'to')} ${mail.to} · ${new Date(mail.createdAt).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' })} · ${mail.sentAt ? t('verstuurd', 'sent') : mail.error ? `${t('niet gelukt', 'failed')}: ${mail.error}` : t('niet verstuurd', 'not sent')}</summary>
          <pre>${mail.text}</pre></details></li>`)}</ul>`}` : html`<p role="status">${t('Even geduld…', 'One moment…')}</p>`}`;
  }
}

if (!customElements.get('sek-beheer-berichten')) customElements.define('sek-beheer-berichten', SekBeheerBerichten);

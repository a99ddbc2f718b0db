import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { FreshnessLogEntry, FreshnessOffer, FreshnessOverview, FreshnessPolicy, FreshnessResult, FreshnessState, User } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, locale, t } from '../beheer-lang.js';

const STATE_NAMES: Record<FreshnessState, { nl: string; en: string }> = {
  due: { nl: 'Moet gecontroleerd worden', en: 'Due for a check' },
  asked: { nl: 'Gevraagd', en: 'Asked' },
  reminded: { nl: 'Herinnerd', en: 'Reminded' },
  changing: { nl: 'Aanbieder past het aan', en: 'Provider is changing it' },
  hidden: { nl: 'Verlopen (verborgen)', en: 'Expired (hidden)' },
};
const EVENT_NAMES: Record<FreshnessLogEntry['event'], { nl: string; en: string }> = {
  asked: { nl: '"Klopt dit nog?" gestuurd', en: '"Klopt dit nog?" sent' },
  reminded: { nl: 'Herinnering gestuurd', en: 'Reminder sent' },
  hidden: { nl: 'Verborgen: geen antwoord', en: 'Hidden: no answer' },
  confirmed: { nl: 'Aanbieder: klopt nog', en: 'Provider: still right' },
  change: { nl: 'Aanbieder wil iets aanpassen', en: 'Provider wants to change it' },
  stops: { nl: 'Aanbieder: stopt', en: 'Provider: stops' },
  called: { nl: 'Gebeld: klopt nog', en: 'Phoned: still right' },
  no_email: { nl: 'Geen e-mailadres: bellen', en: 'No e-mail address: phone' },
};

const day = (date: string | null) => (date ? new Date(`${date}T12:00:00Z`).toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '—');

/**
 * "Actueel": is the offer in the coordinator's gemeenten still right? Per gemeente the share checked
 * in time; the offers that expired (hidden), that need a phone call, and that wait for an answer,
 * with "Verstuur nu" and "Gebeld: klopt nog"; the check policy; and a log of every mail (to copy or
 * print when no mail server is set up) and answer.
 */
export class SekBeheerActueel extends LitElement {
  static override styles = [beheerStyles, css`
    .actions-cell { display: flex; flex-wrap: wrap; gap: 8px; }
    .policy { display: grid; gap: 8px; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); align-items: end; border: 1px solid #c8ccd0; border-radius: 8px; padding: 12px; margin: 0 0 12px; }
    .policy fieldset { display: contents; }
    .policy legend { font-weight: 700; }
    meter { width: 6em; height: 1em; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; }
    @media print {
      :host(.printing-mail) > :not(.mail-log), :host(.printing-mail) .mail-log > :not(.table-wrap), :host(.printing-mail) tr:not(.printing), :host(.printing-mail) summary, :host(.printing-mail) button { display: none !important; }
      :host(.printing-mail) details { display: block; }
    }
  `];
  static override properties = { lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, view: { state: true }, problem: { state: true }, status: { state: true }, printing: { state: true } };

  declare api: BeheerApi;
  declare user: User;
  declare view: FreshnessOverview | undefined;
  declare problem: BeheerProblem | undefined;
  declare status: string;
  declare printing: string | undefined;

  constructor() {
    super();
    this.status = '';
  }

  // Not connectedCallback: this screen is a lazy chunk, so the element upgrades after `.api` was set,
  // and Lit gives such early properties back only at the first update.
  override firstUpdated(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.view = await this.api.get<FreshnessOverview>('/v1/admin/freshness');
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Het overzicht kon niet geladen worden.', en: 'The overview could not be loaded.' });
    }
  }

  private async act(run: () => Promise<string>): Promise<void> {
    this.problem = undefined;
    try {
      this.status = await run();
      await this.load();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Dat lukte niet.', en: 'That did not work.' });
    }
  }

  private sendNow(offer: FreshnessOffer) {
    return this.act(async () => {
      const result = await this.api.request<FreshnessResult>('POST', '/v1/admin/freshness/send', { organizationId: offer.provider.id });
      return result.mails
        ? t(`"Klopt dit nog?" is gestuurd aan ${offer.provider.name}, over ${result.offers} aanbod.`, `"Klopt dit nog?" was sent to ${offer.provider.name}, about ${result.offers} offers.`)
        : t(`${offer.provider.name} heeft geen e-mailadres bij dit aanbod. Bel de aanbieder.`, `${offer.provider.name} has no e-mail address for this offer. Phone them.`);
    });
  }

  private called(offer: FreshnessOffer) {
    return this.act(async () => {
      await this.api.request<FreshnessResult>('POST', '/v1/admin/freshness/called', { offerId: offer.id });
      return t(`"${offer.title}" is gecontroleerd op vandaag.`, `"${offer.title}" is marked as checked today.`);
    });
  }

  private savePolicy(event: Event, scope: string) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const policy: FreshnessPolicy = { intervalMonths: Number(form.get('intervalMonths')), reminderDays: Number(form.get('reminderDays')), graceDays: Number(form.get('graceDays')) };
    return this.act(async () => {
      await this.api.request('PUT', `/v1/admin/freshness/policies/${encodeURIComponent(scope)}`, policy);
      return t('De instelling is opgeslagen.', 'The setting was saved.');
    });
  }

  private removePolicy(scope: string) {
    return this.act(async () => {
      await this.api.request('DELETE', `/v1/admin/freshness/policies/${encodeURIComponent(scope)}`);
      return t('Deze gemeente volgt weer de instelling van de hele kaart.', 'This municipality follows the setting of the whole kaart again.');
    });
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = t('De e-mail is gekopieerd. Plak hem in uw eigen e-mailprogramma.', 'The e-mail was copied. Paste it into your own mail program.');
    } catch {
      this.status = t('Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.', 'Copying failed. Select the text and copy it yourself.');
    }
  }

  private async print(id: string): Promise<void> {
    this.printing = id;
    this.classList.add('printing-mail');
    await this.updateComplete;
    window.print();
    this.classList.remove('printing-mail');
    this.printing = undefined;
  }

  private offerTable(caption: string, offers: FreshnessOffer[], columns: { state?: boolean; phone?: boolean; send?: boolean; call?: boolean }): TemplateResult {
    if (offers.length === 0) return html`<h2>${caption}</h2><p>${t('Geen.', 'None.')}</p>`;
    return html`<h2>${caption} (${offers.length})</h2><div class="table-wrap" tabindex="0" role="region" aria-label=${caption}><table>
      <thead><tr><th scope="col">${t('Aanbod', 'Offer')}</th><th scope="col">${t('Aanbieder', 'Provider')}</th><th scope="col">${t('Gecontroleerd op', 'Checked on')}</th>
        ${columns.state ? html`<th scope="col">Status</th><th scope="col">${t('Verborgen vanaf', 'Hidden from')}</th>` : nothing}
        ${columns.phone ? html`<th scope="col">${t('Telefoon', 'Phone')}</th>` : nothing}<th scope="col">${t('Doen', 'Do')}</th></tr></thead>
      <tbody>${offers.map((offer) => html`<tr>
        <td><a href="/beheer/aanbod/${encodeURIComponent(offer.id)}">${offer.title}</a></td>
        <td>${offer.provider.name}</td>
        <td>${day(offer.lastVerified)}</td>
        ${columns.state ? html`<td>${local(STATE_NAMES[offer.state])}</td><td>${day(offer.hideOn)}</td>` : nothing}
        ${columns.phone ? html`<td>${offer.contact.phone ? html`<a href="tel:${offer.contact.phone.replace(/[^\d+]/g, '')}">${offer.contact.phone}</a>` : t('geen', 'none')}</td>` : nothing}
        <td><div class="actions-cell">
          ${columns.send && offer.contact.email ? html`<button type="button" class="secondary" aria-label="${t('Verstuur nu', 'Send now')}: ${offer.provider.name}" @click=${() => this.sendNow(offer)}>${t('Verstuur nu', 'Send now')}</button>` : nothing}
          ${columns.call ? html`<button type="button" class="secondary" aria-label="${t('Gebeld: klopt nog', 'Phoned: still right')}: ${offer.title}" @click=${() => this.called(offer)}>${t('Gebeld: klopt nog', 'Phoned: still right')}</button>` : nothing}
        </div></td></tr>`)}</tbody></table></div>`;
  }

  private policies(view: FreshnessOverview): TemplateResult {
    const mayEdit = (scope: string) => this.user.role === 'beheerder' || (scope !== '*' && this.user.gemeenten.includes(scope));
    return html`<h2>${t('Hoe vaak controleren?', 'How often to check?')}</h2>
      <p>${t('Na deze tijd vragen we de aanbieder "Klopt dit nog?". Zonder antwoord volgt een herinnering, en na de wachttijd ziet niemand het aanbod meer (het blijft bewaard).', 'After this time we ask the provider "Klopt dit nog?". Without an answer a reminder follows, and after the grace period nobody sees the offer (it is kept).')}</p>
      ${view.policies.map(({ scope, name, policy, own }) => html`<form class="policy" @submit=${(event: Event) => this.savePolicy(event, scope)}>
        <fieldset ?disabled=${!mayEdit(scope)}>
          <legend>${name}${scope !== '*' && !own ? t(' (volgt de hele kaart)', ' (follows the whole kaart)') : ''}</legend>
          <label class="field">${t('Maanden tussen twee controles', 'Months between two checks')}<input name="intervalMonths" type="number" min="1" max="36" required .value=${String(policy.intervalMonths)} /></label>
          <label class="field">${t('Dagen tot de herinnering', 'Days until the reminder')}<input name="reminderDays" type="number" min="1" max="90" required .value=${String(policy.reminderDays)} /></label>
          <label class="field">${t('Dagen tot het verbergen', 'Days until hiding')}<input name="graceDays" type="number" min="2" max="180" required .value=${String(policy.graceDays)} /></label>
          ${mayEdit(scope) ? html`<div class="actions-cell"><button type="submit" class="primary" aria-label="${t('Opslaan', 'Save')}: ${name}">${t('Opslaan', 'Save')}</button>
            ${own && scope !== '*' ? html`<button type="button" class="secondary" @click=${() => this.removePolicy(scope)}>${t('Volg de hele kaart', 'Follow the whole kaart')}</button>` : nothing}</div>` : nothing}
        </fieldset></form>`)}`;
  }

  private log(view: FreshnessOverview): TemplateResult {
    return html`<section class="mail-log"><h2>${t('Wat er is gebeurd', 'What happened')}</h2>
      ${view.log.length === 0 ? html`<p>${t('Nog niets.', 'Nothing yet.')}</p>` : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('Wat er is gebeurd', 'What happened')}><table>
        <thead><tr><th scope="col">${t('Wanneer', 'When')}</th><th scope="col">${t('Wat', 'What')}</th><th scope="col">${t('Aanbod', 'Offer')}</th><th scope="col">${t('E-mail', 'E-mail')}</th></tr></thead>
        <tbody>${view.log.map((entry, index) => {
          const id = entry.mail ? `${entry.mail.id}-${index}` : String(index);
          return html`<tr class=${this.printing === id ? 'printing' : ''}>
          <td>${new Date(entry.at).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' })}</td>
          <td>${local(EVENT_NAMES[entry.event])}</td>
          <td>${entry.title}</td>
          <td>${entry.mail ? html`<details ?open=${this.printing === id}><summary>${t('aan', 'to')} ${entry.mail.to} · ${entry.mail.sentAt ? t('verstuurd', 'sent') : entry.mail.error ? t('niet gelukt', 'failed') : t('niet verstuurd: kopieer of druk af', 'not sent: copy or print')}</summary>
            <p><strong>${entry.mail.subject}</strong></p><pre>${entry.mail.text}</pre>
            <div class="actions-cell"><button type="button" class="secondary" @click=${() => this.copy(`${entry.mail!.subject}\n\n${entry.mail!.text}`)}>${t('Kopiëren', 'Copy')}</button>
            <button type="button" class="secondary" @click=${() => this.print(id)}>${t('Afdrukken', 'Print')}</button></div></details>` : '—'}</td></tr>`;
        })}</tbody></table></div>`}</section>`;
  }

  override render() {
    const view = this.view;
    if (!view) {
      return html`<h1 tabindex="-1">${t('Actueel', 'Up to date')}</h1>${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : html`<p role="status">${t('Even geduld…', 'One moment…')}</p>`}`;
    }
    const byState = (...states: FreshnessState[]) => view.offers.filter((offer) => states.includes(offer.state));
    const toCall = view.offers.filter((offer) => offer.state === 'due' && !offer.contact.email);
    const waiting = view.offers.filter((offer) => offer.state !== 'hidden' && !(offer.state === 'due' && !offer.contact.email));
    return html`<h1 tabindex="-1">${t('Actueel: klopt het aanbod nog?', 'Up to date: is the offer still right?')}</h1>
      <p>${t('Elk aanbod wordt op tijd gecontroleerd door de aanbieder zelf, met één klik in een e-mail. Zonder antwoord verdwijnt het uit de kaart, maar het wordt nooit weggegooid.', 'Every offer is checked in time by its provider, with one click in an e-mail. Without an answer it disappears from the kaart, but it is never deleted.')}</p>
      ${view.smtp ? nothing : html`<p class="notice">${t('Er is geen mailserver ingesteld. De e-mails worden niet verstuurd, maar staan onderaan bij "Wat er is gebeurd". Kopieer ze of druk ze af.', 'No mail server is set up. The e-mails are not sent, but are listed under "What happened" below. Copy or print them.')}</p>`}
      <p role="status" class=${this.status ? 'notice good' : ''}>${this.status}</p>
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      <h2>${t('Per gemeente', 'Per municipality')}</h2>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('Per gemeente', 'Per municipality')}><table>
        <thead><tr><th scope="col">${t('Gemeente', 'Municipality')}</th><th scope="col">${t('Aanbod', 'Offers')}</th><th scope="col">${t('Op tijd gecontroleerd', 'Checked in time')}</th><th scope="col">${t('Verborgen', 'Hidden')}</th></tr></thead>
        <tbody>${view.shares.map((share) => {
          const percent = share.offers ? Math.round((share.current / share.offers) * 100) : 100;
          return html`<tr><td>${share.name}</td><td>${share.offers}</td>
            <td><meter min="0" max="100" .value=${percent} aria-hidden="true"></meter> ${percent}% (${share.current})</td><td>${share.hidden}</td></tr>`;
        })}</tbody></table></div>
      ${this.offerTable(t('Verlopen', 'Expired'), byState('hidden'), { send: true, call: true, phone: true })}
      ${this.offerTable(t('Bellen: geen e-mailadres', 'Phone: no e-mail address'), toCall, { phone: true, call: true, state: true })}
      ${this.offerTable(t('Wacht op antwoord', 'Waiting for an answer'), waiting, { state: true, send: true, call: true })}
      ${this.policies(view)}
      ${this.log(view)}`;
  }
}

if (!customElements.get('sek-beheer-actueel')) customElements.define('sek-beheer-actueel', SekBeheerActueel);

import { LitElement, html, nothing } from 'lit';
import type { SessionResponse } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, t } from '../beheer-lang.js';

/**
 * Logging in without a password: ask for a link by e-mail; the link opens this screen, whose
 * button logs in (a POST: a mail scanner that opens the link does not use it up).
 */
export class SekBeheerLogin extends LitElement {
  static override styles = beheerStyles;
  static override properties = { lang: { attribute: false }, api: { attribute: false }, confirming: { type: Boolean }, message: { state: true }, problem: { state: true }, busy: { state: true } };

  declare api: BeheerApi;
  declare confirming: boolean;
  declare message: string;
  declare problem: BeheerProblem | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.confirming = false;
    this.message = '';
    this.busy = false;
  }

  private async requestLink(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = new FormData(event.target as HTMLFormElement).get('email') as string;
    this.busy = true;
    this.problem = undefined;
    try {
      const answer = await this.api.request<{ message: { nl: string; en: string } }>('POST', '/v1/admin/login', { email });
      this.message = local(answer.message);
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Dit lukte niet. Probeer het opnieuw.', en: 'This did not work. Please try again.' });
    } finally {
      this.busy = false;
    }
  }

  private async logIn(): Promise<void> {
    const token = location.hash.slice(1);
    this.busy = true;
    this.problem = undefined;
    try {
      const session = await this.api.request<SessionResponse>('POST', '/v1/admin/session', { token });
      this.dispatchEvent(new CustomEvent<SessionResponse>('logged-in', { detail: session }));
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Dit lukte niet. Probeer het opnieuw.', en: 'This did not work. Please try again.' });
      this.confirming = false;
      history.replaceState(null, '', '/beheer/');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const emailError = this.problem?.fieldMessages().get('email');
    return html`
      <h1 tabindex="-1">${t('Inloggen', 'Log in')}</h1>
      ${this.problem && !emailError ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${this.confirming && location.hash.length > 20
        ? html`<p>${t('Klik op de knop om in te loggen bij het beheer van de sociale kaart.', 'Press the button to log in to manage the social map.')}</p>
            <button type="button" class="login" ?disabled=${this.busy} @click=${() => this.logIn()}>${t('Inloggen', 'Log in')}</button>`
        : this.message
          ? html`<p class="notice good" role="status">${this.message}</p>
              <button type="button" class="secondary" @click=${() => (this.message = '')}>${t('Ander e-mailadres', 'Another e-mail address')}</button>`
          : html`<p>${t('U logt in met een link in uw e-mail. U hoeft geen wachtwoord te onthouden.', 'You log in with a link in your e-mail. There is no password to remember.')}</p>
              <form @submit=${(e: SubmitEvent) => this.requestLink(e)} novalidate>
                <label class="field"><span>${t('Uw e-mailadres', 'Your e-mail address')}</span>
                  <input name="email" type="email" autocomplete="email" required aria-invalid=${emailError ? 'true' : 'false'} aria-describedby="email-error" />
                  ${emailError ? html`<span class="error" id="email-error">${emailError}</span>` : nothing}
                </label>
                <button type="submit" ?disabled=${this.busy}>${t('Stuur mij een inloglink', 'Send me a login link')}</button>
              </form>`}`;
  }
}

if (!customElements.get('sek-beheer-login')) customElements.define('sek-beheer-login', SekBeheerLogin);

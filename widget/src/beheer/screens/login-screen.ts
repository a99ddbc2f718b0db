import { LitElement, html, nothing } from 'lit';
import type { SessionResponse } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';

/**
 * Logging in without a password: ask for a link by e-mail; the link opens this screen, whose
 * button logs in (a POST: a mail scanner that opens the link does not use it up).
 */
export class SekBeheerLogin extends LitElement {
  static override styles = beheerStyles;
  static override properties = { api: { attribute: false }, confirming: { type: Boolean }, message: { state: true }, problem: { state: true }, busy: { state: true } };

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
      const answer = await this.api.request<{ message: { nl: string } }>('POST', '/v1/admin/login', { email });
      this.message = answer.message.nl;
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, 'Dit lukte niet. Probeer het opnieuw.');
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
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, 'Dit lukte niet. Probeer het opnieuw.');
      this.confirming = false;
      history.replaceState(null, '', '/beheer/');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const emailError = this.problem?.fieldMessages().get('email');
    return html`
      <h1 tabindex="-1">Inloggen</h1>
      ${this.problem && !emailError ? html`<p class="notice bad" role="alert">${this.problem.message}</p>` : nothing}
      ${this.confirming && location.hash.length > 20
        ? html`<p>Klik op de knop om in te loggen bij het beheer van de sociale kaart.</p>
            <button type="button" class="login" ?disabled=${this.busy} @click=${() => this.logIn()}>Inloggen</button>`
        : this.message
          ? html`<p class="notice good" role="status">${this.message}</p>
              <button type="button" class="secondary" @click=${() => (this.message = '')}>Ander e-mailadres</button>`
          : html`<p>U logt in met een link in uw e-mail. U hoeft geen wachtwoord te onthouden.</p>
              <form @submit=${(e: SubmitEvent) => this.requestLink(e)} novalidate>
                <label class="field"><span>Uw e-mailadres</span>
                  <input name="email" type="email" autocomplete="email" required aria-invalid=${emailError ? 'true' : 'false'} aria-describedby="email-error" />
                  ${emailError ? html`<span class="error" id="email-error">${emailError}</span>` : nothing}
                </label>
                <button type="submit" ?disabled=${this.busy}>Stuur mij een inloglink</button>
              </form>`}`;
  }
}

if (!customElements.get('sek-beheer-login')) customElements.define('sek-beheer-login', SekBeheerLogin);

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { SessionResponse } from '@sek/contract';
import { BeheerApi } from './beheer-api.js';
import { beheerStyles } from './beheer-styles.js';
import { onLinkClick, pathOf, screenOf, type Screen } from './beheer-router.js';
import { initialLang, setLang, t, type BeheerLang } from './beheer-lang.js';
import './screens/login-screen.js';
import './screens/offer-list-screen.js';
import './screens/offer-edit-screen.js';
import './screens/import-screen.js';
import './screens/export-screen.js';
import './screens/people-screen.js';
import './screens/mail-screen.js';
import './screens/submissions-screen.js';
import './screens/submission-screen.js';
import './screens/submit-screen.js';

const roleName = (role: SessionResponse['user']['role']) => ({ beheerder: t('beheerder', 'administrator'), coordinator: t('coördinator', 'coordinator'), aanbieder: t('aanbieder', 'provider') })[role];

/**
 * `<sek-beheer>`: the management app at /beheer/. Asks who is logged in, shows the login screen
 * or the screen the path names, and moves focus to each new screen's heading.
 */
export class SekBeheer extends LitElement {
  static override styles = beheerStyles;
  static override properties = { session: { state: true }, screen: { state: true }, checked: { state: true }, lang: { state: true } };

  declare session: SessionResponse | undefined;
  declare lang: BeheerLang;
  declare screen: Screen;
  declare checked: boolean;
  private readonly api = new BeheerApi();
  private readonly onPopState = () => (this.screen = screenOf(location.pathname));

  constructor() {
    super();
    this.screen = screenOf(location.pathname);
    this.checked = false;
    this.lang = initialLang();
    setLang(this.lang);
    this.api.onLoggedOut = () => (this.session = undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    void this.api.session().then(
      (session) => { this.session = session; this.checked = true; },
      () => { this.checked = true; },
    );
  }

  override disconnectedCallback(): void {
    removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('screen') || changed.has('session')) {
      document.title = `${this.renderRoot.querySelector('h1')?.textContent?.trim() || 'Beheer'} · ${t('beheer sociale kaart', 'managing the social map')}`;
      if (changed.get('screen') !== undefined || changed.get('session') !== undefined) void this.focusHeading();
    }
  }

  private async focusHeading(): Promise<void> {
    const screen = this.renderRoot.querySelector('main > *') as LitElement | null;
    await screen?.updateComplete;
    const heading = (screen?.shadowRoot ?? screen)?.querySelector('h1') as HTMLElement | null;
    heading?.focus();
  }

  private async logOut(): Promise<void> {
    await this.api.request('DELETE', '/v1/admin/session').catch(() => undefined);
    this.session = undefined;
    history.pushState(null, '', '/beheer/');
    this.screen = { name: 'aanbod' };
  }

  private loggedIn(session: SessionResponse): void {
    this.api.csrfToken = session.csrfToken;
    this.session = session;
    history.replaceState(null, '', '/beheer/');
    this.screen = { name: 'aanbod' };
  }

  /** Dutch or English; every screen draws its texts again. */
  private switchLang(): void {
    this.lang = this.lang === 'nl' ? 'en' : 'nl';
    setLang(this.lang);
  }

  private renderLangSwitch() {
    return html`<button type="button" class="secondary lang-switch" lang=${this.lang === 'nl' ? 'en' : 'nl'} @click=${() => this.switchLang()}>${this.lang === 'nl' ? 'English' : 'Nederlands'}</button>`;
  }

  override render() {
    if (!this.checked) return html`<main><p role="status">${t('Even geduld…', 'One moment…')}</p></main>`;
    if (!this.session || this.screen.name === 'inloggen') {
      return html`<header class="top"><span></span>${this.renderLangSwitch()}</header>
        <main><sek-beheer-login .api=${this.api} .lang=${this.lang} .confirming=${this.screen.name === 'inloggen'} @logged-in=${(e: CustomEvent<SessionResponse>) => this.loggedIn(e.detail)}></sek-beheer-login></main>`;
    }
    const { user } = this.session;
    const links: [Screen['name'], string][] = [['aanbod', t('Aanbod', 'Offers')], ['aanmeldingen', user.role === 'aanbieder' ? t('Mijn aanmeldingen', 'My submissions') : t('Te beoordelen', 'To review')], ['aanmelden', t('Nieuw aanbod', 'New offer')], ['importeren', t('Importeren', 'Import')], ['exporteren', t('Exporteren', 'Export')]];
    if (user.role !== 'aanbieder') links.push(['actueel', t('Actueel', 'Up to date')], ['inzicht', t('Inzicht', 'Insight')], ['stappen', t('Stap voor stap', 'Step by step')], ['mensen', t('Mensen', 'People')]);
    else links.push(['mensen', t('Mijn tokens', 'My tokens')]);
    if (user.role === 'beheerder') links.push(['berichten', t('Berichten', 'Mail')]);
    const current = this.screen.name === 'aanbod-bewerken' ? 'aanbod' : this.screen.name === 'aanmelding' ? 'aanmeldingen' : this.screen.name;
    return html`
      <header class="top" @click=${onLinkClick}>
        <nav aria-label=${t('Beheer', 'Management')}>
          <ul>${links.map(([name, text]) => html`<li><a href=${pathOf({ name } as Screen)} aria-current=${name === current ? 'page' : 'false'}>${text}</a></li>`)}</ul>
        </nav>
        <p class="who">${user.name}, ${roleName(user.role)}${user.gemeenten.length ? html` (${user.gemeenten.length} ${user.gemeenten.length === 1 ? t('gemeente', 'municipality') : t('gemeenten', 'municipalities')})` : nothing}
          ${this.renderLangSwitch()}
          <button type="button" class="secondary" @click=${() => this.logOut()}>${t('Uitloggen', 'Log out')}</button></p>
      </header>
      <main @click=${onLinkClick}>${this.renderScreen()}</main>`;
  }

  private renderScreen() {
    const user = this.session!.user;
    switch (this.screen.name) {
      case 'aanbod-bewerken': return html`<sek-beheer-aanbod .api=${this.api} .lang=${this.lang} .offerId=${this.screen.id}></sek-beheer-aanbod>`;
      case 'importeren': return html`<sek-beheer-import .api=${this.api} .lang=${this.lang} .user=${user}></sek-beheer-import>`;
      case 'exporteren': return html`<sek-beheer-export .lang=${this.lang} .user=${user}></sek-beheer-export>`;
      case 'mensen': return html`<sek-beheer-mensen .api=${this.api} .lang=${this.lang} .user=${user}></sek-beheer-mensen>`;
      case 'berichten': return html`<sek-beheer-berichten .api=${this.api} .lang=${this.lang}></sek-beheer-berichten>`;
      case 'aanmeldingen': return html`<sek-beheer-aanmeldingen .api=${this.api} .lang=${this.lang} .user=${user}></sek-beheer-aanmeldingen>`;
      case 'aanmelding': return html`<sek-beheer-aanmelding .api=${this.api} .lang=${this.lang} .user=${user} .submissionId=${this.screen.id}></sek-beheer-aanmelding>`;
      // Loaded when first opened (a coordinator's screen, not every page view's): the element upgrades when it arrives.
      case 'actueel': void import('./screens/freshness-screen.js'); return html`<sek-beheer-actueel .api=${this.api} .lang=${this.lang} .user=${user}></sek-beheer-actueel>`;
      case 'inzicht': void import('./screens/insight-screen.js'); return html`<sek-beheer-inzicht .api=${this.api} .lang=${this.lang} .user=${user}></sek-beheer-inzicht>`;
      case 'stappen': void import('./screens/steps-screen.js'); return html`<sek-beheer-stappen .api=${this.api} .lang=${this.lang} .user=${user}></sek-beheer-stappen>`;
      case 'aanmelden': return html`<sek-beheer-aanmelden .api=${this.api} .lang=${this.lang} .user=${user} .offerId=${this.screen.offerId}></sek-beheer-aanmelden>`;
      default: return html`<sek-beheer-aanbodlijst .api=${this.api} .lang=${this.lang} .user=${user}></sek-beheer-aanbodlijst>`;
    }
  }
}

if (!customElements.get('sek-beheer')) customElements.define('sek-beheer', SekBeheer);

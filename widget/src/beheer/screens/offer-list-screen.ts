import { LitElement, html, nothing } from 'lit';
import type { AdminOfferList, User } from '@sek/contract';
import { THEMES } from '@sek/contract/themes';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, locale, t } from '../beheer-lang.js';

export const STATUS_NAMES = { active: { nl: 'Actief', en: 'Active' }, 'temporarily-closed': { nl: 'Tijdelijk gesloten', en: 'Temporarily closed' }, inactive: { nl: 'Gestopt', en: 'Stopped' } } as const;
export const PUBLICATION_NAMES = { published: { nl: 'Zichtbaar', en: 'Visible' }, draft: { nl: 'Concept', en: 'Draft' }, submitted: { nl: 'Wacht op beoordeling', en: 'Waiting for review' }, hidden: { nl: 'Verborgen', en: 'Hidden' } } as const;

const FILTERS = ['q', 'publication', 'status', 'theme', 'gemeente', 'notVerifiedSince', 'expired'] as const;

/** The offers a person keeps: search words and filters in the address (a shared link shows the same list), paging. */
export class SekBeheerAanbodlijst extends LitElement {
  static override styles = beheerStyles;
  static override properties = { lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, list: { state: true }, problem: { state: true } };

  declare api: BeheerApi;
  declare user: User;
  declare list: AdminOfferList | undefined;
  declare problem: BeheerProblem | undefined;
  private readonly onPopState = () => void this.load();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    void this.load();
  }

  override disconnectedCallback(): void {
    removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    try {
      this.list = await this.api.get<AdminOfferList>(`/v1/admin/offers${location.search}`);
      this.problem = undefined;
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : undefined;
    }
  }

  private search(event: SubmitEvent, page = 1): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const value = data.get(name);
      if (typeof value === 'string' && value.trim()) params.set(name, name === 'expired' ? 'true' : value.trim());
    }
    if (page > 1) params.set('page', String(page));
    history.pushState(null, '', `/beheer/${params.size ? `?${params}` : ''}`);
    void this.load();
  }

  private goToPage(page: number): void {
    const params = new URLSearchParams(location.search);
    params.set('page', String(page));
    history.pushState(null, '', `/beheer/?${params}`);
    void this.load().then(() => (this.renderRoot.querySelector('h1') as HTMLElement | null)?.focus());
  }

  override render() {
    const params = new URLSearchParams(location.search);
    const list = this.list;
    const pages = list ? Math.max(1, Math.ceil(list.total / list.limit)) : 1;
    const gemeenten = this.user.gemeenten;
    return html`
      <h1 tabindex="-1">${t('Aanbod', 'Offers')}</h1>
      <form @submit=${(e: SubmitEvent) => this.search(e)} role="search" aria-label=${t('Aanbod zoeken', 'Search offers')}>
        <div class="filters">
          <label class="field"><span>${t('Zoek op titel, aanbieder of id', 'Search by title, provider or id')}</span><input name="q" type="search" .value=${params.get('q') ?? ''} /></label>
          <label class="field"><span>${t('Zichtbaarheid', 'Visibility')}</span><select name="publication">
            <option value="">${t('Alles', 'All')}</option>${Object.entries(PUBLICATION_NAMES).map(([value, text]) => html`<option value=${value} ?selected=${params.get('publication') === value}>${local(text)}</option>`)}</select></label>
          <label class="field"><span>Status</span><select name="status">
            <option value="">${t('Alles', 'All')}</option>${Object.entries(STATUS_NAMES).map(([value, text]) => html`<option value=${value} ?selected=${params.get('status') === value}>${local(text)}</option>`)}</select></label>
          <label class="field"><span>${t('Onderwerp', 'Theme')}</span><select name="theme">
            <option value="">${t('Alle onderwerpen', 'All themes')}</option>${THEMES.map((theme) => html`<option value=${theme.slug} ?selected=${params.get('theme') === theme.slug}>${local(theme.label)}</option>`)}</select></label>
          ${gemeenten.length > 1 || this.user.role === 'beheerder'
            ? html`<label class="field"><span>${t('Gemeente (code)', 'Municipality (code)')}</span>${gemeenten.length
              ? html`<select name="gemeente"><option value="">${t('Al mijn gemeenten', 'All my municipalities')}</option>${gemeenten.map((code) => html`<option ?selected=${params.get('gemeente') === code}>${code}</option>`)}</select>`
              : html`<input name="gemeente" .value=${params.get('gemeente') ?? ''} placeholder="GM0512" />`}</label>`
            : nothing}
          <label class="field"><span>${t('Niet gecontroleerd sinds', 'Not checked since')}</span><input name="notVerifiedSince" type="date" .value=${params.get('notVerifiedSince') ?? ''} /></label>
          <label class="field choice"><input name="expired" type="checkbox" ?checked=${params.get('expired') === 'true'} /> <span>${t('Alleen verlopen aanbod', 'Only expired offers')}</span></label>
        </div>
        <button type="submit">${t('Zoeken', 'Search')}</button>
      </form>
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${list ? html`
        <p class="count" role="status">${list.total.toLocaleString(locale())} ${list.total === 1 ? t('aanbod', 'offer') : t('aanbod', 'offers')}${pages > 1 ? `, ${t('pagina', 'page')} ${list.page} ${t('van', 'of')} ${pages}` : ''}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${t('Lijst van aanbod', 'List of offers')}><table>
          <thead><tr><th scope="col">${t('Titel', 'Title')}</th><th scope="col">${t('Aanbieder', 'Provider')}</th><th scope="col">Status</th><th scope="col">${t('Gecontroleerd', 'Checked')}</th></tr></thead>
          <tbody>${list.offers.map((row) => html`<tr>
            <td><a href="/beheer/aanbod/${row.id}">${row.title}</a>${row.publication !== 'published' ? html`<br /><span class="count">${local(PUBLICATION_NAMES[row.publication])}</span>` : nothing}${row.review ? html`<br /><span class="count">${row.review === 'pending' ? t('Wijziging wacht op beoordeling', 'Change waiting for review') : t('Wijziging teruggestuurd', 'Change sent back')}</span>` : nothing}</td>
            <td>${row.provider}</td>
            <td>${local(STATUS_NAMES[row.status])}${row.expiresOn ? html`<br /><span class="count">${t('tot', 'until')} ${row.expiresOn}</span>` : nothing}</td>
            <td>${row.lastVerified ?? t('nog niet', 'not yet')}</td></tr>`)}</tbody>
        </table></div>
        ${pages > 1 ? html`<div class="pager">
          <button type="button" class="secondary" ?disabled=${list.page <= 1} @click=${() => this.goToPage(list.page - 1)}>${t('Vorige pagina', 'Previous page')}</button>
          <button type="button" class="secondary" ?disabled=${list.page >= pages} @click=${() => this.goToPage(list.page + 1)}>${t('Volgende pagina', 'Next page')}</button>
        </div>` : nothing}` : html`<p role="status">${t('Even geduld…', 'One moment…')}</p>`}`;
  }
}

if (!customElements.get('sek-beheer-aanbodlijst')) customElements.define('sek-beheer-aanbodlijst', SekBeheerAanbodlijst);

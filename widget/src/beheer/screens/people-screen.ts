import { LitElement, html, nothing } from 'lit';
import type { Role, User } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';
import { local, locale, t } from '../beheer-lang.js';

const ROLE_NAMES: Record<Role, { nl: string; en: string }> = {
  beheerder: { nl: 'Beheerder (alles)', en: 'Administrator (everything)' },
  coordinator: { nl: 'Coördinator (een of meer gemeenten)', en: 'Coordinator (one or more municipalities)' },
  aanbieder: { nl: 'Aanbieder (het aanbod van één organisatie)', en: "Provider (one organisation's offers)" },
};

interface Token { id: string; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }
interface Organization { id: string; name: string; offers: number }

/**
 * People and their access: the beheerder invites coordinators (with their gemeenten) and anyone
 * else; a coordinator invites the aanbieders of organisations in their gemeenten. Everyone keeps
 * their own API tokens here.
 */
export class SekBeheerMensen extends LitElement {
  static override styles = beheerStyles;
  static override properties = {
    lang: { attribute: false }, api: { attribute: false }, user: { attribute: false }, users: { state: true }, organizations: { state: true }, tokens: { state: true },
    role: { state: true }, problem: { state: true }, notice: { state: true }, newToken: { state: true },
  };

  declare api: BeheerApi;
  declare user: User;
  declare users: User[];
  declare organizations: Organization[];
  declare tokens: Token[];
  declare role: Role;
  declare problem: BeheerProblem | undefined;
  declare notice: string;
  declare newToken: string;

  constructor() {
    super();
    this.users = [];
    this.organizations = [];
    this.tokens = [];
    this.role = 'coordinator';
    this.notice = '';
    this.newToken = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.user.role === 'coordinator') this.role = 'aanbieder';
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      if (this.user.role !== 'aanbieder') {
        [this.users, this.organizations] = await Promise.all([
          this.api.get<{ users: User[] }>('/v1/admin/users').then((answer) => answer.users),
          this.api.get<{ organizations: Organization[] }>('/v1/admin/organizations').then((answer) => answer.organizations),
        ]);
      }
      this.tokens = (await this.api.get<{ tokens: Token[] }>('/v1/admin/tokens')).tokens;
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : undefined;
    }
  }

  private async invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const gemeenten = String(data.get('gemeenten') ?? '').split(/[,\s]+/).map((code) => code.trim().toUpperCase()).filter(Boolean);
    const body = {
      email: String(data.get('email') ?? ''), name: String(data.get('name') ?? ''), role: this.role,
      ...(this.role === 'coordinator' ? { gemeenten } : {}),
      ...(this.role === 'aanbieder' && data.get('organizationId') ? { organizationId: String(data.get('organizationId')) } : {}),
    };
    try {
      const user = await this.api.request<User>('POST', '/v1/admin/users', body);
      this.problem = undefined;
      this.notice = t(`${user.name} is uitgenodigd. Er is een e-mail met een inloglink verstuurd naar ${user.email}.`, `${user.name} has been invited. An e-mail with a login link was sent to ${user.email}.`);
      form.reset();
      await this.load();
    } catch (error) {
      this.notice = '';
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, { nl: 'Uitnodigen lukte niet.', en: 'The invitation did not work.' });
    }
  }

  private async disable(user: User): Promise<void> {
    if (!confirm(t(`De toegang van ${user.name} weghalen? ${user.name} kan dan niet meer inloggen.`, `Remove the access of ${user.name}? ${user.name} can then no longer log in.`))) return;
    try {
      await this.api.request('DELETE', `/v1/admin/users/${user.id}`);
      this.notice = t(`${user.name} heeft geen toegang meer.`, `${user.name} no longer has access.`);
      await this.load();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : undefined;
    }
  }

  private async makeToken(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    try {
      const made = await this.api.request<Token & { token: string }>('POST', '/v1/admin/tokens', { name: String(new FormData(form).get('tokenName') ?? '') });
      this.newToken = made.token;
      form.reset();
      await this.load();
    } catch (error) {
      this.problem = error instanceof BeheerProblem ? error : undefined;
    }
  }

  private async revoke(token: Token): Promise<void> {
    await this.api.request('DELETE', `/v1/admin/tokens/${token.id}`).catch((error: unknown) => (this.problem = error instanceof BeheerProblem ? error : undefined));
    await this.load();
  }

  private field(name: string): string | undefined {
    return this.problem?.fieldMessages().get(name);
  }

  override render() {
    const canManage = this.user.role !== 'aanbieder';
    const roles: Role[] = this.user.role === 'beheerder' ? ['coordinator', 'aanbieder', 'beheerder'] : ['aanbieder'];
    return html`
      <h1 tabindex="-1">${canManage ? t('Mensen', 'People') : t('Mijn tokens', 'My tokens')}</h1>
      ${this.notice ? html`<p class="notice good" role="status">${this.notice}</p>` : nothing}
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.text()}</p>` : nothing}
      ${canManage ? html`
        <div class="table-wrap" tabindex="0" role="region" aria-label=${t('Mensen', 'People')}><table><thead><tr><th scope="col">${t('Naam', 'Name')}</th><th scope="col">${t('Rol', 'Role')}</th><th scope="col">${t('Gemeenten of organisatie', 'Municipalities or organisation')}</th><th scope="col">${t('Laatst ingelogd', 'Last logged in')}</th><th scope="col"><span class="count">${t('Actie', 'Action')}</span></th></tr></thead>
          <tbody>${this.users.map((u) => html`<tr><td>${u.name}<br /><span class="count">${u.email}</span></td><td>${u.role}</td>
            <td>${u.gemeenten.join(', ') || u.organizationId || ''}</td><td>${u.lastLoginAt ? new Date(u.lastLoginAt).toLocaleDateString(locale()) : t('nog niet', 'not yet')}</td>
            <td>${u.active ? (u.id === this.user.id ? t('dat bent u', "that's you") : html`<button type="button" class="danger" @click=${() => this.disable(u)}>${t('Toegang weghalen', 'Remove access')}</button>`) : t('geen toegang meer', 'no access any more')}</td></tr>`)}</tbody></table></div>
        <h2>${t('Iemand uitnodigen', 'Invite someone')}</h2>
        <form class="invite" @submit=${(e: SubmitEvent) => this.invite(e)} novalidate>
          <label class="field"><span>${t('Naam', 'Name')}</span><input name="name" autocomplete="off" aria-invalid=${this.field('name') ? 'true' : 'false'} /><span class="error">${this.field('name') ?? ''}</span></label>
          <label class="field"><span>${t('E-mailadres', 'E-mail address')}</span><input name="email" type="email" autocomplete="off" aria-invalid=${this.field('email') ? 'true' : 'false'} /><span class="error">${this.field('email') ?? ''}</span></label>
          <fieldset><legend>${t('Rol', 'Role')}</legend>${roles.map((role) => html`<label class="choice"><input type="radio" name="role" value=${role} .checked=${this.role === role} @change=${() => (this.role = role)} /> <span>${local(ROLE_NAMES[role])}</span></label>`)}</fieldset>
          ${this.role === 'coordinator' ? html`<label class="field"><span>${t('Gemeenten', 'Municipalities')}</span><span class="help">${t("Gemeentecodes met komma's. Rivierenland: GM0512, GM1978, …", 'Municipality codes with commas. Rivierenland: GM0512, GM1978, …')}</span>
            <input name="gemeenten" aria-invalid=${this.field('gemeenten') ? 'true' : 'false'} /><span class="error">${this.field('gemeenten') ?? ''}</span></label>` : nothing}
          ${this.role === 'aanbieder' ? html`<label class="field"><span>${t('Organisatie', 'Organisation')}</span><span class="help">${this.user.role === 'coordinator' ? t('De organisaties met aanbod in uw gemeenten.', 'The organisations with offers in your municipalities.') : t('De organisaties met aanbod in de kaart.', 'The organisations with offers in the map.')}</span>
            <select name="organizationId" aria-invalid=${this.field('organizationId') ? 'true' : 'false'}><option value="">${t('Kies een organisatie', 'Choose an organisation')}</option>
              ${this.organizations.map((o) => html`<option value=${o.id}>${o.name} (${o.offers})</option>`)}</select><span class="error">${this.field('organizationId') ?? ''}</span></label>` : nothing}
          <button type="submit">${t('Uitnodigen', 'Invite')}</button>
        </form>` : nothing}
      <h2>${t('API-tokens', 'API tokens')}</h2>
      <p>${t('Voor koppelingen en scripts. Een token mag hetzelfde als u. Het token ziet u maar één keer.', 'For links with other systems and scripts. A token may do what you may do. You see the token only once.')}</p>
      ${this.newToken ? html`<p class="notice good" role="status">${t('Uw nieuwe token (kopieer het nu):', 'Your new token (copy it now):')} <code class="new-token">${this.newToken}</code></p>` : nothing}
      ${this.tokens.length ? html`<ul>${this.tokens.map((token) => html`<li>${token.name} · ${t('gemaakt', 'made')} ${new Date(token.createdAt).toLocaleDateString(locale())}
        ${token.revokedAt ? ` · ${t('ingetrokken', 'revoked')}` : html` <button type="button" class="danger" @click=${() => this.revoke(token)}>${t('Intrekken', 'Revoke')}</button>`}</li>`)}</ul>` : nothing}
      <form @submit=${(e: SubmitEvent) => this.makeToken(e)} class="row">
        <label class="field"><span>${t('Naam van het token', 'Name of the token')}</span><input name="tokenName" placeholder=${t('Bijvoorbeeld: koppeling met de gids', 'For example: link with the guide')} /></label>
        <button type="submit">${t('Token maken', 'Make a token')}</button>
      </form>`;
  }
}

if (!customElements.get('sek-beheer-mensen')) customElements.define('sek-beheer-mensen', SekBeheerMensen);

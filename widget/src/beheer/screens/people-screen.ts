import { LitElement, html, nothing } from 'lit';
import type { Role, User } from '@sek/contract';
import { BeheerProblem, type BeheerApi } from '../beheer-api.js';
import { beheerStyles } from '../beheer-styles.js';

const ROLE_NAMES: Record<Role, string> = { beheerder: 'Beheerder (alles)', coordinator: 'Coördinator (een of meer gemeenten)', aanbieder: 'Aanbieder (het aanbod van één organisatie)' };

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
    api: { attribute: false }, user: { attribute: false }, users: { state: true }, organizations: { state: true }, tokens: { state: true },
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
      this.notice = `${user.name} is uitgenodigd. Er is een e-mail met een inloglink verstuurd naar ${user.email}.`;
      form.reset();
      await this.load();
    } catch (error) {
      this.notice = '';
      this.problem = error instanceof BeheerProblem ? error : new BeheerProblem(0, 'Uitnodigen lukte niet.');
    }
  }

  private async disable(user: User): Promise<void> {
    if (!confirm(`De toegang van ${user.name} weghalen? ${user.name} kan dan niet meer inloggen.`)) return;
    try {
      await this.api.request('DELETE', `/v1/admin/users/${user.id}`);
      this.notice = `${user.name} heeft geen toegang meer.`;
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
      <h1 tabindex="-1">${canManage ? 'Mensen' : 'Mijn tokens'}</h1>
      ${this.notice ? html`<p class="notice good" role="status">${this.notice}</p>` : nothing}
      ${this.problem ? html`<p class="notice bad" role="alert">${this.problem.message}</p>` : nothing}
      ${canManage ? html`
        <div class="table-wrap" tabindex="0" role="region" aria-label="Mensen"><table><thead><tr><th scope="col">Naam</th><th scope="col">Rol</th><th scope="col">Gemeenten of organisatie</th><th scope="col">Laatst ingelogd</th><th scope="col"><span class="count">Actie</span></th></tr></thead>
          <tbody>${this.users.map((u) => html`<tr><td>${u.name}<br /><span class="count">${u.email}</span></td><td>${u.role}</td>
            <td>${u.gemeenten.join(', ') || u.organizationId || ''}</td><td>${u.lastLoginAt ? new Date(u.lastLoginAt).toLocaleDateString('nl-NL') : 'nog niet'}</td>
            <td>${u.active ? (u.id === this.user.id ? 'dat bent u' : html`<button type="button" class="danger" @click=${() => this.disable(u)}>Toegang weghalen</button>`) : 'geen toegang meer'}</td></tr>`)}</tbody></table></div>
        <h2>Iemand uitnodigen</h2>
        <form class="invite" @submit=${(e: SubmitEvent) => this.invite(e)} novalidate>
          <label class="field"><span>Naam</span><input name="name" autocomplete="off" aria-invalid=${this.field('name') ? 'true' : 'false'} /><span class="error">${this.field('name') ?? ''}</span></label>
          <label class="field"><span>E-mailadres</span><input name="email" type="email" autocomplete="off" aria-invalid=${this.field('email') ? 'true' : 'false'} /><span class="error">${this.field('email') ?? ''}</span></label>
          <fieldset><legend>Rol</legend>${roles.map((role) => html`<label class="choice"><input type="radio" name="role" value=${role} .checked=${this.role === role} @change=${() => (this.role = role)} /> <span>${ROLE_NAMES[role]}</span></label>`)}</fieldset>
          ${this.role === 'coordinator' ? html`<label class="field"><span>Gemeenten</span><span class="help">Gemeentecodes met komma's. Rivierenland: GM0512, GM1978, …</span>
            <input name="gemeenten" aria-invalid=${this.field('gemeenten') ? 'true' : 'false'} /><span class="error">${this.field('gemeenten') ?? ''}</span></label>` : nothing}
          ${this.role === 'aanbieder' ? html`<label class="field"><span>Organisatie</span><span class="help">De organisaties met aanbod ${this.user.role === 'coordinator' ? 'in uw gemeenten' : 'in de kaart'}.</span>
            <select name="organizationId" aria-invalid=${this.field('organizationId') ? 'true' : 'false'}><option value="">Kies een organisatie</option>
              ${this.organizations.map((o) => html`<option value=${o.id}>${o.name} (${o.offers})</option>`)}</select><span class="error">${this.field('organizationId') ?? ''}</span></label>` : nothing}
          <button type="submit">Uitnodigen</button>
        </form>` : nothing}
      <h2>API-tokens</h2>
      <p>Voor koppelingen en scripts. Een token mag hetzelfde als u. Het token ziet u maar één keer.</p>
      ${this.newToken ? html`<p class="notice good" role="status">Uw nieuwe token (kopieer het nu): <code class="new-token">${this.newToken}</code></p>` : nothing}
      ${this.tokens.length ? html`<ul>${this.tokens.map((t) => html`<li>${t.name} · gemaakt ${new Date(t.createdAt).toLocaleDateString('nl-NL')}
        ${t.revokedAt ? ' · ingetrokken' : html` <button type="button" class="danger" @click=${() => this.revoke(t)}>Intrekken</button>`}</li>`)}</ul>` : nothing}
      <form @submit=${(e: SubmitEvent) => this.makeToken(e)} class="row">
        <label class="field"><span>Naam van het token</span><input name="tokenName" placeholder="Bijvoorbeeld: koppeling met de gids" /></label>
        <button type="submit">Token maken</button>
      </form>`;
  }
}

if (!customElements.get('sek-beheer-mensen')) customElements.define('sek-beheer-mensen', SekBeheerMensen);

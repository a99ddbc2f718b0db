import { sql, type Kysely, type Selectable } from 'kysely';
import type { NewUser, User } from '@sek/contract';
import { guardedDb } from '../database/database-errors.js';
import type { DatabaseSchema, UsersTable } from '../database/schema.js';
import type { Account } from './principal.js';
import { hashSecret, newSecret } from './secret-token.js';

/** How long a mailed login link works. */
export const LOGIN_LINK_MINUTES = 15;

export interface SessionLimits {
  /** A session ends after this long without a request. */
  idleMinutes: number;
  /** And after this long in any case. */
  maxHours: number;
}

const MINUTE = 60_000;
/** `last_seen_at` is written at most this often, so every request is not a write. */
const TOUCH_EVERY_MS = MINUTE;

export function accountOf(row: Selectable<UsersTable>): Account {
  return { id: row.id, email: row.email, name: row.name, role: row.role, gemeenten: row.gemeenten, organizationId: row.organization_id, trusted: row.trusted };
}

export function userOf(row: Selectable<UsersTable>): User {
  return {
    ...accountOf(row),
    active: row.disabled_at === null,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

/**
 * People, login links, sessions, API tokens and the audit log, in PostgreSQL. Secrets are kept as
 * hashes only; `now` is the clock every expiry is measured against (a test moves it).
 */
export class AccountStore {
  constructor(
    readonly db: Kysely<DatabaseSchema>,
    private readonly now: () => Date,
    private readonly limits: SessionLimits,
  ) {}

  async userByEmail(email: string): Promise<Selectable<UsersTable> | undefined> {
    return guardedDb(() => this.db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst());
  }

  async userById(id: string): Promise<Selectable<UsersTable> | undefined> {
    return guardedDb(() => this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst());
  }

  /** Adds a person; undefined when the address already has an account. */
  async addUser(user: NewUser, by: string): Promise<Selectable<UsersTable> | undefined> {
    const row = await guardedDb(() => this.db.insertInto('users').values({
      email: user.email,
      name: user.name,
      role: user.role,
      gemeenten: user.role === 'coordinator' ? [...new Set(user.gemeenten)].sort() : [],
      organization_id: user.role === 'aanbieder' ? user.organizationId ?? null : null,
      created_by: by,
      disabled_at: null,
      last_login_at: null,
    }).onConflict((c) => c.column('email').doNothing()).returningAll().executeTakeFirst());
    if (row) await this.audit(by, 'user.add', row.id, { email: row.email, role: row.role, gemeenten: row.gemeenten, organizationId: row.organization_id });
    return row;
  }

  /** Everyone, or only the aanbieders of these organisations. */
  async listUsers(organizations?: string[]): Promise<Selectable<UsersTable>[]> {
    let query = this.db.selectFrom('users').selectAll().orderBy('name');
    if (organizations) {
      if (organizations.length === 0) return [];
      query = query.where('role', '=', 'aanbieder').where('organization_id', 'in', organizations);
    }
    return guardedDb(() => query.execute());
  }

  /** Takes a person's access away: marked disabled, sessions ended, tokens revoked. */
  async disableUser(id: string, by: string): Promise<void> {
    await guardedDb(() => this.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ disabled_at: this.now() }).where('id', '=', id).where('disabled_at', 'is', null).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await trx.updateTable('api_tokens').set({ revoked_at: this.now() }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
    }));
    await this.audit(by, 'user.disable', id);
  }

  /** Trusts an aanbieder (their changes are published without review), or not; audited. */
  async setTrusted(id: string, trusted: boolean, by: string): Promise<Selectable<UsersTable>> {
    const row = await guardedDb(() => this.db.updateTable('users').set({ trusted }).where('id', '=', id).returningAll().executeTakeFirstOrThrow());
    await this.audit(by, trusted ? 'user.trust' : 'user.distrust', id);
    return row;
  }

  /** A new login link's token for an active person (only its hash is stored). */
  async createLoginToken(userId: string): Promise<string> {
    const token = newSecret();
    const now = this.now();
    await guardedDb(() => this.db.insertInto('login_tokens').values({
      token_hash: hashSecret(token), user_id: userId, created_at: now, expires_at: new Date(now.getTime() + LOGIN_LINK_MINUTES * MINUTE), used_at: null,
    }).execute());
    return token;
  }

  /**
   * Uses a login link: marks it used in the same statement that checks it is unused and unexpired,
   * so two clicks (or a replay) never give two sessions. Undefined when it cannot be used.
   */
  async useLoginToken(token: string): Promise<Selectable<UsersTable> | undefined> {
    const now = this.now();
    const used = await guardedDb(() => this.db.updateTable('login_tokens').set({ used_at: now })
      .where('token_hash', '=', hashSecret(token)).where('used_at', 'is', null).where('expires_at', '>', now)
      .returning('user_id').executeTakeFirst());
    if (!used) return undefined;
    const user = await this.userById(used.user_id);
    if (!user || user.disabled_at) return undefined;
    await guardedDb(() => this.db.updateTable('users').set({ last_login_at: now }).where('id', '=', user.id).execute());
    await this.audit(`user:${user.id}`, 'login', user.id);
    return user;
  }

  /** Starts a session; returns the cookie value (kept only as a hash) and its CSRF token. */
  async createSession(userId: string): Promise<{ cookie: string; csrfToken: string; maxAgeSeconds: number }> {
    const cookie = newSecret();
    const csrfToken = newSecret();
    const now = this.now();
    await guardedDb(() => this.db.insertInto('sessions').values({
      id_hash: hashSecret(cookie), user_id: userId, csrf_token: csrfToken, created_at: now, last_seen_at: now,
      expires_at: new Date(now.getTime() + this.limits.maxHours * 60 * MINUTE),
    }).execute());
    // Old sessions of anyone are cleaned up now and then, here.
    await guardedDb(() => this.db.deleteFrom('sessions').where((eb) => eb.or([
      eb('expires_at', '<=', now),
      eb('last_seen_at', '<=', new Date(now.getTime() - this.limits.idleMinutes * MINUTE)),
    ])).execute());
    return { cookie, csrfToken, maxAgeSeconds: this.limits.maxHours * 3600 };
  }

  /** The person of a live session (not idle too long, not past its end, person active); touches it. */
  async sessionAccount(cookie: string): Promise<{ account: Account; csrfToken: string; sessionHash: string } | undefined> {
    const now = this.now();
    const hash = hashSecret(cookie);
    const row = await guardedDb(() => this.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users').select(['sessions.csrf_token', 'sessions.last_seen_at', 'sessions.expires_at'])
      .where('sessions.id_hash', '=', hash).executeTakeFirst());
    if (!row || row.disabled_at) return undefined;
    const idleUntil = row.last_seen_at.getTime() + this.limits.idleMinutes * MINUTE;
    if (row.expires_at <= now || idleUntil <= now.getTime()) {
      await this.endSession(hash);
      return undefined;
    }
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      await guardedDb(() => this.db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', hash).execute());
    }
    return { account: accountOf(row), csrfToken: row.csrf_token, sessionHash: hash };
  }

  async endSession(sessionHash: string): Promise<void> {
    await guardedDb(() => this.db.deleteFrom('sessions').where('id_hash', '=', sessionHash).execute());
  }

  async createApiToken(userId: string, name: string): Promise<{ id: string; token: string; createdAt: Date }> {
    const token = newSecret('sek_');
    const row = await guardedDb(() => this.db.insertInto('api_tokens').values({ user_id: userId, name, token_hash: hashSecret(token), last_used_at: null, revoked_at: null })
      .returning(['id', 'created_at']).executeTakeFirstOrThrow());
    await this.audit(`user:${userId}`, 'token.create', row.id, { name });
    return { id: row.id, token, createdAt: row.created_at };
  }

  async listApiTokens(userId: string) {
    return guardedDb(() => this.db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
      .where('user_id', '=', userId).orderBy('created_at', 'desc').execute());
  }

  /** Revokes one of a person's tokens; false when they have no such token. */
  async revokeApiToken(userId: string, id: string): Promise<boolean> {
    const row = await guardedDb(() => this.db.updateTable('api_tokens').set({ revoked_at: this.now() })
      .where('id', '=', id).where('user_id', '=', userId).where('revoked_at', 'is', null).returning('id').executeTakeFirst());
    if (row) await this.audit(`user:${userId}`, 'token.revoke', id);
    return Boolean(row);
  }

  /** The active person an unrevoked API token belongs to. */
  async apiTokenAccount(token: string): Promise<Account | undefined> {
    const hash = hashSecret(token);
    const row = await guardedDb(() => this.db.selectFrom('api_tokens').innerJoin('users', 'users.id', 'api_tokens.user_id').selectAll('users')
      .where('api_tokens.token_hash', '=', hash).where('api_tokens.revoked_at', 'is', null).where('users.disabled_at', 'is', null).executeTakeFirst());
    if (!row) return undefined;
    await guardedDb(() => this.db.updateTable('api_tokens').set({ last_used_at: this.now() }).where('token_hash', '=', hash).execute());
    return accountOf(row);
  }

  /** Names for history entries: `user:<id>` → "Name (e-mail)". */
  async namesOf(actors: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(actors.filter((actor) => actor.startsWith('user:')).map((actor) => actor.slice(5)))]
      .filter((id) => /^[0-9a-f-]{36}$/.test(id));
    if (ids.length === 0) return new Map();
    const rows = await guardedDb(() => this.db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', ids).execute());
    return new Map(rows.map((row) => [`user:${row.id}`, `${row.name} (${row.email})`]));
  }

  /** Records a change that is not an offer change (offers have their own history). */
  async audit(actor: string, action: string, target?: string, detail?: Record<string, unknown>): Promise<void> {
    await guardedDb(() => this.db.insertInto('audit_log').values({ actor, action, target: target ?? null, detail: detail ? JSON.stringify(detail) : null }).execute());
  }

  /** How many people there are (the CLI tells when the first beheerder is still missing). */
  async countUsers(): Promise<number> {
    const row = await guardedDb(() => this.db.selectFrom('users').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow());
    return Number(row.n);
  }
}

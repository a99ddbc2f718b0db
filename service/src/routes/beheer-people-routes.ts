import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { sql } from 'kysely';
import { API_ROUTES, NewApiToken, NewUser, TrustRequest } from '@sek/contract';
import type { AppDeps, Beheer } from '../app-deps.js';
import { userOf } from '../accounts/account-store.js';
import { outsideScope, principal, requireRole } from '../accounts/authenticate.js';
import { loginLink, loginMail } from '../accounts/login-mail.js';
import { keepableOffers, type Principal } from '../accounts/principal.js';
import { guardedDb } from '../database/database-errors.js';
import { NotFoundError } from '../domain-errors.js';
import { ApiError } from '../http/api-error.js';
import { jsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validate.js';

/**
 * People and their access: the beheerder manages everyone; a coordinator invites and removes the
 * aanbieders of organisations with offers in their gemeenten; everyone keeps their own API tokens.
 * The beheerder also reads the mail outbox.
 */
export function addBeheerPeopleRoutes(router: Router, deps: AppDeps, beheer: Beheer, auth: Middleware): void {
  const { accounts, mailer } = beheer;
  const db = deps.store.db;

  /** The organisations with offers a person keeps, with how many. */
  const organizationsOf = (who: Principal) => guardedDb(() => db.selectFrom('offers').where(keepableOffers(who))
    .select(['organization_id', sql<string>`min(provider_name)`.as('name'), sql<string>`count(*)`.as('offers')])
    .groupBy('organization_id').orderBy('name').execute());

  router.get(API_ROUTES.listOrganizations.path, auth, async (ctx) => {
    const who = requireRole(ctx, 'beheerder', 'coordinator');
    const rows = await organizationsOf(who);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { organizations: rows.map((row) => ({ id: row.organization_id, name: row.name, offers: Number(row.offers) })) };
  });

  router.get(API_ROUTES.listUsers.path, auth, async (ctx) => {
    const who = requireRole(ctx, 'beheerder', 'coordinator');
    const organizations = who.role === 'beheerder' ? undefined : (await organizationsOf(who)).map((row) => row.organization_id);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { users: (await accounts.listUsers(organizations)).map(userOf) };
  });

  router.post(API_ROUTES.inviteUser.path, auth, async (ctx) => {
    const who = requireRole(ctx, 'beheerder', 'coordinator');
    const invite = await jsonBody(ctx, NewUser);
    if (who.role === 'coordinator') {
      const theirs = (await organizationsOf(who)).some((row) => row.organization_id === invite.organizationId);
      if (invite.role !== 'aanbieder' || !theirs) throw outsideScope();
    }
    const unknownGemeente = invite.gemeenten.find((code) => !deps.geo.gemeenten.has(code));
    if (unknownGemeente) {
      throw ApiError.invalid([{ field: 'gemeenten', code: 'unknown_gemeente', message: { nl: `Gemeentecode ${unknownGemeente} bestaat niet.`, en: `Gemeente code ${unknownGemeente} does not exist.` } }]);
    }
    const row = await accounts.addUser(invite, who.actor);
    if (!row) throw new ApiError(409, 'conflict', { nl: 'Dit e-mailadres heeft al een account.', en: 'This e-mail address already has an account.' });
    const token = await accounts.createLoginToken(row.id);
    await mailer.send(loginMail(row.email, row.name, loginLink(beheer.publicUrl(), token), who.account?.name ?? 'De beheerder'));
    ctx.status = 201;
    ctx.body = userOf(row);
  });

  router.delete(API_ROUTES.disableUser.path, auth, async (ctx) => {
    const who = requireRole(ctx, 'beheerder', 'coordinator');
    const { id } = parseInput(API_ROUTES.disableUser.params, ctx.params);
    const target = await accounts.userById(id);
    if (!target) throw new NotFoundError({ nl: 'Deze persoon bestaat niet.', en: 'This person does not exist.' });
    if (who.role === 'coordinator') {
      const theirs = (await organizationsOf(who)).some((row) => row.organization_id === target.organization_id);
      if (target.role !== 'aanbieder' || !theirs) throw outsideScope();
    }
    if (who.account?.id === id) {
      throw ApiError.invalid([{ field: 'id', code: 'self', message: { nl: 'U kunt uw eigen toegang niet weghalen. Vraag dat aan een andere beheerder.', en: 'You cannot remove your own access. Ask another beheerder.' } }]);
    }
    await accounts.disableUser(id, who.actor);
    ctx.status = 204;
  });

  router.put(API_ROUTES.trustUser.path, auth, async (ctx) => {
    const who = requireRole(ctx, 'beheerder', 'coordinator');
    const { id } = parseInput(API_ROUTES.trustUser.params, ctx.params);
    const { trusted } = await jsonBody(ctx, TrustRequest);
    const target = await accounts.userById(id);
    if (!target) throw new NotFoundError({ nl: 'Deze persoon bestaat niet.', en: 'This person does not exist.' });
    if (who.role === 'coordinator') {
      const theirs = (await organizationsOf(who)).some((row) => row.organization_id === target.organization_id);
      if (target.role !== 'aanbieder' || !theirs) throw outsideScope();
    }
    if (target.role !== 'aanbieder') {
      throw ApiError.invalid([{ field: 'trusted', code: 'not_aanbieder', message: { nl: 'Alleen een aanbieder kan vertrouwd worden. Coördinatoren publiceren zelf al.', en: 'Only a provider can be trusted. Coordinators publish themselves already.' } }]);
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = userOf(await accounts.setTrusted(id, trusted, who.actor));
  });

  /** API tokens belong to a person: the bootstrap token has none. */
  const person = (ctx: Parameters<Middleware>[0]) => {
    const who = principal(ctx);
    if (!who.account) throw new ApiError(403, 'forbidden', { nl: 'Maak tokens aan als persoon, niet met het beheerderstoken.', en: 'Make tokens as a person, not with the bootstrap admin token.' });
    return who.account;
  };

  router.get(API_ROUTES.listTokens.path, auth, async (ctx) => {
    const rows = await accounts.listApiTokens(person(ctx).id);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { tokens: rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at.toISOString(), lastUsedAt: row.last_used_at?.toISOString() ?? null, revokedAt: row.revoked_at?.toISOString() ?? null })) };
  });

  router.post(API_ROUTES.createToken.path, auth, async (ctx) => {
    const account = person(ctx);
    const { name } = await jsonBody(ctx, NewApiToken);
    const made = await accounts.createApiToken(account.id, name);
    ctx.status = 201;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { id: made.id, name, token: made.token, createdAt: made.createdAt.toISOString(), lastUsedAt: null, revokedAt: null };
  });

  router.delete(API_ROUTES.revokeToken.path, auth, async (ctx) => {
    const account = person(ctx);
    const { id } = parseInput(API_ROUTES.revokeToken.params, ctx.params);
    if (!(await accounts.revokeApiToken(account.id, id))) throw new NotFoundError({ nl: 'Dit token bestaat niet.', en: 'This token does not exist.' });
    ctx.status = 204;
  });

  router.get(API_ROUTES.mailOutbox.path, auth, async (ctx) => {
    requireRole(ctx, 'beheerder');
    const rows = await mailer.recent();
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      smtp: mailer.smtp,
      mails: rows.map((row) => ({ id: String(row.id), to: row.to_address, subject: row.subject, text: row.body, createdAt: row.created_at.toISOString(), sentAt: row.sent_at?.toISOString() ?? null, error: row.error })),
    };
  });
}

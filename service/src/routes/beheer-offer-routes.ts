import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { API_ROUTES, OfferUpdate, RestoreRequest, type HistoryEntry, type Offer } from '@sek/contract';
import type { AppDeps, Beheer } from '../app-deps.js';
import { outsideScope, principal } from '../accounts/authenticate.js';
import { mayKeep } from '../accounts/principal.js';
import { changesBetween } from '../beheer/offer-diff.js';
import { listKeepableOffers } from '../beheer/offer-list.js';
import { adminOffer, keepableStoredOffer, offerNotFound, saveOfferVersion, validOffer } from '../beheer/save-offer.js';
import { guardedDb } from '../database/database-errors.js';
import { jsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validate.js';
import { NotFoundError } from '../domain-errors.js';
import { ApiError } from '../http/api-error.js';
import type { Principal } from '../accounts/principal.js';

/** An aanbieder's changes go through review, unless a coordinator trusts them. */
function mustWriteDirectly(who: Principal): void {
  if (who.role === 'aanbieder' && !who.account?.trusted) {
    throw new ApiError(403, 'forbidden', {
      nl: 'Uw wijzigingen gaan eerst naar de coördinator. Pas het aanbod aan met "Aanpassen"; de coördinator publiceert het.',
      en: 'Your changes go to the coordinator first. Change the offer with "Aanpassen" (change); the coordinator publishes it.',
    });
  }
}

/**
 * The offers a person keeps: the list with its filters, one offer, saving it, its history and
 * putting an earlier version back. Every route checks the person's scope on the stored offer
 * (403 outside it, also for an offer that only its id gives away), and saving also on the new one.
 */
export function addBeheerOfferRoutes(router: Router, deps: AppDeps, beheer: Beheer, auth: Middleware): void {
  const { store } = deps;
  const now = () => new Date((deps.now?.() ?? Date.now() / 1000) * 1000);

  router.get(API_ROUTES.listAdminOffers.path, auth, async (ctx) => {
    const query = parseInput(API_ROUTES.listAdminOffers.query, ctx.query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await listKeepableOffers(store.db, principal(ctx), query, now());
  });

  router.get(API_ROUTES.getAdminOffer.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.getAdminOffer.params, ctx.params);
    const who = principal(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await guardedDb(() => store.db.transaction().execute(async (trx) => {
      await keepableStoredOffer(store, trx, who, id);
      return adminOffer(trx, id);
    }));
  });

  router.put(API_ROUTES.updateOffer.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.updateOffer.params, ctx.params);
    const who = principal(ctx);
    mustWriteDirectly(who);
    const body = await jsonBody(ctx, OfferUpdate);
    ctx.body = await guardedDb(() => store.db.transaction().execute(async (trx) => {
      const stored = await keepableStoredOffer(store, trx, who, id);
      const offer = validOffer(deps.geo, body.offer);
      await saveOfferVersion(store, trx, who, stored, offer, { editedVersion: body.version, action: 'update', reason: 'Bewerkt in het beheer' });
      return adminOffer(trx, id);
    }));
  });

  router.get(API_ROUTES.offerHistory.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.offerHistory.params, ctx.params);
    const who = principal(ctx);
    const current = await guardedDb(() => store.db.selectFrom('offers').select(['data', 'version']).where('id', '=', id).executeTakeFirst());
    if (!current) throw offerNotFound();
    if (!mayKeep(who, current.data)) throw outsideScope();
    const rows = await guardedDb(() => store.db.selectFrom('offer_history').selectAll().where('offer_id', '=', id).orderBy('id', 'desc').limit(500).execute());
    const names = await beheer.accounts.namesOf(rows.map((row) => row.changed_by));
    const entries: HistoryEntry[] = rows.map((row) => ({
      version: row.version,
      action: row.action,
      changedAt: row.changed_at.toISOString(),
      changedBy: names.get(row.changed_by) ?? row.changed_by,
      reason: row.reason,
      changes: changesBetween(row.before ?? {}, row.after ?? {}),
      restorable: row.after !== null && row.version !== current.version,
    }));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { offerId: id, entries };
  });

  router.post(API_ROUTES.restoreOffer.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.restoreOffer.params, ctx.params);
    const who = principal(ctx);
    mustWriteDirectly(who);
    const { version } = await jsonBody(ctx, RestoreRequest);
    ctx.body = await guardedDb(() => store.db.transaction().execute(async (trx) => {
      const stored = await keepableStoredOffer(store, trx, who, id);
      const entry = await trx.selectFrom('offer_history').select('after').where('offer_id', '=', id).where('version', '=', version)
        .where('after', 'is not', null).orderBy('id', 'desc').executeTakeFirst();
      if (!entry?.after) throw new NotFoundError({ nl: `Versie ${version} van dit aanbod bestaat niet.`, en: `Version ${version} of this offer does not exist.` });
      // An old version is checked like any new one: the schema may have grown since.
      const offer: Offer = validOffer(deps.geo, entry.after);
      await saveOfferVersion(store, trx, who, stored, offer, { action: 'restore', reason: `Versie ${version} teruggezet` });
      return adminOffer(trx, id);
    }));
  });
}

import type { Transaction } from 'kysely';
import { OFFER_FIELD_LABELS, Offer, zodFieldErrors, type AdminOffer, type FieldError, type FieldLabels } from '@sek/contract';
import { InvalidInputError, NotFoundError } from '../domain-errors.js';
import type { GeoData } from '../geo/geo-data.js';
import { completeLocations } from '../import/complete-location.js';
import { unknownPlaces } from '../import/unknown-places.js';
import { guardedDb } from '../database/database-errors.js';
import type { OfferStore, StoredOffer } from '../database/offer-store.js';
import type { DatabaseSchema } from '../database/schema.js';
import { stableJson } from '../offers/stable-json.js';
import { ApiError } from '../http/api-error.js';
import { outsideScope } from '../accounts/authenticate.js';
import { mayKeep, type Principal } from '../accounts/principal.js';

export const offerNotFound = () => new NotFoundError({ nl: 'Dit aanbod bestaat niet (meer).', en: 'This offer does not exist (any more).' });

/**
 * Checks an offer the way an import does (the offer schema, the postcode filled in to a place and
 * gemeente, postcodes and gemeenten that exist): the one gate every way in passes.
 */
export function validOffer(geo: GeoData, input: unknown, labels: FieldLabels = OFFER_FIELD_LABELS): Offer {
  const parsed = Offer.safeParse(completeLocations(geo, input), { reportInput: true });
  if (!parsed.success) throw new InvalidInputError(zodFieldErrors(parsed.error, labels));
  const places = unknownPlaces(geo, parsed.data);
  if (places.length) throw new InvalidInputError(places as FieldError[]);
  return parsed.data;
}

/** The stored offer, locked for this transaction; 404 when absent, 403 when outside the person's scope. */
export async function keepableStoredOffer(store: OfferStore, trx: Transaction<DatabaseSchema>, who: Principal, id: string): Promise<StoredOffer> {
  const stored = (await store.loadForUpdate(trx, [id])).get(id);
  if (!stored) throw offerNotFound();
  if (!mayKeep(who, stored.offer)) throw outsideScope();
  return stored;
}

export async function adminOffer(trx: Transaction<DatabaseSchema>, id: string): Promise<AdminOffer> {
  const row = await guardedDb(() => trx.selectFrom('offers').select(['data', 'version', 'publication', 'updated_at']).where('id', '=', id).executeTakeFirst());
  if (!row) throw offerNotFound();
  return { offer: row.data, version: row.version, publication: row.publication, updatedAt: row.updated_at.toISOString() };
}

/**
 * Writes a new version of an offer a person keeps: it must stay theirs (a coordinator cannot move
 * an offer out of their gemeenten), and they must have edited the newest version (else 409, so
 * two coordinators never overwrite each other unseen). An unchanged offer is not written again.
 */
export async function saveOfferVersion(
  store: OfferStore,
  trx: Transaction<DatabaseSchema>,
  who: Principal,
  stored: StoredOffer,
  offer: Offer,
  options: { editedVersion?: number; action: 'update' | 'restore'; reason: string },
): Promise<void> {
  if (offer.id !== stored.offer.id) {
    throw new InvalidInputError([{ field: 'id', code: 'id_changed', message: { nl: 'Het id van een aanbod kan niet veranderen.', en: 'The id of an offer cannot change.' } }]);
  }
  if (!mayKeep(who, offer)) {
    throw new ApiError(403, 'forbidden', {
      nl: 'Zo komt dit aanbod buiten uw gemeenten (of bij een andere organisatie). Dat mag u niet opslaan.',
      en: 'This would move the offer outside your gemeenten (or to another organisation). You may not save it.',
    });
  }
  if (options.editedVersion !== undefined && options.editedVersion !== stored.version) {
    throw new ApiError(409, 'conflict', {
      nl: 'Iemand anders heeft dit aanbod net opgeslagen. Laad het opnieuw en doe uw wijziging nog een keer.',
      en: 'Someone else saved this offer meanwhile. Reload it and make your change again.',
    });
  }
  if (stableJson(offer) === stableJson(stored.offer)) return;
  await store.write(trx, [{ offer, before: stored, action: options.action }], { by: who.actor, reason: options.reason });
}

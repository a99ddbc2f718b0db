import { TARGET_GROUPS, THEME_KEYWORDS, themeBySlug, type ListOffer, type Offer, type OfferLocation } from '@sek/contract';
import { addDays, dutchDayStart } from '../schedule/dutch-time.js';
import { sessionFields, type SessionFields } from './session-tokens.js';

/**
 * The search unit: one document per offer at a location (HSDS `service_at_location`), or one
 * document for an online-only offer. Counts and facets therefore mean "places you can go".
 * It carries the offer without its other locations, so its size does not grow with them.
 */
export interface OfferLocationDocument extends SessionFields {
  /** `<offerId>__<locationId>`, or `<offerId>__online` */
  id: string;
  offerId: string;
  source: string;
  title: string;
  summary: string;
  description: string;
  providerName: string;
  themeWords: string[];
  place: string;
  themes: string[];
  kind: string;
  targetGroups: string[];
  /** The groups this offer suits: its target groups, or every group when it is for everyone (or names none). */
  forGroups: string[];
  free: boolean;
  dayParts: string[];
  weekdays: string[];
  languages: string[];
  accessibility: string[];
  /** Also available online or by phone. */
  online: boolean;
  hasLocation: boolean;
  gemeenteCode: string | null;
  /** For online-only documents: served everywhere, or in these gemeenten. */
  serviceNational: boolean;
  serviceGemeenten: string[];
  status: Offer['status'];
  kaart: Offer['kaart'];
  /** Unix seconds after which the offer is expired (validUntil or schedule end); far future when open-ended. */
  expiresAt: number;
  /** The day it was last checked as YYYYMMDD, to list the most recently checked first. */
  verifiedOn: number;
  /** 0 when open, 1 when temporarily closed: without a place, open offers come first. */
  openRank: number;
  locationId: string | null;
  /** How many locations the offer has in total. */
  locationCount: number;
  _geo?: { lat: number; lng: number };
  /** What the result list shows of the offer (the whole offer is in the offers index). Not searchable. */
  offer: ListOffer;
  /** The location this document is about; null for an online-only offer. */
  location: OfferLocation | null;
}

/** What a search hit carries of its offer: the list's fields only, so search answers stay small. */
export function toListOffer({ id, title, summary, themes, kind, targetGroups, schedule, status, alert, provider, cost }: Offer): ListOffer {
  return { id, title, summary, themes, kind, targetGroups, schedule, status, ...(alert ? { alert } : {}), provider: { name: provider.name }, cost: { free: cost.free } };
}

/**
 * One document per offer: the whole offer, for `GET /v1/offers/:id`, the export and comparing an
 * import with what is stored. Only the fields that select offers are filterable.
 */
export interface OfferRecordDocument {
  id: string;
  source: string;
  status: Offer['status'];
  expiresAt: number;
  hasLocation: boolean;
  /** The gemeenten of every location. */
  gemeenteCodes: string[];
  serviceNational: boolean;
  serviceGemeenten: string[];
  offer: Offer;
}

/** Open-ended offers expire in the year 9999; Meilisearch filters on numbers, not on missing fields. */
export const NEVER_EXPIRES = 253402300799;

/** The first second after the last valid day (dates are inclusive, in Dutch time). */
export function expiresAt(offer: Offer): number {
  const dates = [offer.validUntil, offer.schedule.endDate].filter((d): d is string => Boolean(d)).sort();
  const last = dates[0];
  if (!last) return NEVER_EXPIRES;
  return dutchDayStart(addDays(last, 1));
}

function serviceArea(offer: Offer): { serviceNational: boolean; serviceGemeenten: string[] } {
  if (offer.locations.length > 0) return { serviceNational: false, serviceGemeenten: [] };
  const area = offer.serviceArea ?? { national: true as const };
  return { serviceNational: 'national' in area, serviceGemeenten: 'gemeenten' in area ? area.gemeenten : [] };
}

export function toOfferRecordDocument(offer: Offer): OfferRecordDocument {
  return {
    id: offer.id,
    source: offer.source,
    status: offer.status,
    expiresAt: expiresAt(offer),
    hasLocation: offer.locations.length > 0,
    gemeenteCodes: [...new Set(offer.locations.map((location) => location.address.gemeenteCode))],
    ...serviceArea(offer),
    offer,
  };
}

/** "Suitable for me": an offer for everyone, or for no group in particular, suits every group. */
export function suitedGroups(offer: Pick<Offer, 'targetGroups'>): string[] {
  return offer.targetGroups.length === 0 || offer.targetGroups.includes('iedereen') ? [...TARGET_GROUPS] : [...offer.targetGroups];
}

/** The ids of an offer's search documents, without building them. */
export function locationDocumentIds(offer: Offer): string[] {
  return offer.locations.length === 0 ? [`${offer.id}__online`] : offer.locations.map((location) => `${offer.id}__${location.id}`);
}

/**
 * Splits an offer into its search documents.
 * @example toOfferLocationDocuments(offerWithTwoLocations).length === 2
 */
export function toOfferLocationDocuments(offer: Offer): OfferLocationDocument[] {
  const { locations } = offer;
  const base = {
    offerId: offer.id,
    source: offer.source,
    title: offer.title,
    summary: offer.summary,
    description: offer.description ?? '',
    providerName: offer.provider.name,
    themeWords: offer.themes.flatMap((slug) => {
      const theme = themeBySlug.get(slug);
      return theme ? [theme.label.nl, ...THEME_KEYWORDS[slug]] : [];
    }),
    themes: offer.themes,
    kind: offer.kind,
    targetGroups: offer.targetGroups,
    forGroups: suitedGroups(offer),
    free: offer.cost.free,
    dayParts: offer.schedule.dayParts,
    weekdays: offer.schedule.weekdays,
    ...sessionFields(offer.schedule),
    languages: offer.languages,
    accessibility: offer.accessibility,
    online: offer.online,
    status: offer.status,
    kaart: offer.kaart,
    expiresAt: expiresAt(offer),
    verifiedOn: offer.lastVerified ? Number(offer.lastVerified.replace(/-/g, '')) : 0,
    openRank: offer.status === 'active' ? 0 : 1,
    locationCount: locations.length,
    offer: toListOffer(offer),
  };
  if (locations.length === 0) {
    return [{ ...base, id: `${offer.id}__online`, place: '', hasLocation: false, gemeenteCode: null, ...serviceArea(offer), locationId: null, location: null }];
  }
  return locations.map((location) => ({
    ...base,
    id: `${offer.id}__${location.id}`,
    place: location.address.place,
    hasLocation: true,
    gemeenteCode: location.address.gemeenteCode,
    ...serviceArea(offer),
    locationId: location.id,
    location,
    _geo: { lat: location.lat, lng: location.lng },
  }));
}

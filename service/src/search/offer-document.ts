import type { Offer, OfferLocation } from '../offers/offer.js';
import { themeBySlug } from '../themes/themes.js';

/**
 * The search unit: one Meilisearch document per offer at a location (HSDS `service_at_location`),
 * or one document for an online-only offer. Counts and facets therefore mean "places you can go".
 */
export interface OfferDocument {
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
  locationId: string | null;
  /** How many locations the offer has in total. */
  locationCount: number;
  _geo?: { lat: number; lng: number };
  /** The whole validated offer, returned with every hit. Not searchable. */
  offer: Offer;
}

/** Open-ended offers expire in the year 9999; Meilisearch filters on numbers, not on missing fields. */
export const NEVER_EXPIRES = 253402300799;

/** The first second after the last valid day (dates are inclusive, taken as UTC days). */
export function expiresAt(offer: Offer): number {
  const dates = [offer.validUntil, offer.schedule.endDate].filter((d): d is string => Boolean(d)).sort();
  const last = dates[0];
  if (!last) return NEVER_EXPIRES;
  return Date.parse(`${last}T00:00:00Z`) / 1000 + 86_400;
}

/**
 * Splits an offer into its search documents.
 * @example toOfferDocuments(offerWithTwoLocations).length === 2
 */
export function toOfferDocuments(offer: Offer): OfferDocument[] {
  const base = {
    offerId: offer.id,
    source: offer.source,
    title: offer.title,
    summary: offer.summary,
    description: offer.description ?? '',
    providerName: offer.provider.name,
    themeWords: offer.themes.flatMap((slug) => {
      const theme = themeBySlug.get(slug);
      return theme ? [theme.label.nl, ...theme.keywords] : [];
    }),
    themes: offer.themes,
    kind: offer.kind,
    targetGroups: offer.targetGroups,
    free: offer.cost.free,
    dayParts: offer.schedule.dayParts,
    weekdays: offer.schedule.weekdays,
    languages: offer.languages,
    accessibility: offer.accessibility,
    online: offer.online,
    status: offer.status,
    kaart: offer.kaart,
    expiresAt: expiresAt(offer),
    locationCount: offer.locations.length,
    offer,
  };
  if (offer.locations.length === 0) {
    const area = offer.serviceArea ?? { national: true as const };
    return [{
      ...base,
      id: `${offer.id}__online`,
      place: '',
      hasLocation: false,
      gemeenteCode: null,
      serviceNational: 'national' in area,
      serviceGemeenten: 'gemeenten' in area ? area.gemeenten : [],
      locationId: null,
    }];
  }
  return offer.locations.map((location: OfferLocation) => ({
    ...base,
    id: `${offer.id}__${location.id}`,
    place: location.address.place,
    hasLocation: true,
    gemeenteCode: location.address.gemeenteCode,
    serviceNational: false,
    serviceGemeenten: [],
    locationId: location.id,
    _geo: { lat: location.lat, lng: location.lng },
  }));
}

import { z } from 'zod';
import { ListOffer, OfferLocation } from './offer.js';
import { IsoDate, UpcomingSession } from './schedule.js';
import { CENTER_KINDS, LIST_ORDERS } from './vocabulary.js';

/** A piece of highlighted text; `match` marks the words that matched the query. Safe to render as text. */
export const HighlightSegment = z.object({ text: z.string(), match: z.boolean() });
export type HighlightSegment = z.infer<typeof HighlightSegment>;

export const SearchHit = z.object({
  /** The search document: `<offerId>__<locationId>` */
  id: z.string(),
  /** What the list shows of the offer; `GET /v1/offers/:id` has the whole offer with all its locations. */
  offer: ListOffer,
  /** The location this hit is at; null for an online-only offer. */
  location: OfferLocation.nullable(),
  /** Straight-line distance from the search centre in metres; null without a centre or location. */
  distanceMeters: z.number().nullable(),
  /** How many other locations the same offer has ("ook op 2 andere plekken"). */
  otherLocations: z.number().int(),
  /** The title and summary split into segments with the matched words marked; empty when nothing in it matched. */
  highlight: z.object({ title: z.array(HighlightSegment), summary: z.array(HighlightSegment) }),
  /** The next session (Dutch time), not yet ended; empty without fixed times or when none is planned. */
  upcoming: z.array(UpcomingSession).max(1),
});
export type SearchHit = z.infer<typeof SearchHit>;

const Counts = z.record(z.string(), z.number().int());

/**
 * Per filter group, per value: how many results (places plus online offers, as in "N plekken, en M
 * online") choosing that value gives, with every other group's choice kept and this group's own
 * choice left out. Target groups count offers for everyone too.
 */
export const SearchFacets = z.object({
  themes: Counts,
  free: Counts,
  dayParts: Counts,
  weekdays: Counts,
  targetGroups: Counts,
  kinds: Counts,
  /** `location`: hits you can go to; `online`: online-only hits. */
  online: Counts,
});
export type SearchFacets = z.infer<typeof SearchFacets>;

export const SearchCenter = z.object({
  lat: z.number(),
  lng: z.number(),
  label: z.string(),
  kind: z.enum(CENTER_KINDS),
  gemeenteCodes: z.array(z.string()),
});
export type SearchCenter = z.infer<typeof SearchCenter>;

export const SearchResponse = z.object({
  /** Today in the Netherlands (Europe/Amsterdam): what "vandaag" and the next sessions are counted from. */
  today: IsoDate,
  center: SearchCenter.nullable(),
  /** The radius applied, or null when the search was not limited by distance. */
  radiusKm: z.number().nullable(),
  /** How the list is ordered: best match first (search words given, distance breaks ties), nearest first, or most recently checked first (no place, no words). */
  order: z.enum(LIST_ORDERS),
  /** Hits with a location, over all pages. */
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  totalPages: z.number().int(),
  results: z.array(SearchHit),
  /** Online-only offers that serve the user's area; listed apart, first page only. */
  online: z.object({ total: z.number().int(), results: z.array(SearchHit) }),
  facets: SearchFacets,
});
export type SearchResponse = z.infer<typeof SearchResponse>;

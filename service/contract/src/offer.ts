import { z } from 'zod';
import { emptySchedule, IsoDate, Schedule, UpcomingSession } from './schedule.js';
import { ThemeSlug } from './theme-schema.js';
import {
  ACCESSIBILITY_FEATURES, KAART_TYPES, OFFER_KINDS, OFFER_STATUSES, TARGET_GROUPS,
} from './vocabulary.js';

/**
 * The offer model: the single definition of an offer (Open Referral HSDS 3.0 `service`), its
 * provider (`organization`) and its locations (`location` + `address`).
 * Import, search documents, the API and the widget's types all derive from these schemas.
 */

/** Bounds of the Netherlands with a margin for border locations; Meilisearch itself accepts lat 100. */
export const NL_BOUNDS = { minLat: 50.6, maxLat: 53.7, minLng: 3.2, maxLng: 7.3 } as const;

/** Stored precision of coordinates: 6 decimals (about 0.1 m), so `51.830799999999996` and `51.8308` are one place. */
const COORDINATE_DECIMALS = 1e6;
const toStoredPrecision = (value: number) => Math.round(value * COORDINATE_DECIMALS) / COORDINATE_DECIMALS;

export const Latitude = z
  .number({ error: 'number' })
  .min(NL_BOUNDS.minLat, 'latitude_nl')
  .max(NL_BOUNDS.maxLat, 'latitude_nl')
  .transform(toStoredPrecision);
export const Longitude = z
  .number({ error: 'number' })
  .min(NL_BOUNDS.minLng, 'longitude_nl')
  .max(NL_BOUNDS.maxLng, 'longitude_nl')
  .transform(toStoredPrecision);

/** Dutch postcode: `4201`, or PC6 `4201 AB` / `4201ab`, normalised to `4201 AB`. No leading zero. */
export const Postcode = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{3}(\s?[a-zA-Z]{2})?$/, 'postcode')
  .refine((value) => !/^\d{4}\s?(SA|SD|SS)$/i.test(value), 'postcode_letters')
  .transform((value) => {
    const digits = value.slice(0, 4);
    const letters = value.slice(4).trim().toUpperCase();
    return letters ? `${digits} ${letters}` : digits;
  });

export const GemeenteCode = z.string().regex(/^GM\d{4}$/, 'gemeente_code');


/** Ids appear in URLs and in Meilisearch document ids: keep them to a safe alphabet. */
export const OfferId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'id');

/** Dutch phone number: 10 digits starting with 0, or +31…, spaces and dashes allowed; also 0800/0900 numbers. */
export const PhoneNumber = z
  .string()
  .trim()
  .refine((value) => {
    const digits = value.replace(/[\s()-]/g, '');
    return /^0\d{9}$/.test(digits) || /^\+31\d{9}$/.test(digits) || /^0[89]00\d{4,7}$/.test(digits) || /^14\d{3,4}$/.test(digits);
  }, 'phone');

const WebUrl = z.url({ protocol: /^https?$/, error: 'web_address' });

export const Provider = z.object({
  id: OfferId,
  name: z.string().trim().min(2).max(120),
  website: WebUrl.optional(),
});
export type Provider = z.infer<typeof Provider>;

export const Address = z.object({
  street: z.string().trim().min(2).max(120),
  postcode: Postcode,
  place: z.string().trim().min(2).max(80),
  gemeenteCode: GemeenteCode,
});
export type Address = z.infer<typeof Address>;

export const OfferLocation = z.object({
  id: OfferId,
  name: z.string().trim().min(2).max(120).optional(),
  address: Address,
  lat: Latitude,
  lng: Longitude,
});
export type OfferLocation = z.infer<typeof OfferLocation>;

/** Where an online or phone offer can be used: everywhere, or in listed gemeenten. */
export const ServiceArea = z.union([
  z.object({ national: z.literal(true) }),
  z.object({ gemeenten: z.array(GemeenteCode).min(1).max(400) }),
]);
export type ServiceArea = z.infer<typeof ServiceArea>;

export const Cost = z
  .object({
    free: z.boolean(),
    amountEur: z.number({ error: 'number' }).min(0).max(10_000).optional(),
    description: z.string().trim().max(200).optional(),
  })
  .refine((cost) => !(cost.free && cost.amountEur && cost.amountEur > 0), {
    message: 'free_with_amount',
    path: ['amountEur'],
  });
export type Cost = z.infer<typeof Cost>;

export const Contact = z.object({
  phone: PhoneNumber.optional(),
  email: z.email('email').optional(),
  url: WebUrl.optional(),
});
export type Contact = z.infer<typeof Contact>;

/** The fields of an offer, before the checks that involve several fields. */
export const OfferFields = z.object({
  id: OfferId,
  /** Which import feed this offer came from; `--replace` only touches offers of the same source. */
  source: OfferId.default('handmatig'),
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(300),
  description: z.string().trim().max(5000).optional(),
  provider: Provider,
  themes: z.array(ThemeSlug).min(1).max(11),
  kind: z.enum(OFFER_KINDS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).default([]),
  cost: Cost,
  schedule: Schedule.default(emptySchedule),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'language_code')).max(20).default(['nl']),
  accessibility: z.array(z.enum(ACCESSIBILITY_FEATURES)).max(ACCESSIBILITY_FEATURES.length).default([]),
  bring: z.array(z.string().trim().min(2).max(80)).max(10).default([]),
  contact: Contact.default({}),
  locations: z.array(OfferLocation).max(100).default([]),
  /** Also (or only) available online or by phone. */
  online: z.boolean().default(false),
  serviceArea: ServiceArea.optional(),
  status: z.enum(OFFER_STATUSES).default('active'),
  /** Shown to residents when the offer is temporarily closed. */
  alert: z.string().trim().max(300).optional(),
  kaart: z.enum(KAART_TYPES).default('sociaal-educatief'),
  /** The last check of the offer; absent: not checked yet (an imported HSDS record without `assured_date`). */
  lastVerified: IsoDate.optional(),
  validUntil: IsoDate.optional(),
});

export const Offer = OfferFields.superRefine((offer, ctx) => {
  if (offer.locations.length === 0 && !offer.online) {
    ctx.addIssue({ code: 'custom', path: ['locations'], message: 'location_or_online' });
  }
  if (offer.locations.length === 0 && offer.online && !offer.serviceArea) {
    ctx.addIssue({ code: 'custom', path: ['serviceArea'], message: 'online_needs_area' });
  }
  const ids = new Set<string>();
  offer.locations.forEach((location, index) => {
    if (ids.has(location.id)) ctx.addIssue({ code: 'custom', path: ['locations', index, 'id'], message: 'location_ids_unique' });
    ids.add(location.id);
  });
  if (offer.status === 'temporarily-closed' && !offer.alert) {
    ctx.addIssue({ code: 'custom', path: ['alert'], message: 'closed_needs_alert' });
  }
});

/** An offer as stored and returned (defaults applied). */
export type Offer = z.infer<typeof Offer>;
/** An offer as a provider may submit it (defaults optional). */
export type OfferInput = z.input<typeof Offer>;

/** An offer without its list of locations: what one search hit carries besides its own location. */
export const OfferSummary = OfferFields.omit({ locations: true });
export type OfferSummary = z.infer<typeof OfferSummary>;

/**
 * What a search hit carries of its offer: what the result list and the map show (title, summary,
 * provider, when, free, themes, closed). The detail, the print and the referral letter fetch the
 * whole offer from `GET /v1/offers/:id`, which is cacheable; a search answer stays small.
 */
export const ListOffer = OfferFields.pick({ id: true, title: true, summary: true, themes: true, kind: true, targetGroups: true, schedule: true, status: true, alert: true }).extend({
  provider: Provider.pick({ name: true }),
  cost: z.object({ free: z.boolean() }),
});
export type ListOffer = z.infer<typeof ListOffer>;

/**
 * `GET /v1/offers/:id`: the offer with all its locations, and when residents can go next (the next
 * sessions in Dutch time, counted from `today`).
 */
export const OfferDetail = OfferFields.extend({
  today: IsoDate,
  upcoming: z.array(UpcomingSession).max(3),
});
export type OfferDetail = z.infer<typeof OfferDetail>;

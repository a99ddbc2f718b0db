import type { Offer, OfferLocation } from '@sek/contract';
import { hsdsId } from './hsds-ids.js';
import { offerSchedulesToHsds, type Json } from './hsds-schedules.js';
import { SEK_FIELDS, SEK_TAXONOMIES, sekTerm, type SekTaxonomy } from './hsds-taxonomy.js';

/**
 * An SEK offer as Open Referral HSDS 3.0, valid against the official compiled schemas: every id a
 * deterministic UUIDv5 (`hsdsId`), SEK's own ids kept beside them (the `sek-id` attribute, the
 * location's `external_identifier`, an organization identifier), SEK's facets as attributes whose
 * complete taxonomy terms are published at `/hsds/taxonomy_terms`.
 */

const STATUS_TO_HSDS = { active: 'active', 'temporarily-closed': 'temporarily closed', inactive: 'inactive' } as const;

/** The identifier type under which SEK's own provider id travels. */
export const SEK_PROVIDER_ID_TYPE = 'sek-provider-id';
/** The `external_identifier_type` of SEK's own location id. */
export const SEK_LOCATION_ID_TYPE = 'sek-location-id';

export interface HsdsMeta {
  /** When the offer last changed (ISO date-time), as `last_modified`. */
  lastModified?: string;
}

export const hsdsServiceId = (offer: Pick<Offer, 'id'>): string => hsdsId('service', offer.id);
export const hsdsOrganizationId = (providerId: string): string => hsdsId('organization', providerId);
export const hsdsServiceAtLocationId = (offerId: string, locationId: string): string => hsdsId('service_at_location', offerId, locationId);

function attributes(offer: Offer, serviceId: string): Json[] {
  const entries: [SekTaxonomy, string, string?][] = [
    [SEK_TAXONOMIES.field, SEK_FIELDS.id, offer.id],
    ...offer.themes.map((code): [SekTaxonomy, string] => [SEK_TAXONOMIES.theme, code]),
    [SEK_TAXONOMIES.kind, offer.kind],
    ...offer.targetGroups.map((code): [SekTaxonomy, string] => [SEK_TAXONOMIES.targetGroup, code]),
    ...offer.schedule.dayParts.map((code): [SekTaxonomy, string] => [SEK_TAXONOMIES.dayPart, code]),
    ...offer.accessibility.map((code): [SekTaxonomy, string] => [SEK_TAXONOMIES.accessibility, code]),
    [SEK_TAXONOMIES.kaart, offer.kaart],
    [SEK_TAXONOMIES.field, SEK_FIELDS.summary, offer.summary],
    [SEK_TAXONOMIES.field, SEK_FIELDS.online, String(offer.online)],
    [SEK_TAXONOMIES.field, SEK_FIELDS.source, offer.source],
    ...(offer.validUntil ? [[SEK_TAXONOMIES.field, SEK_FIELDS.validUntil, offer.validUntil] as [SekTaxonomy, string, string]] : []),
    ...offer.schedule.closed.map((p): [SekTaxonomy, string, string] => [SEK_TAXONOMIES.field, SEK_FIELDS.closed, `${p.from}/${p.to}${p.reason ? ` ${p.reason}` : ''}`]),
    ...(offer.schedule.registrationRequired === undefined ? [] : [[SEK_TAXONOMIES.field, SEK_FIELDS.registrationRequired, String(offer.schedule.registrationRequired)] as [SekTaxonomy, string, string]]),
    ...(offer.schedule.joinAnytime === undefined ? [] : [[SEK_TAXONOMIES.field, SEK_FIELDS.joinAnytime, String(offer.schedule.joinAnytime)] as [SekTaxonomy, string, string]]),
  ];
  return entries.map(([taxonomy, code, value], i) => {
    const term = sekTerm(taxonomy, code);
    return {
      id: hsdsId('attribute', offer.id, i),
      link_id: serviceId,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
      ...(value === undefined ? {} : { value }),
    };
  });
}

/** The organization as HSDS (without its services). */
export function providerToHsdsOrganization(provider: Offer['provider']): Json {
  const id = hsdsOrganizationId(provider.id);
  return {
    id,
    name: provider.name,
    description: provider.name,
    website: provider.website,
    organization_identifiers: [{ id: hsdsId('organization_identifier', provider.id), organization_id: id, identifier_type: SEK_PROVIDER_ID_TYPE, identifier: provider.id }],
  };
}

/** A location of an offer as an HSDS location with its address. */
export function locationToHsds(offer: Offer, location: OfferLocation): Json {
  const id = hsdsId('location', offer.id, location.id);
  return {
    id,
    location_type: 'physical',
    name: location.name ?? offer.title,
    latitude: location.lat,
    longitude: location.lng,
    external_identifier: location.id,
    external_identifier_type: SEK_LOCATION_ID_TYPE,
    addresses: [{
      id: hsdsId('address', offer.id, location.id),
      location_id: id,
      address_1: location.address.street,
      city: location.address.place,
      region: location.address.gemeenteCode,
      state_province: '',
      postal_code: location.address.postcode,
      country: 'NL',
      address_type: 'physical',
    }],
  };
}

/** The one-to-one fields of a service (what a list page carries), with its organization. */
export function offerToHsdsServiceSummary(offer: Offer, meta: HsdsMeta = {}): Json {
  return {
    id: hsdsServiceId(offer),
    organization_id: hsdsOrganizationId(offer.provider.id),
    name: offer.title,
    description: offer.description ?? offer.summary,
    url: offer.contact.url,
    email: offer.contact.email,
    status: STATUS_TO_HSDS[offer.status],
    alert: offer.alert,
    fees_description: offer.cost.description,
    assured_date: offer.lastVerified,
    last_modified: meta.lastModified,
  };
}

/** An offer as a fully nested HSDS 3.0 `service`. */
export function offerToHsdsService(offer: Offer, meta: HsdsMeta = {}): Json {
  const id = hsdsServiceId(offer);
  return {
    ...offerToHsdsServiceSummary(offer, meta),
    organization: providerToHsdsOrganization(offer.provider),
    phones: offer.contact.phone ? [{ id: hsdsId('phone', offer.id), service_id: id, number: offer.contact.phone }] : [],
    schedules: offerSchedulesToHsds(offer, id),
    cost_options: [{
      id: hsdsId('cost_option', offer.id),
      service_id: id,
      amount: offer.cost.free ? 0 : offer.cost.amountEur,
      currency: 'EUR',
      option: offer.cost.free ? 'Gratis' : 'Betaald',
    }],
    languages: offer.languages.map((code) => ({ id: hsdsId('language', offer.id, code), service_id: id, code })),
    required_documents: offer.bring.map((document, i) => ({ id: hsdsId('required_document', offer.id, i), service_id: id, document })),
    service_areas: !offer.serviceArea
      ? []
      : 'national' in offer.serviceArea
        ? [{ id: hsdsId('service_area', offer.id, 'NL'), service_id: id, name: 'Nederland', extent_type: 'country', uri: 'NL' }]
        : offer.serviceArea.gemeenten.map((code) => ({ id: hsdsId('service_area', offer.id, code), service_id: id, name: code, extent_type: 'gemeente', uri: code })),
    service_at_locations: offer.locations.map((location) => ({
      id: hsdsServiceAtLocationId(offer.id, location.id),
      service_id: id,
      location_id: hsdsId('location', offer.id, location.id),
      location: locationToHsds(offer, location),
    })),
    attributes: attributes(offer, id),
  };
}

/** One place of an offer as an HSDS `service_at_location`, with its location and the service. */
export function offerToHsdsServiceAtLocation(offer: Offer, location: OfferLocation, meta: HsdsMeta = {}): Json {
  return {
    id: hsdsServiceAtLocationId(offer.id, location.id),
    service_id: hsdsServiceId(offer),
    location_id: hsdsId('location', offer.id, location.id),
    location: locationToHsds(offer, location),
    service: offerToHsdsServiceSummary(offer, meta),
  };
}

import type { Derivation } from '@sek/contract';
import type { Classifier } from './hsds-classification.js';
import { RRULE_TO_WEEKDAY, asArray, asObject, sessionsFromHsds, str, type Json } from './hsds-schedules.js';
import { SEK_FIELDS, SEK_TAXONOMIES, sekTermById } from './hsds-taxonomy.js';
import { SEK_LOCATION_ID_TYPE, SEK_PROVIDER_ID_TYPE } from './offer-to-hsds.js';

/** One HSDS service read as an (unvalidated) SEK offer, with what SEK derived for it. */
export interface HsdsRecord {
  value: Record<string, unknown>;
  /** Set when the service is outside the Netherlands: the country or place it names. */
  outsideNl?: string;
  derived: Derivation[];
}

interface Attribute { taxonomy?: string; code?: string; name?: string; value?: string }

/** Older SEK exports named each field its own vocabulary (`sek-summary`, `sek-online`, …). */
const LEGACY_FIELD_VOCABULARY: Record<string, string> = {
  'sek-summary': SEK_FIELDS.summary, 'sek-valid-until': SEK_FIELDS.validUntil, 'sek-online': SEK_FIELDS.online, 'sek-source': SEK_FIELDS.source,
  'sek-closed': SEK_FIELDS.closed, 'sek-registration-required': SEK_FIELDS.registrationRequired, 'sek-join-anytime': SEK_FIELDS.joinAnytime,
};

function readAttribute(raw: Json, terms: ReadonlyMap<string, Json>): Attribute {
  const termId = str(raw.taxonomy_term_id);
  const term = { ...(termId ? terms.get(termId) ?? sekTermById(termId) : undefined), ...asObject(raw.taxonomy_term) } as Json;
  const [legacyVocabulary, legacyCode] = termId?.includes(':') ? termId.split(':') : [];
  const taxonomy = str(term.taxonomy) ?? str(term.vocabulary) ?? legacyVocabulary;
  const value = str(raw.value);
  const legacyField = taxonomy ? LEGACY_FIELD_VOCABULARY[taxonomy] : undefined;
  if (legacyField) return { taxonomy: SEK_TAXONOMIES.field, code: legacyField, value: value ?? str(term.code) ?? legacyCode };
  return { taxonomy, code: str(term.code) ?? legacyCode, name: str(term.name) ?? str(term.term), value };
}

/** A number from JSON or a CSV cell; an empty cell is no number. */
const numberOf = (value: unknown): number | undefined => (str(value) === undefined ? undefined : Number(value));

const NL = new Set(['nl', 'nld', 'nederland', 'the netherlands', 'netherlands', 'holland']);
/** Roughly the Netherlands with its coast and islands: a location outside it cannot be an SEK place. */
const inNlBox = (lat: number, lng: number) => lat >= 50.6 && lat <= 53.7 && lng >= 3.2 && lng <= 7.3;

function outsideNetherlands(service: Json, locations: Json[]): string | undefined {
  for (const location of locations) {
    for (const address of asArray(location.addresses)) {
      const country = str(address.country);
      if (country && !NL.has(country.toLowerCase())) return country;
    }
    const lat = numberOf(location.latitude);
    const lng = numberOf(location.longitude);
    if (lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng) && !inNlBox(lat, lng)) {
      return `${lat}, ${lng}`;
    }
  }
  const area = asArray(service.service_areas).map((a) => str(a.uri) ?? str(a.name)).find((uri) => uri && /^[A-Z]{2}$/.test(uri) && uri !== 'NL');
  return area;
}

/** Text of at most `max` characters, cut after a whole word with "…". */
function shorten(text: string | undefined, max: number): string | undefined {
  if (!text || text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** The Netherlands, or the gemeenten (CBS codes) named in HSDS service areas; other areas (GeoJSON, free text) say nothing SEK can use. */
function serviceAreaOf(areas: Json[]): Record<string, unknown> | undefined {
  if (areas.some((a) => str(a.uri) === 'NL' || (str(a.extent_type) === 'country' && !str(a.uri)?.match(/^[A-Z]{2}$/)))) return { national: true };
  const gemeenten = areas.flatMap((a) => [str(a.uri), str(a.name)]).filter((code): code is string => !!code && /^GM\d{4}$/.test(code));
  return gemeenten.length ? { gemeenten: [...new Set(gemeenten)] } : undefined;
}

const LANGUAGE_NAMES: Record<string, string> = { dutch: 'nl', nederlands: 'nl', english: 'en', engels: 'en', nld: 'nl', dut: 'nl', eng: 'en' };

/** Language codes SEK can show (ISO 639-1 or -3); names such as "Dutch" are mapped, anything else left out. */
function languagesOf(languages: Json[]): string[] | undefined {
  const codes = languages.map((l) => (str(l.code) ?? str(l.name))?.toLowerCase()).filter((c): c is string => !!c)
    .map((c) => LANGUAGE_NAMES[c] ?? c).filter((c) => /^[a-z]{2,3}$/.test(c));
  return codes.length ? [...new Set(codes)] : undefined;
}

const bool = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

/**
 * A nested HSDS 3.0 `service` as an SEK offer record. SEK's facets come from its `sek-*` attributes
 * when the record has them (an SEK export); otherwise themes, kind and target groups are derived
 * with the classifier and reported. A missing `assured_date` leaves the offer "not checked yet".
 * `terms` are taxonomy terms given beside the services (tabular files), by id.
 */
export function hsdsServiceToOffer(service: Json, classifier: Classifier, terms: ReadonlyMap<string, Json> = new Map()): HsdsRecord {
  const attributes = asArray(service.attributes).map((a) => readAttribute(a, terms));
  const sek = (taxonomy: string) => attributes.filter((a) => a.taxonomy === taxonomy && a.code).map((a) => a.code!);
  const field = (code: string) => attributes.filter((a) => a.taxonomy === SEK_TAXONOMIES.field && a.code === code).map((a) => a.value ?? '');
  const organization = asObject(service.organization);
  const schedules = asArray(service.schedules);
  const schedule = schedules[0] ?? {};
  const sessions = sessionsFromHsds(schedules);
  const cost = asArray(service.cost_options)[0];
  const amount = cost ? Number(cost.amount) : Number.NaN;
  const areas = asArray(service.service_areas);
  const status = str(service.status);
  const summary = field(SEK_FIELDS.summary)[0];
  const description = str(service.description);
  const online = field(SEK_FIELDS.online)[0];
  const id = field(SEK_FIELDS.id)[0] ?? str(service.id);
  const hsdsLocations = asArray(service.service_at_locations).map((sal) => {
    const location = asObject(sal.location);
    return location.id === undefined && sal.location_id !== undefined ? { ...location, id: sal.location_id } : location;
  });
  const locations = hsdsLocations.map((location, index) => {
    const address = asArray(location.addresses)[0] ?? {};
    const hsdsLocationId = str(location.id) ?? `loc-${index + 1}`;
    const sekId = str(location.external_identifier_type) === SEK_LOCATION_ID_TYPE ? str(location.external_identifier) : undefined;
    return {
      // Older SEK exports wrote `<offerId>__<locationId>`.
      id: sekId ?? (id && hsdsLocationId.startsWith(`${id}__`) ? hsdsLocationId.slice(id.length + 2) : hsdsLocationId),
      name: str(location.name),
      address: { street: str(address.address_1), postcode: str(address.postal_code), place: str(address.city), gemeenteCode: str(address.region)?.match(/^GM\d{4}$/)?.[0] },
      lat: numberOf(location.latitude),
      lng: numberOf(location.longitude),
    };
  });
  const providerIdentifier = asArray(organization.organization_identifiers).find((i) => str(i.identifier_type) === SEK_PROVIDER_ID_TYPE);
  const closed = field(SEK_FIELDS.closed).map((text) => {
    const [, from, to, reason] = /^(\S+?)\/(\S+)(?:\s+(.+))?$/.exec(text) ?? [];
    return { from, to, ...(reason && reason !== 'Gesloten' ? { reason } : {}) };
  });

  const derived: Derivation[] = [];
  let themes = sek(SEK_TAXONOMIES.theme);
  let kind = sek(SEK_TAXONOMIES.kind)[0];
  let targetGroups = sek(SEK_TAXONOMIES.targetGroup);
  if (themes.length === 0) {
    const foreignTerms = attributes.filter((a) => !a.taxonomy?.startsWith('sek-')).map(({ code, name }) => ({ code, name }));
    const texts = [str(service.name), str(service.alternate_name), description, str(service.eligibility_description), str(service.application_process)].filter((t): t is string => !!t);
    for (const derivation of classifier.classify({ terms: foreignTerms, texts })) {
      if (derivation.field === 'themes') themes = derivation.values;
      else if (derivation.field === 'kind' && !kind) kind = derivation.values[0];
      else if (derivation.field === 'targetGroups' && targetGroups.length === 0) targetGroups = derivation.values;
      else continue;
      derived.push(derivation);
    }
    if (!kind) {
      kind = locations.length === 0 ? 'online' : 'informatie';
      derived.push({ field: 'kind', values: [kind], basis: [locations.length === 0 ? 'geen adres' : 'standaard'] });
    }
  }

  const value: Record<string, unknown> = {
    id,
    source: field(SEK_FIELDS.source)[0],
    // SEK's lengths: a longer text from elsewhere is cut at a word rather than losing the record.
    title: shorten(str(service.name), 120),
    // Without SEK's summary: the description's start, else the name (every offer needs a line to show).
    summary: summary ?? shorten(description ?? str(service.eligibility_description) ?? str(service.name), 300),
    description: shorten(summary && description !== summary ? description : description && description.length > 300 ? description : undefined, 5000),
    provider: {
      id: str(providerIdentifier?.identifier) ?? str(organization.id) ?? str(service.organization_id),
      name: str(organization.name),
      website: str(organization.website) ?? str(organization.url),
    },
    themes,
    kind: kind ?? (locations.length === 0 ? 'online' : 'informatie'),
    targetGroups,
    cost: {
      free: cost ? str(cost.option) === 'Gratis' || amount === 0 : !str(service.fees_description),
      amountEur: amount > 0 ? amount : undefined,
      description: shorten(str(service.fees_description), 200),
    },
    schedule: {
      sessions,
      dayParts: sek(SEK_TAXONOMIES.dayPart),
      weekdays: sessions.length ? [] : (str(schedule.byday) ?? '').split(',').map((d) => RRULE_TO_WEEKDAY[d.trim()]).filter(Boolean),
      startDate: str(schedule.valid_from),
      endDate: str(schedule.valid_to) ?? str(schedule.until),
      closed,
      registrationRequired: bool(field(SEK_FIELDS.registrationRequired)[0]),
      joinAnytime: bool(field(SEK_FIELDS.joinAnytime)[0]),
      text: schedules.map((s) => str(s.description)).find(Boolean),
    },
    languages: languagesOf(asArray(service.languages)),
    accessibility: sek(SEK_TAXONOMIES.accessibility),
    // SEK keeps each thing to bring short (80 characters); a longer text is cut at a word.
    bring: asArray(service.required_documents).map((d) => shorten(str(d.document), 80)).filter(Boolean).slice(0, 10),
    contact: { phone: str(asArray(service.phones)[0]?.number), email: str(service.email), url: str(service.url) },
    locations,
    online: online === undefined ? locations.length === 0 : online === 'true',
    serviceArea: serviceAreaOf(areas),
    status: status === 'temporarily closed' ? 'temporarily-closed' : status === 'defunct' ? 'inactive' : status,
    alert: shorten(str(service.alert), 300),
    kaart: sek(SEK_TAXONOMIES.kaart)[0],
    lastVerified: str(service.assured_date)?.slice(0, 10),
    validUntil: field(SEK_FIELDS.validUntil)[0],
  };
  const outsideNl = outsideNetherlands(service, hsdsLocations);
  return { value, derived, ...(outsideNl ? { outsideNl } : {}) };
}

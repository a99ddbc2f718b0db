import { themeBySlug, type Offer } from '@sek/contract';

/**
 * Open Referral HSDS 3.0 ⇄ SEK offer. Standard HSDS fields carry what they can (name, description,
 * organization, status, alert, assured_date, schedules, cost_options, phones, languages,
 * required_documents, service_areas, service_at_locations with locations and addresses);
 * SEK's own facets travel as HSDS `attributes` with taxonomy terms in `sek-*` vocabularies,
 * so an export re-imported gives the same offers.
 */

/** HSDS objects are loose JSON; we read them defensively and let zod judge the result. */
type Json = Record<string, unknown>;

const SEK_VOCABULARIES = {
  theme: 'sek-theme',
  kind: 'sek-kind',
  targetGroup: 'sek-target-group',
  dayPart: 'sek-day-part',
  accessibility: 'sek-accessibility',
  kaart: 'sek-kaart',
  summary: 'sek-summary',
  validUntil: 'sek-valid-until',
  online: 'sek-online',
  source: 'sek-source',
  closed: 'sek-closed',
  registration: 'sek-registration-required',
  joinAnytime: 'sek-join-anytime',
} as const;

const STATUS_TO_HSDS = { active: 'active', 'temporarily-closed': 'temporarily closed', inactive: 'inactive' } as const;
const WEEKDAY_TO_RRULE = { ma: 'MO', di: 'TU', wo: 'WE', do: 'TH', vr: 'FR', za: 'SA', zo: 'SU' } as const;
const RRULE_TO_WEEKDAY = Object.fromEntries(Object.entries(WEEKDAY_TO_RRULE).map(([k, v]) => [v, k]));

const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Json[]) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function attribute(offerId: string, vocabulary: string, code: string, index: number, term?: string, value?: string): Json {
  return {
    id: `${offerId}-attr-${index}`,
    link_id: offerId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: `${vocabulary}:${code}`,
    taxonomy_term: { id: `${vocabulary}:${code}`, code, term: term ?? code, vocabulary },
    ...(value === undefined ? {} : { value }),
  };
}

/**
 * HSDS schedules: one per session (RFC 5545 style: `freq` + `interval`, `byday` such as `WE` or
 * `3WE`, `dtstart` fixing the weeks of "every other week"; `opens_at`/`closes_at` in Dutch local
 * time). Without fixed times, one schedule with the dates and the text.
 */
function hsdsSchedules(offer: Offer): Json[] {
  const { schedule } = offer;
  const common = { service_id: offer.id, valid_from: schedule.startDate, valid_to: schedule.endDate, until: schedule.endDate };
  if (schedule.sessions.length === 0) {
    const weekdays = schedule.weekdays.length ? schedule.weekdays.map((d) => WEEKDAY_TO_RRULE[d]).join(',') : undefined;
    if (!weekdays && !schedule.text && !schedule.startDate && !schedule.endDate) return [];
    return [{ id: `${offer.id}-schedule`, ...common, freq: weekdays ? 'WEEKLY' : undefined, byday: weekdays, description: schedule.text }];
  }
  return schedule.sessions.map((session, i) => ({
    id: `${offer.id}-schedule-${i + 1}`,
    ...common,
    freq: session.frequency === 'monthly' ? 'MONTHLY' : 'WEEKLY',
    interval: session.frequency === 'biweekly' ? 2 : 1,
    wkst: 'MO',
    dtstart: session.referenceDate,
    byday: session.weekdays.map((d) => `${session.frequency === 'monthly' ? session.weekOfMonth : ''}${WEEKDAY_TO_RRULE[d]}`).join(','),
    opens_at: session.opensAt,
    closes_at: session.closesAt,
    description: i === 0 ? schedule.text : undefined,
  }));
}

/** HSDS times (`10:00`, `10:00:00`, `10:00Z`, `13:30+01:00`) as the wall-clock time they name. */
const clockOf = (value: unknown): string | undefined => str(value)?.match(/^\d{1,2}[:.]\d{2}/)?.[0];

/**
 * SEK sessions from HSDS schedules that have days and times; a monthly `byday` such as `1SA,3SA`
 * becomes one session per week of the month. Anything SEK cannot express (`interval` 3) is passed
 * on as it is, so validation reports it instead of guessing.
 */
function sessionsFromHsds(schedules: Json[]): Record<string, unknown>[] {
  return schedules.flatMap((schedule) => {
    const byday = (str(schedule.byday) ?? '').split(',').map((d) => d.trim().toUpperCase()).filter(Boolean);
    const opensAt = clockOf(schedule.opens_at);
    const closesAt = clockOf(schedule.closes_at);
    if (byday.length === 0 || !opensAt || !closesAt) return [];
    const interval = typeof schedule.interval === 'number' ? schedule.interval : Number(str(schedule.interval) ?? 1);
    if (str(schedule.freq)?.toUpperCase() === 'MONTHLY') {
      const byWeek = new Map<string, string[]>();
      for (const part of byday) {
        const [, nth = '', day = ''] = /^([+-]?\d)?([A-Z]{2})$/.exec(part) ?? [];
        byWeek.set(nth, [...(byWeek.get(nth) ?? []), RRULE_TO_WEEKDAY[day] ?? day]);
      }
      return [...byWeek].map(([nth, weekdays]) => ({ weekdays, opensAt, closesAt, frequency: 'monthly', weekOfMonth: nth === '' ? undefined : Number(nth) }));
    }
    const weekdays = byday.map((d) => RRULE_TO_WEEKDAY[d] ?? d);
    if (interval === 2) return [{ weekdays, opensAt, closesAt, frequency: 'biweekly', referenceDate: str(schedule.dtstart) }];
    return [{ weekdays, opensAt, closesAt, frequency: interval === 1 || !Number.isFinite(interval) ? 'weekly' : `every ${interval} weeks` }];
  });
}

/** An offer as a nested HSDS 3.0 `service` object. */
export function offerToHsdsService(offer: Offer): Json {
  const attrs: [string, string, string?, string?][] = [
    ...offer.themes.map((slug): [string, string, string?] => [SEK_VOCABULARIES.theme, slug, themeBySlug.get(slug)?.label.nl]),
    [SEK_VOCABULARIES.kind, offer.kind],
    ...offer.targetGroups.map((g): [string, string] => [SEK_VOCABULARIES.targetGroup, g]),
    ...offer.schedule.dayParts.map((d): [string, string] => [SEK_VOCABULARIES.dayPart, d]),
    ...offer.accessibility.map((a): [string, string] => [SEK_VOCABULARIES.accessibility, a]),
    [SEK_VOCABULARIES.kaart, offer.kaart],
    [SEK_VOCABULARIES.summary, 'summary', undefined, offer.summary],
    [SEK_VOCABULARIES.online, offer.online ? 'true' : 'false'],
    [SEK_VOCABULARIES.source, offer.source],
    ...(offer.validUntil ? [[SEK_VOCABULARIES.validUntil, 'valid-until', undefined, offer.validUntil] as [string, string, undefined, string]] : []),
    ...offer.schedule.closed.map((p): [string, string, string, string] => [SEK_VOCABULARIES.closed, `${p.from}/${p.to}`, p.reason ?? 'Gesloten', `${p.from}/${p.to}`]),
    ...(offer.schedule.registrationRequired === undefined ? [] : [[SEK_VOCABULARIES.registration, String(offer.schedule.registrationRequired)] as [string, string]]),
    ...(offer.schedule.joinAnytime === undefined ? [] : [[SEK_VOCABULARIES.joinAnytime, String(offer.schedule.joinAnytime)] as [string, string]]),
  ];
  return {
    id: offer.id,
    organization_id: offer.provider.id,
    name: offer.title,
    description: offer.description ?? offer.summary,
    url: offer.contact.url,
    email: offer.contact.email,
    status: STATUS_TO_HSDS[offer.status],
    alert: offer.alert,
    assured_date: offer.lastVerified,
    fees_description: offer.cost.description,
    organization: { id: offer.provider.id, name: offer.provider.name, description: offer.provider.name, website: offer.provider.website },
    phones: offer.contact.phone ? [{ id: `${offer.id}-phone`, service_id: offer.id, number: offer.contact.phone }] : [],
    schedules: hsdsSchedules(offer),
    cost_options: [{
      id: `${offer.id}-cost`,
      service_id: offer.id,
      amount: offer.cost.free ? 0 : offer.cost.amountEur,
      currency: 'EUR',
      option: offer.cost.free ? 'Gratis' : 'Betaald',
    }],
    languages: offer.languages.map((code, i) => ({ id: `${offer.id}-lang-${i}`, service_id: offer.id, code })),
    required_documents: offer.bring.map((document, i) => ({ id: `${offer.id}-doc-${i}`, service_id: offer.id, document })),
    service_areas: !offer.serviceArea
      ? []
      : 'national' in offer.serviceArea
        ? [{ id: `${offer.id}-area-nl`, service_id: offer.id, name: 'Nederland', extent_type: 'country', uri: 'NL' }]
        : offer.serviceArea.gemeenten.map((code) => ({ id: `${offer.id}-area-${code}`, service_id: offer.id, name: code, extent_type: 'gemeente', uri: code })),
    service_at_locations: offer.locations.map((location) => ({
      id: `${offer.id}__${location.id}`,
      service_id: offer.id,
      location_id: `${offer.id}__${location.id}`,
      location: {
        id: `${offer.id}__${location.id}`,
        location_type: 'physical',
        name: location.name,
        latitude: location.lat,
        longitude: location.lng,
        addresses: [{
          id: `${offer.id}__${location.id}-address`,
          location_id: `${offer.id}__${location.id}`,
          address_1: location.address.street,
          city: location.address.place,
          region: location.address.gemeenteCode,
          state_province: '',
          postal_code: location.address.postcode,
          country: 'NL',
          address_type: 'physical',
        }],
      },
    })),
    attributes: attrs.map(([vocabulary, code, term, value], i) => attribute(offer.id, vocabulary, code, i, term, value)),
  };
}

/** Reads a nested HSDS 3.0 `service` into an (unvalidated) SEK offer record. */
export function hsdsServiceToOfferRecord(service: Json): Record<string, unknown> {
  const id = str(service.id);
  const attributes = asArray(service.attributes).map((a) => {
    const term = (a.taxonomy_term && typeof a.taxonomy_term === 'object' ? a.taxonomy_term : {}) as Json;
    const [vocabularyFromId, codeFromId] = (str(a.taxonomy_term_id) ?? ':').split(':');
    return { vocabulary: str(term.vocabulary) ?? vocabularyFromId, code: str(term.code) ?? codeFromId, term: str(term.term), value: str(a.value) };
  });
  const codes = (vocabulary: string) => attributes.filter((a) => a.vocabulary === vocabulary && a.code).map((a) => a.code!);
  const value = (vocabulary: string) => attributes.find((a) => a.vocabulary === vocabulary)?.value;
  const organization = (service.organization && typeof service.organization === 'object' ? service.organization : {}) as Json;
  const schedules = asArray(service.schedules);
  const schedule = schedules[0] ?? {};
  const sessions = sessionsFromHsds(schedules);
  const flag = (vocabulary: string) => { const code = codes(vocabulary)[0]; return code === undefined ? undefined : code === 'true'; };
  const cost = asArray(service.cost_options)[0];
  const amount = typeof cost?.amount === 'number' ? cost.amount : undefined;
  const areas = asArray(service.service_areas);
  const status = str(service.status);
  const summary = value(SEK_VOCABULARIES.summary);
  const description = str(service.description);
  const online = codes(SEK_VOCABULARIES.online)[0];
  const locations = asArray(service.service_at_locations).map((sal, index) => {
    const location = (sal.location && typeof sal.location === 'object' ? sal.location : {}) as Json;
    const address = asArray(location.addresses)[0] ?? {};
    const locationId = str(location.id) ?? str(sal.location_id) ?? `loc-${index + 1}`;
    return {
      // SEK writes `<offerId>__<locationId>`; other publishers' ids are used as they are.
      id: id && locationId.startsWith(`${id}__`) ? locationId.slice(id.length + 2) : locationId,
      name: str(location.name),
      address: { street: str(address.address_1), postcode: str(address.postal_code), place: str(address.city), gemeenteCode: str(address.region) },
      lat: location.latitude,
      lng: location.longitude,
    };
  });
  return {
    id,
    source: codes(SEK_VOCABULARIES.source)[0],
    title: str(service.name),
    summary: summary ?? description?.slice(0, 300),
    description: summary && description !== summary ? description : undefined,
    provider: { id: str(organization.id) ?? str(service.organization_id), name: str(organization.name), website: str(organization.website) ?? str(organization.url) },
    themes: codes(SEK_VOCABULARIES.theme),
    kind: codes(SEK_VOCABULARIES.kind)[0] ?? (locations.length === 0 ? 'online' : 'informatie'),
    targetGroups: codes(SEK_VOCABULARIES.targetGroup),
    cost: { free: cost ? str(cost.option) === 'Gratis' || amount === 0 : !str(service.fees_description), amountEur: amount && amount > 0 ? amount : undefined, description: str(service.fees_description) },
    schedule: {
      sessions,
      dayParts: codes(SEK_VOCABULARIES.dayPart),
      weekdays: sessions.length ? [] : (str(schedule.byday) ?? '').split(',').map((d) => RRULE_TO_WEEKDAY[d.trim()]).filter(Boolean),
      startDate: str(schedule.valid_from),
      endDate: str(schedule.valid_to) ?? str(schedule.until),
      closed: attributes.filter((a) => a.vocabulary === SEK_VOCABULARIES.closed).map((a) => {
        const [from, to] = (a.value ?? a.code ?? '').split('/');
        return { from, to, reason: a.term === 'Gesloten' ? undefined : a.term };
      }),
      registrationRequired: flag(SEK_VOCABULARIES.registration),
      joinAnytime: flag(SEK_VOCABULARIES.joinAnytime),
      text: schedules.map((s) => str(s.description)).find(Boolean),
    },
    languages: asArray(service.languages).map((l) => str(l.code)).filter(Boolean),
    accessibility: codes(SEK_VOCABULARIES.accessibility),
    bring: asArray(service.required_documents).map((d) => str(d.document)).filter(Boolean),
    contact: { phone: str(asArray(service.phones)[0]?.number), email: str(service.email), url: str(service.url) },
    locations,
    online: online === undefined ? locations.length === 0 : online === 'true',
    serviceArea: areas.length === 0
      ? undefined
      : areas.some((a) => str(a.uri) === 'NL' || str(a.extent_type) === 'country')
        ? { national: true }
        : { gemeenten: areas.map((a) => str(a.uri) ?? str(a.name)).filter(Boolean) },
    status: status === 'temporarily closed' ? 'temporarily-closed' : status === 'defunct' ? 'inactive' : status,
    alert: str(service.alert),
    kaart: codes(SEK_VOCABULARIES.kaart)[0],
    lastVerified: str(service.assured_date),
    validUntil: value(SEK_VOCABULARIES.validUntil),
  };
}

/** Joins HSDS tabular JSON (one array per table) into nested `service` objects. */
export function joinHsdsTables(tables: Json): Json[] {
  const byKey = (table: string, key: string) => {
    const map = new Map<string, Json[]>();
    for (const row of asArray(tables[table])) {
      const k = str(row[key]);
      if (k) map.set(k, [...(map.get(k) ?? []), row]);
    }
    return map;
  };
  const organizations = new Map(asArray(tables.organizations).map((o) => [str(o.id) ?? '', o]));
  const locations = new Map(asArray(tables.locations).map((l) => [str(l.id) ?? '', l]));
  const addresses = byKey('addresses', 'location_id');
  const sals = byKey('service_at_locations', 'service_id');
  const schedules = byKey('schedules', 'service_id');
  const costs = byKey('cost_options', 'service_id');
  const phones = byKey('phones', 'service_id');
  const languages = byKey('languages', 'service_id');
  const documents = byKey('required_documents', 'service_id');
  const areas = byKey('service_areas', 'service_id');
  const attributes = byKey('attributes', 'link_id');
  const terms = new Map(asArray(tables.taxonomy_terms).map((t) => [str(t.id) ?? '', t]));
  return asArray(tables.services).map((service) => {
    const id = str(service.id) ?? '';
    return {
      ...service,
      organization: service.organization ?? organizations.get(str(service.organization_id) ?? ''),
      service_at_locations: (sals.get(id) ?? []).map((sal) => {
        const location = locations.get(str(sal.location_id) ?? '') ?? {};
        return { ...sal, location: { ...location, addresses: location.addresses ?? addresses.get(str(location.id) ?? '') ?? [] } };
      }),
      schedules: service.schedules ?? schedules.get(id) ?? [],
      cost_options: service.cost_options ?? costs.get(id) ?? [],
      phones: service.phones ?? phones.get(id) ?? [],
      languages: service.languages ?? languages.get(id) ?? [],
      required_documents: service.required_documents ?? documents.get(id) ?? [],
      service_areas: service.service_areas ?? areas.get(id) ?? [],
      attributes: (service.attributes as Json[] | undefined) ?? (attributes.get(id) ?? []).map((a) => ({
        ...a, taxonomy_term: a.taxonomy_term ?? terms.get(str(a.taxonomy_term_id) ?? ''),
      })),
    };
  });
}

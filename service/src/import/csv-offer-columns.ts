import type { Offer } from '@sek/contract';
import { formatClosedPeriod, formatSession, parseClosedPeriods, parseSessions } from '@sek/contract/schedule-text';

/**
 * The CSV template: one row per location of an offer; rows of one offer (same `id`) follow each
 * other. Lists use `|` between values. Empty cells mean "not given". Documented in
 * docs/import-csv.md and shipped as service/data/import-template.csv.
 */
export const CSV_COLUMNS = [
  'id', 'source', 'title', 'summary', 'description', 'provider_id', 'provider_name', 'provider_website',
  'themes', 'kind', 'target_groups', 'free', 'cost_eur', 'cost_description', 'day_parts', 'weekdays',
  'sessions', 'closed', 'registration_required', 'join_anytime', 'start_date', 'end_date', 'schedule_text', 'languages', 'accessibility', 'bring', 'phone', 'email', 'website',
  'online', 'service_area', 'status', 'alert', 'kaart', 'last_verified', 'valid_until',
  'location_id', 'location_name', 'street', 'postcode', 'place', 'gemeente_code', 'lat', 'lng',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Partial<Record<CsvColumn, string>>;

const LIST_SEPARATOR = '|';
const NATIONAL = 'nationaal';

/**
 * Spreadsheets run a cell that starts with = + - @, a tab or a carriage return as a formula. The
 * export puts a ' before such a cell (OWASP's advice) and before a cell that already starts with
 * ' and one of those; the import takes exactly one ' off again, so a round trip is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);
export const restoreFormula = (value: string): string => (value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value);

const text = (value: string | undefined): string | undefined => {
  const trimmed = value === undefined ? undefined : restoreFormula(value.trim());
  return trimmed ? trimmed : undefined;
};
const list = (value: string | undefined): string[] | undefined =>
  text(value)?.split(LIST_SEPARATOR).map((part) => part.trim()).filter(Boolean);
/** Accepts a decimal comma (Dutch spreadsheets); anything else stays text so validation reports it. */
const number = (value: string | undefined): number | string | undefined => {
  const t = text(value);
  if (t === undefined) return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
};
const bool = (value: string | undefined): boolean | string | undefined => {
  const t = text(value)?.toLowerCase();
  if (t === undefined) return undefined;
  if (['ja', 'j', 'yes', 'true', '1', 'x'].includes(t)) return true;
  if (['nee', 'n', 'no', 'false', '0'].includes(t)) return false;
  return t;
};
const mapList = <T>(values: string[] | undefined, parse: (values: string[]) => T[]): T[] | undefined => (values ? parse(values) : undefined);

function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Builds an offer record (still unvalidated) from the rows of one offer.
 * @throws ScheduleCellError when the sessions or closed periods do not follow their syntax
 */
export function rowsToOfferRecord(rows: CsvRow[]): Record<string, unknown> {
  const first = rows[0] ?? {};
  const serviceArea = list(first.service_area);
  const free = bool(first.free);
  return compact({
    id: text(first.id),
    source: text(first.source),
    title: text(first.title),
    summary: text(first.summary),
    description: text(first.description),
    provider: compact({ id: text(first.provider_id), name: text(first.provider_name), website: text(first.provider_website) }),
    themes: list(first.themes) ?? [],
    kind: text(first.kind),
    targetGroups: list(first.target_groups),
    cost: compact({ free: free ?? (number(first.cost_eur) ? false : undefined), amountEur: number(first.cost_eur), description: text(first.cost_description) }),
    schedule: compact({
      sessions: mapList(list(first.sessions), parseSessions),
      dayParts: list(first.day_parts),
      weekdays: list(first.weekdays),
      closed: mapList(list(first.closed), parseClosedPeriods),
      registrationRequired: bool(first.registration_required),
      joinAnytime: bool(first.join_anytime),
      startDate: text(first.start_date),
      endDate: text(first.end_date),
      text: text(first.schedule_text),
    }),
    languages: list(first.languages),
    accessibility: list(first.accessibility),
    bring: list(first.bring),
    contact: compact({ phone: text(first.phone), email: text(first.email), url: text(first.website) }),
    locations: rows
      .filter((row) => text(row.street) || text(row.postcode) || text(row.place))
      .map((row, index) => compact({
        id: text(row.location_id) ?? `loc-${index + 1}`,
        name: text(row.location_name),
        address: compact({ street: text(row.street), postcode: text(row.postcode), place: text(row.place), gemeenteCode: text(row.gemeente_code) }),
        lat: number(row.lat),
        lng: number(row.lng),
      })),
    online: bool(first.online),
    serviceArea: serviceArea === undefined ? undefined : serviceArea[0]?.toLowerCase() === NATIONAL ? { national: true } : { gemeenten: serviceArea },
    status: text(first.status),
    alert: text(first.alert),
    kaart: text(first.kaart),
    lastVerified: text(first.last_verified),
    validUntil: text(first.valid_until),
  });
}

const join = (values: readonly string[] | undefined) => (values?.length ? values.join(LIST_SEPARATOR) : '');
const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'ja' : 'nee');

/** The rows that represent an offer in the CSV template (the inverse of rowsToOfferRecord). */
export function offerToRows(offer: Offer): CsvRow[] {
  const common: CsvRow = {
    id: offer.id,
    source: offer.source,
    title: offer.title,
    summary: offer.summary,
    description: offer.description ?? '',
    provider_id: offer.provider.id,
    provider_name: offer.provider.name,
    provider_website: offer.provider.website ?? '',
    themes: join(offer.themes),
    kind: offer.kind,
    target_groups: join(offer.targetGroups),
    free: offer.cost.free ? 'ja' : 'nee',
    cost_eur: offer.cost.amountEur === undefined ? '' : String(offer.cost.amountEur),
    cost_description: offer.cost.description ?? '',
    sessions: join(offer.schedule.sessions.map(formatSession)),
    closed: join(offer.schedule.closed.map(formatClosedPeriod)),
    registration_required: yesNo(offer.schedule.registrationRequired),
    join_anytime: yesNo(offer.schedule.joinAnytime),
    // Derived from the sessions when there are any; written anyway, so a spreadsheet can filter on them.
    day_parts: join(offer.schedule.dayParts),
    weekdays: join(offer.schedule.weekdays),
    start_date: offer.schedule.startDate ?? '',
    end_date: offer.schedule.endDate ?? '',
    schedule_text: offer.schedule.text ?? '',
    languages: join(offer.languages),
    accessibility: join(offer.accessibility),
    bring: join(offer.bring),
    phone: offer.contact.phone ?? '',
    email: offer.contact.email ?? '',
    website: offer.contact.url ?? '',
    online: offer.online ? 'ja' : 'nee',
    service_area: !offer.serviceArea ? '' : 'national' in offer.serviceArea ? NATIONAL : join(offer.serviceArea.gemeenten),
    status: offer.status,
    alert: offer.alert ?? '',
    kaart: offer.kaart,
    last_verified: offer.lastVerified,
    valid_until: offer.validUntil ?? '',
  };
  if (offer.locations.length === 0) return [common];
  return offer.locations.map((location) => ({
    ...common,
    location_id: location.id,
    location_name: location.name ?? '',
    street: location.address.street,
    postcode: location.address.postcode,
    place: location.address.place,
    gemeente_code: location.address.gemeenteCode,
    lat: String(location.lat),
    lng: String(location.lng),
  }));
}

/** RFC 4180 quoting for one cell, formulas neutralised. */
export function csvCell(value: string | undefined): string {
  const v = neutraliseFormula(value ?? '');
  return /[",\n\r;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(row: CsvRow): string {
  return `${CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`;
}

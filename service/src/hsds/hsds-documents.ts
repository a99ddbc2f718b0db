import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { ImportFileError } from '../import/import-file-error.js';
import { asArray, asObject, str, type Json } from './hsds-schedules.js';

/**
 * Every shape an HSDS 3.0 publisher sends, as nested `service` objects:
 * - one service (`service_full.json`), a service at a location, an organization with nested
 *   services (`organization_full.json`), or an array of any of these;
 * - an API page (`{ total_items, page_number, …, contents: [...] }`, `service_list.json`);
 * - the tabular form, one array per table, keyed by table or CSV file name (`tabular.json`);
 * - a CSV data package: a zip (or, from the command line, a folder) with `datapackage.json` and the tables.
 */

export interface HsdsServices {
  services: Json[];
  /** Taxonomy terms given beside the services (tabular forms), by id. */
  terms: Map<string, Json>;
}

/** Fields only an organization has (a service always has `status`). */
const ORGANIZATION_ONLY_FIELDS = ['website', 'legal_status', 'tax_status', 'tax_id', 'year_incorporated', 'organization_identifiers', 'parent_organization_id'];

/** The services in one element of a list (or a whole single-object file). */
export function servicesOfItem(item: Json): Json[] {
  if (Array.isArray(item.services)) {
    const { services, ...organization } = item;
    // A service's place may be given once, in the organization's `locations`, and named by `location_id`.
    const locations = new Map(asArray(organization.locations).map((location) => [str(location.id) ?? '', location]));
    return asArray(services).map((service) => ({
      ...service,
      organization: asObject(service.organization).name ? service.organization : organization,
      service_at_locations: asArray(service.service_at_locations).map((sal) => (sal.location ? sal : { ...sal, location: locations.get(str(sal.location_id) ?? '') })),
    }));
  }
  // An organization listed without its services (an `/organizations` page): no service in it.
  if (item.status === undefined && ORGANIZATION_ONLY_FIELDS.some((field) => item[field] !== undefined)) return [];
  if (item.service && typeof item.service === 'object' && item.name === undefined) {
    const { service, ...serviceAtLocation } = item;
    const nested = asObject(service);
    return [{ ...nested, service_at_locations: [...asArray(nested.service_at_locations), serviceAtLocation] }];
  }
  return [item];
}

/** HSDS table names as the tabular form and the CSV package spell them, to one spelling. */
const tableName = (key: string) => {
  const name = key.replace(/\.csv$/i, '').toLowerCase();
  return name === 'service_at_location' ? 'service_at_locations' : name;
};

/** Tables keyed by CSV file name, or bare tables (no `id` or `name` of their own: not a service or an organization). */
const isTabular = (document: Json) => Object.keys(document).some((key) => /\.csv$/i.test(key))
  || (document.id === undefined && document.name === undefined && Array.isArray(document.services));

/** Services in a whole JSON document of any shape. */
export function servicesOfDocument(document: unknown): HsdsServices {
  if (Array.isArray(document)) return { services: asArray(document).flatMap(servicesOfItem), terms: new Map() };
  const object = asObject(document);
  if (Array.isArray(object.contents)) return { services: asArray(object.contents).flatMap(servicesOfItem), terms: new Map() };
  if (isTabular(object)) {
    const tables = Object.fromEntries(Object.entries(object).map(([key, rows]) => [tableName(key), asArray(rows)]));
    return joinHsdsTables(tables);
  }
  return { services: Object.keys(object).length ? servicesOfItem(object) : [], terms: new Map() };
}

/** Joins HSDS tables (one array of rows per table) into nested `service` objects. */
export function joinHsdsTables(tables: Record<string, Json[]>): HsdsServices {
  const byKey = (table: string, key: string) => {
    const map = new Map<string, Json[]>();
    for (const row of tables[table] ?? []) {
      const k = str(row[key]);
      if (k) map.set(k, [...(map.get(k) ?? []), row]);
    }
    return map;
  };
  const identifiers = byKey('organization_identifiers', 'organization_id');
  const organizations = new Map((tables.organizations ?? []).map((o) => [str(o.id) ?? '', { ...o, organization_identifiers: o.organization_identifiers ?? identifiers.get(str(o.id) ?? '') ?? [] }]));
  const locations = new Map((tables.locations ?? []).map((l) => [str(l.id) ?? '', l]));
  const addresses = byKey('addresses', 'location_id');
  const sals = byKey('service_at_locations', 'service_id');
  const schedules = byKey('schedules', 'service_id');
  const costs = byKey('cost_options', 'service_id');
  const phones = byKey('phones', 'service_id');
  const languages = byKey('languages', 'service_id');
  const documents = byKey('required_documents', 'service_id');
  const areas = byKey('service_areas', 'service_id');
  const attributes = byKey('attributes', 'link_id');
  const terms = new Map((tables.taxonomy_terms ?? []).map((t) => [str(t.id) ?? '', t]));
  const services = (tables.services ?? []).map((service) => {
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
      attributes: service.attributes ?? attributes.get(id) ?? [],
    };
  });
  return { services, terms };
}

const csvRows = (text: string, file: string): Json[] => {
  try {
    return parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Json[];
  } catch (error) {
    throw new ImportFileError({
      nl: `De tabel ${file} in het pakket kunnen we niet lezen: ${(error as Error).message}`,
      en: `The table ${file} in the package cannot be read: ${(error as Error).message}`,
    }, undefined, { cause: error });
  }
};

/**
 * The tables of an HSDS CSV data package (a zip). `datapackage.json` names each resource's file;
 * when it is missing or not readable (the official example ships it as a link), the tables are
 * found by their standard file names (`services.csv`, …).
 */
export function servicesOfZip(bytes: Uint8Array): HsdsServices {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new ImportFileError({
      nl: 'Dit zip-bestand kunnen we niet openen: het is kapot of niet helemaal verstuurd',
      en: 'This zip file cannot be opened: it is broken or was not sent completely',
    }, undefined, { cause: error });
  }
  const byBase = new Map(Object.entries(files).filter(([name]) => !name.endsWith('/')).map(([name, data]) => [name.split('/').pop()!.toLowerCase(), { name, data }]));
  const paths = new Map<string, string>();
  const descriptor = byBase.get('datapackage.json');
  if (descriptor) {
    try {
      for (const resource of asArray(asObject(JSON.parse(strFromU8(descriptor.data))).resources)) {
        const name = str(resource.name);
        const path = str(resource.path);
        if (name && path) paths.set(tableName(name), path.split('/').pop()!.toLowerCase());
      }
    } catch {
      // Not JSON (the official example's is a link to another file): fall back to the file names.
    }
  }
  const tables: Record<string, Json[]> = {};
  for (const [base, file] of byBase) {
    if (!base.endsWith('.csv')) continue;
    const table = [...paths].find(([, path]) => path === base)?.[0] ?? tableName(base);
    tables[table] = csvRows(strFromU8(file.data), file.name);
  }
  if (!tables.services) {
    throw new ImportFileError({
      nl: 'In dit zip-bestand staat geen tabel services.csv. Een HSDS-pakket heeft die tabel nodig',
      en: 'This zip file has no services.csv table. An HSDS package needs it',
    });
  }
  return joinHsdsTables(tables);
}

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { fileURLToPath } from 'node:url';
import type { Boundary, PlaceKind } from '@sek/contract';
import { foldName, normalizePlaceName, stripPostalSuffix } from './normalize-place-name.js';

/** Folder with the CC BY 4.0 geo reference data (see its ATTRIBUTION.md). */
export const GEO_DATA_DIR = fileURLToPath(new URL('../../data/geo-nl/', import.meta.url));

export const GEO_ATTRIBUTION = [
  'Contains data from GeoNames (https://www.geonames.org), CC BY 4.0',
  'Bron: CBS / Kadaster, gemeentegrenzen 2025 via PDOK, CC BY 4.0',
] as const;

export interface LatLng {
  lat: number;
  lng: number;
}

export interface Gemeente extends LatLng {
  code: string;
  name: string;
  provincie: string;
  aliases: string[];
  /** [south, west, north, east] */
  bbox: [number, number, number, number];
}

export interface PostcodeArea extends LatLng {
  postcode4: string;
  woonplaats: string;
  /** Every gemeente the PC4 lies in, primary first. */
  gemeenteCodes: string[];
}

/** A named place (a postcode is not one). */
export type NamedPlaceKind = Exclude<PlaceKind, 'postcode'>;

export interface NamedPlace extends LatLng {
  id: string;
  kind: NamedPlaceKind;
  /** Display name without postal suffixes ("Bleskensgraaf"). */
  name: string;
  gemeenteCode: string;
  population: number;
  /** Extra lookup names (official postal name, GeoNames alternates). */
  aliases: string[];
}

/** A simplified gemeente boundary as a GeoJSON feature (CBS / Kadaster, CC BY 4.0). */
export type BoundaryFeature = Boundary;

export interface GeoData {
  gemeenten: Map<string, Gemeente>;
  /** gemeente code → boundary */
  boundaries: Map<string, BoundaryFeature>;
  postcodes: Map<string, PostcodeArea>;
  places: NamedPlace[];
  /** normalised name → places with that name or alias */
  placesByName: Map<string, NamedPlace[]>;
}

type Row = Record<string, string>;
function readCsv(file: string): Row[] {
  return parse(readFileSync(`${GEO_DATA_DIR}${file}`), { columns: true, skip_empty_lines: true }) as Row[];
}
const num = (value: string | undefined): number => Number(value ?? 'NaN');
const list = (value: string | undefined): string[] => (value ? value.split('|').filter(Boolean) : []);

/** Kind preference when one name means several records in the same gemeente. */
const KIND_RANK: Record<NamedPlaceKind, number> = { woonplaats: 0, gemeente: 1, kern: 2, wijk: 3 };

/** Loads and indexes the geo reference data (about 40 ms; call once at start-up). */
export function loadGeoData(): GeoData {
  const gemeenten = new Map<string, Gemeente>();
  for (const row of readCsv('gemeenten.csv')) {
    gemeenten.set(row.code!, {
      code: row.code!,
      name: row.naam!,
      provincie: row.provincie!,
      lat: num(row.lat),
      lng: num(row.lng),
      aliases: list(row.aliassen),
      bbox: [num(row.min_lat), num(row.min_lng), num(row.max_lat), num(row.max_lng)],
    });
  }

  const postcodes = new Map<string, PostcodeArea>();
  for (const row of readCsv('pc4.csv')) {
    postcodes.set(row.postcode4!, {
      postcode4: row.postcode4!,
      lat: num(row.lat),
      lng: num(row.lng),
      woonplaats: stripPostalSuffix(row.woonplaats!),
      gemeenteCodes: list(row.gemeente_codes),
    });
  }

  const places: NamedPlace[] = [];
  for (const gemeente of gemeenten.values()) {
    places.push({
      id: gemeente.code,
      kind: 'gemeente',
      name: gemeente.name,
      gemeenteCode: gemeente.code,
      lat: gemeente.lat,
      lng: gemeente.lng,
      population: 0,
      aliases: gemeente.aliases,
    });
  }
  const seen = new Set<string>();
  for (const row of readCsv('woonplaatsen.csv')) {
    const name = stripPostalSuffix(row.woonplaats!);
    seen.add(`${normalizePlaceName(name)}|${row.gemeente_code}`);
    places.push({
      id: `wp-${row.geonameid || foldName(row.woonplaats!).replace(/ /g, '-')}-${row.gemeente_code}`,
      kind: 'woonplaats',
      name,
      gemeenteCode: row.gemeente_code!,
      lat: num(row.lat),
      lng: num(row.lng),
      population: num(row.inwoners_geonames) || 0,
      aliases: name === row.woonplaats ? [] : [row.woonplaats!],
    });
  }
  for (const row of readCsv('plaatsen_geonames.csv')) {
    const key = `${normalizePlaceName(row.naam!)}|${row.gemeente_code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push({
      id: `gn-${row.geonameid}`,
      kind: row.feature_code === 'PPLX' ? 'wijk' : 'kern',
      name: row.naam!,
      gemeenteCode: row.gemeente_code!,
      lat: num(row.lat),
      lng: num(row.lng),
      population: num(row.inwoners_geonames) || 0,
      aliases: list(row.alt_namen).slice(0, 5),
    });
  }

  const placesByName = new Map<string, NamedPlace[]>();
  const addKey = (key: string, place: NamedPlace) => {
    if (!key) return;
    const bucket = placesByName.get(key) ?? [];
    if (!bucket.includes(place)) bucket.push(place);
    placesByName.set(key, bucket);
  };
  for (const place of places) {
    addKey(normalizePlaceName(place.name), place);
    for (const alias of place.aliases) {
      addKey(normalizePlaceName(alias), place);
      addKey(foldName(alias), place);
    }
  }
  for (const bucket of placesByName.values()) bucket.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.population - a.population);
  const collection = JSON.parse(readFileSync(`${GEO_DATA_DIR}gemeenten.geojson`, 'utf8')) as { features: BoundaryFeature[] };
  const boundaries = new Map(collection.features.map((feature) => [feature.id, feature]));
  return { gemeenten, boundaries, postcodes, places, placesByName };
}

import { InvalidInputError } from '../domain-errors.js';
import type { GeoData, LatLng, NamedPlace } from './geo-data.js';
import type { Geocoder } from './geocoder.js';
import { nearestPostcode } from './nearest-postcode.js';
import { normalizePlaceName } from './normalize-place-name.js';
import { NL_BOUNDS, type CenterKind, type PlaceCandidate, type SearchCenter } from '@sek/contract';

/** Where a resident's input lies: a centre of search that is not a region's middle. */
export type ResolvedLocation = SearchCenter & { kind: Exclude<CenterKind, 'region'> };

const PC_PATTERN = /^([1-9]\d{3})\s?([a-zA-Z]{2})?$/;
const LATLNG_PATTERN = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;
/** Places of one name closer than this are the same place seen twice (a town and its gemeente). */
const SAME_PLACE_KM = 8;

function fieldError(code: string, nl: string, en: string, candidates?: PlaceCandidate[]): InvalidInputError {
  return new InvalidInputError([{ field: 'near', code, message: { nl, en }, ...(candidates ? { candidates } : {}) }]);
}

/**
 * Turns what a resident typed into a point: a postcode (PC4 or PC6), a place, kern, wijk or gemeente name,
 * "Name, Gemeente" to pick one of several places of that name, or "lat,lng".
 * Throws an InvalidInputError (400) with code invalid_postcode, unknown_place or ambiguous_place.
 * @example await resolveLocation(geo, '4201 AB') // → { lat: 51.8293, lng: 4.9746, kind: 'postcode', … }
 */
export async function resolveLocation(geo: GeoData, input: string, geocoder?: Geocoder): Promise<ResolvedLocation> {
  const text = input.trim().replace(/\s+/g, ' ');
  const latLng = LATLNG_PATTERN.exec(text);
  if (latLng) return fromCoordinates(geo, Number(latLng[1]), Number(latLng[2]));

  const postcode = PC_PATTERN.exec(text);
  if (postcode) return fromPostcode(geo, postcode[1]!, postcode[2]?.toUpperCase(), geocoder);
  if (/^\d+/.test(text) && /^\d[\d\s]*[a-zA-Z]{0,2}$/.test(text)) {
    throw fieldError('invalid_postcode', 'Deze postcode bestaat niet. Probeer bijvoorbeeld 4201.', 'This postcode does not exist. Try for example 4201.');
  }
  return fromName(geo, text, geocoder);
}

export function fromCoordinates(geo: GeoData, lat: number, lng: number): ResolvedLocation {
  if (!(lat >= NL_BOUNDS.minLat && lat <= NL_BOUNDS.maxLat && lng >= NL_BOUNDS.minLng && lng <= NL_BOUNDS.maxLng)) {
    throw fieldError('outside_netherlands', 'Deze plek ligt niet in Nederland.', 'This location is not in the Netherlands.');
  }
  const nearest = nearestPostcode(geo, { lat, lng });
  // Named by the nearest postcode area ("4201 Gorinchem"): what a person recognises, and no more precise than that.
  return { lat, lng, label: nearest ? `${nearest.postcode4} ${nearest.woonplaats}` : 'Nederland', kind: 'coordinates', gemeenteCodes: nearest?.gemeenteCodes ?? [] };
}

async function fromPostcode(geo: GeoData, digits: string, letters: string | undefined, geocoder?: Geocoder): Promise<ResolvedLocation> {
  const area = geo.postcodes.get(digits);
  if (!area) {
    throw fieldError('invalid_postcode', 'Deze postcode bestaat niet. Probeer bijvoorbeeld 4201.', 'This postcode does not exist. Try for example 4201.');
  }
  if (letters && geocoder) {
    const exact = await geocoder.geocode(`${digits} ${letters}`);
    if (exact) return { lat: exact.lat, lng: exact.lng, label: `${digits} ${letters}`, kind: 'postcode', gemeenteCodes: area.gemeenteCodes };
  }
  return { lat: area.lat, lng: area.lng, label: letters ? `${digits} ${letters}` : digits, kind: 'postcode', gemeenteCodes: area.gemeenteCodes };
}

export function placeLabel(geo: GeoData, place: NamedPlace): string {
  const gemeente = geo.gemeenten.get(place.gemeenteCode);
  if (place.kind === 'gemeente' || !gemeente) return place.name;
  return normalizePlaceName(gemeente.name) === normalizePlaceName(place.name) ? `${place.name} (${gemeente.provincie})` : `${place.name} (${gemeente.name})`;
}

export function toCandidate(geo: GeoData, place: NamedPlace): PlaceCandidate {
  const label = placeLabel(geo, place);
  return { near: label, label, kind: place.kind, gemeenteCode: place.gemeenteCode, lat: place.lat, lng: place.lng };
}

function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = (a.lat - b.lat) * 111.2;
  const dLng = (a.lng - b.lng) * 111.2 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dLat, dLng);
}

/** Keeps the best-ranked record of each real place (a town, its gemeente and its GeoNames twin are one place). */
function distinctPlaces(places: NamedPlace[]): NamedPlace[] {
  const kept: NamedPlace[] = [];
  for (const place of places) {
    const twin = kept.find((k) => k.gemeenteCode === place.gemeenteCode || distanceKm(k, place) < SAME_PLACE_KM);
    if (!twin) kept.push(place);
  }
  return kept;
}

async function fromName(geo: GeoData, text: string, geocoder?: Geocoder): Promise<ResolvedLocation> {
  // "Hengelo (Bronckhorst)" or "Hengelo, Bronckhorst" picks one of several places named Hengelo.
  const qualified = /^(.+?)\s*(?:,\s*(.+)|\((.+)\))$/.exec(text);
  let matches = geo.placesByName.get(normalizePlaceName(text)) ?? [];
  if (matches.length === 0 && qualified) {
    const qualifier = normalizePlaceName(qualified[2] ?? qualified[3] ?? '');
    matches = (geo.placesByName.get(normalizePlaceName(qualified[1]!)) ?? []).filter((place) => {
      const gemeente = geo.gemeenten.get(place.gemeenteCode);
      return gemeente && [gemeente.name, gemeente.provincie, ...gemeente.aliases].some((n) => normalizePlaceName(n) === qualifier);
    });
  }
  let distinct = distinctPlaces(matches);
  // "Emmen" is the town in Drenthe, not the hamlet of that name in Dalfsen: a postal woonplaats or a
  // gemeente wins over kernen and wijken of the same name elsewhere.
  const [first, ...rest] = distinct;
  if (first && (first.kind === 'woonplaats' || first.kind === 'gemeente') && rest.every((p) => p.kind === 'kern' || p.kind === 'wijk')) distinct = [first];
  if (distinct.length === 1) {
    const place = distinct[0]!;
    return { lat: place.lat, lng: place.lng, label: placeLabel(geo, place), kind: place.kind, gemeenteCodes: [place.gemeenteCode] };
  }
  if (distinct.length > 1) {
    throw fieldError(
      'ambiguous_place',
      'Er zijn meer plaatsen met deze naam. Kies de goede plaats.',
      'There are several places with this name. Choose the right one.',
      distinct.slice(0, 10).map((place) => toCandidate(geo, place)),
    );
  }
  if (geocoder) {
    const address = await geocoder.geocode(text);
    if (address) {
      const nearest = nearestPostcode(geo, address);
      return { lat: address.lat, lng: address.lng, label: address.label, kind: 'address', gemeenteCodes: nearest?.gemeenteCodes ?? [] };
    }
  }
  throw fieldError(
    'unknown_place',
    'Deze plaats kennen we niet. Kies een plaats uit de lijst of typ een postcode.',
    'We do not know this place. Choose a place from the list or type a postcode.',
  );
}

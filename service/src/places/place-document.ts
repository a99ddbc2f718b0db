import type { PlaceKind } from '@sek/contract';
import type { GeoData } from '../geo/geo-data.js';
import { placeLabel } from '../geo/resolve-location.js';

/** A suggestion for the "Waar?" field: a postcode, woonplaats, kern, wijk or gemeente. */
export interface PlaceDocument {
  id: string;
  kind: PlaceKind;
  name: string;
  aliases: string[];
  /** Shown to the resident: "Bleskensgraaf (Molenlanden)". */
  label: string;
  /** The value to send as `near` to search there. */
  near: string;
  gemeenteCode: string;
  gemeenteName: string;
  /** Higher ranks first among equally good matches. */
  rank: number;
  _geo: { lat: number; lng: number };
}

const KIND_BONUS = { gemeente: 3_000_000, woonplaats: 1_000_000, kern: 0, wijk: -1, postcode: 0 } as const;

/** All place suggestions; about 14,000 documents. */
export function toPlaceDocuments(geo: GeoData): PlaceDocument[] {
  const docs: PlaceDocument[] = [];
  for (const place of geo.places) {
    const gemeente = geo.gemeenten.get(place.gemeenteCode);
    const label = placeLabel(geo, place);
    docs.push({
      id: place.id,
      kind: place.kind,
      name: place.name,
      aliases: place.aliases,
      label,
      near: label,
      gemeenteCode: place.gemeenteCode,
      gemeenteName: gemeente?.name ?? '',
      rank: KIND_BONUS[place.kind] + place.population,
      _geo: { lat: place.lat, lng: place.lng },
    });
  }
  for (const area of geo.postcodes.values()) {
    const gemeenteCode = area.gemeenteCodes[0] ?? '';
    docs.push({
      id: `pc-${area.postcode4}`,
      kind: 'postcode',
      name: area.postcode4,
      aliases: [],
      label: `${area.postcode4} ${area.woonplaats}`,
      near: area.postcode4,
      gemeenteCode,
      gemeenteName: geo.gemeenten.get(gemeenteCode)?.name ?? '',
      rank: 0,
      _geo: { lat: area.lat, lng: area.lng },
    });
  }
  return docs;
}

import type { GeoData } from '../geo/geo-data.js';
import type { Offer, Rejection } from '@sek/contract';

/** Postcodes and gemeente codes must exist, not just look right. */
export function unknownPlaces(geo: GeoData, offer: Offer): Omit<Rejection, 'record' | 'id'>[] {
  const errors: Omit<Rejection, 'record' | 'id'>[] = [];
  offer.locations.forEach((location, index) => {
    if (!geo.postcodes.has(location.address.postcode.slice(0, 4))) {
      errors.push({
        field: `locations.${index}.address.postcode`,
        code: 'unknown_postcode',
        message: { nl: `Postcode ${location.address.postcode} bestaat niet (kolom postcode).`, en: `Postcode ${location.address.postcode} does not exist (column postcode).` },
      });
    }
    if (!geo.gemeenten.has(location.address.gemeenteCode)) {
      errors.push({
        field: `locations.${index}.address.gemeenteCode`,
        code: 'unknown_gemeente',
        message: { nl: `Gemeentecode ${location.address.gemeenteCode} bestaat niet (kolom gemeente_code).`, en: `Gemeente code ${location.address.gemeenteCode} does not exist (column gemeente_code).` },
      });
    }
  });
  return errors;
}

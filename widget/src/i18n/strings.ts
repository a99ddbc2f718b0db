/** Every text a resident reads, in Dutch (B1, default) and English. */
export const STRINGS = {
  nl: {
    heading: 'Hulp en cursussen in de buurt',
    whereLabel: 'Waar woont u?',
    whereHint: 'Typ uw postcode of de naam van uw woonplaats.',
    search: 'Zoeken',
    loading: 'Even zoeken…',
    resultCount: (n: number) => (n === 1 ? '1 plek gevonden' : `${n} plekken gevonden`),
    empty: 'We vonden niets. Kies een grotere afstand of minder filters.',
    unavailable: 'Zoeken lukt nu even niet. Probeer het zo nog een keer.',
    retry: 'Probeer opnieuw',
    free: 'Gratis',
    away: (km: string) => `${km} km`,
    otherPlaces: (n: number) => (n === 1 ? 'ook op 1 andere plek' : `ook op ${n} andere plekken`),
    online: 'Online of telefonisch',
    attribution: 'Kaartgegevens: GeoNames, CBS / Kadaster (CC BY 4.0)',
  },
  en: {
    heading: 'Help and courses nearby',
    whereLabel: 'Where do you live?',
    whereHint: 'Type your postcode or the name of your town.',
    search: 'Search',
    loading: 'Searching…',
    resultCount: (n: number) => (n === 1 ? '1 place found' : `${n} places found`),
    empty: 'Nothing found. Choose a larger distance or fewer filters.',
    unavailable: 'Search is not working right now. Please try again in a moment.',
    retry: 'Try again',
    free: 'Free',
    away: (km: string) => `${km} km`,
    otherPlaces: (n: number) => (n === 1 ? 'also at 1 other place' : `also at ${n} other places`),
    online: 'Online or by phone',
    attribution: 'Map data: GeoNames, CBS / Kadaster (CC BY 4.0)',
  },
} as const;

export type Lang = keyof typeof STRINGS;
export type Strings = (typeof STRINGS)[Lang];

import type { Settings } from 'meilisearch';

export interface IndexNames {
  /** One document per offer: the whole offer. */
  offers: string;
  /** The search: one document per offer at a location. */
  locations: string;
  /** Place suggestions for the "Waar?" field. */
  places: string;
}

/** Index names; a prefix lets several SEK instances (or test runs) share one Meilisearch. */
export function indexNames(prefix = ''): IndexNames {
  return { offers: `${prefix}offers`, locations: `${prefix}offer-locations`, places: `${prefix}places` };
}

/** Dutch words that carry no meaning in a search for help. */
const DUTCH_STOP_WORDS = [
  'de', 'het', 'een', 'en', 'van', 'voor', 'met', 'in', 'op', 'aan', 'bij', 'te', 'om', 'of', 'ik', 'je', 'u', 'mijn', 'wil', 'hoe',
];

/**
 * Resident words mapped to the words offers use. Multi-way: each word finds the others.
 * `taalles` finds the Taalcafé, `computr` finds computer courses by typo tolerance alone.
 */
const SYNONYMS: string[][] = [
  ['taalles', 'taalcafe', 'taalcafé', 'taalhuis', 'taalmaatje', 'nederlands leren'],
  ['computerles', 'computercursus', 'klik & tik', 'digisterker'],
  ['digid', 'inloggen overheid'],
  ['schulden', 'schuldhulp', 'schuldhulpmaatje'],
  ['formulieren', 'formulierenhulp', 'brieven'],
  ['huurwoning', 'woning', 'woningzoekende'],
  ['solliciteren', 'sollicitatie', 'werk zoeken'],
];

function multiWay(groups: string[][]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const group of groups) for (const word of group) result[word] = group.filter((other) => other !== word);
  return result;
}

/** Settings for the search index. Apply before adding documents: changing them later re-indexes. */
export const LOCATION_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'themeWords', 'summary', 'providerName', 'place', 'description'],
  filterableAttributes: [
    '_geo', 'id', 'offerId', 'source', 'themes', 'kind', 'targetGroups', 'forGroups', 'free', 'dayParts', 'weekdays', 'languages',
    'accessibility', 'online', 'hasLocation', 'gemeenteCode', 'serviceNational', 'serviceGemeenten', 'status',
    'kaart', 'expiresAt', 'sessionEnds', 'runsFrom', 'runsUntil', 'closedDays',
  ],
  sortableAttributes: ['_geo', 'title', 'verifiedOn', 'openRank'],
  // title and summary stay displayed: Meilisearch reports match positions only for displayed attributes.
  displayedAttributes: ['id', 'offerId', 'locationId', 'locationCount', 'title', 'summary', 'offer', 'location', '_geo'],
  // Relevance first, distance next: with search words, a strong match in the title within the radius
  // comes before a weak one nearby; without words every relevance rule ties and distance decides.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  stopWords: DUTCH_STOP_WORDS,
  synonyms: multiWay(SYNONYMS),
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 10_000 },
};

/** Settings for the index of whole offers: looked up by id or selected by a few fields, never searched by words. */
export const OFFER_RECORD_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['id'],
  filterableAttributes: ['id', 'source', 'status', 'expiresAt', 'hasLocation', 'gemeenteCodes', 'serviceNational', 'serviceGemeenten'],
  sortableAttributes: [],
  displayedAttributes: ['id', 'offer'],
  pagination: { maxTotalHits: 1000 },
};

export const PLACE_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['name', 'aliases', 'gemeenteName'],
  filterableAttributes: ['kind', 'gemeenteCode'],
  sortableAttributes: ['rank'],
  rankingRules: ['words', 'typo', 'exactness', 'proximity', 'attribute', 'rank:desc'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  pagination: { maxTotalHits: 200 },
};

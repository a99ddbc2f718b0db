import {
  ACCESSIBILITY_FEATURES, ACCESSIBILITY_LABELS, DAY_PART_HOURS, DAY_PART_LABELS, DAY_PARTS, KAART_LABELS, KAART_TYPES,
  OFFER_KIND_EXPLANATIONS, OFFER_KIND_LABELS, OFFER_KINDS, TARGET_GROUP_EXPLANATIONS, TARGET_GROUP_LABELS, TARGET_GROUPS, THEMES,
} from '@sek/contract';
import { hsdsId } from './hsds-ids.js';

/**
 * SEK's closed lists published as HSDS 3.0 taxonomies, each term complete (`name`, `description`,
 * its taxonomy), so an export's attributes point at terms a partner can look up at
 * `/hsds/taxonomy_terms`. Plus one taxonomy of SEK's own fields (`sek-field`) whose attributes
 * carry a value: the SEK id, the summary, the last day, and the schedule details HSDS has no field for.
 */

export const SEK_TAXONOMIES = {
  theme: 'sek-theme',
  kind: 'sek-kind',
  targetGroup: 'sek-target-group',
  dayPart: 'sek-day-part',
  accessibility: 'sek-accessibility',
  kaart: 'sek-kaart',
  field: 'sek-field',
} as const;
export type SekTaxonomy = (typeof SEK_TAXONOMIES)[keyof typeof SEK_TAXONOMIES];

/** The codes of `sek-field`: attributes whose `value` holds the data. */
export const SEK_FIELDS = {
  id: 'sek-id',
  source: 'source',
  summary: 'summary',
  validUntil: 'valid-until',
  online: 'online',
  closed: 'closed',
  registrationRequired: 'registration-required',
  joinAnytime: 'join-anytime',
} as const;

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
}

const TAXONOMY_URI = 'https://github.com/sek-kaart/sek#hsds';

const TAXONOMY_TEXT: Record<SekTaxonomy, { name: string; description: string }> = {
  'sek-theme': { name: 'SEK onderwerpen', description: 'Waar inwoners hulp bij zoeken: taal, computer en internet, rekenen, geld, werk, gezondheid en meer.' },
  'sek-kind': { name: 'SEK soort aanbod', description: 'Wat voor aanbod het is: een cursus, een spreekuur, hulp van 1 persoon, een groep, informatie, praktische hulp of online.' },
  'sek-target-group': { name: 'SEK doelgroepen', description: 'Voor wie het aanbod vooral bedoeld is.' },
  'sek-day-part': { name: 'SEK dagdelen', description: 'Op welk deel van de dag het aanbod er is (Nederlandse tijd).' },
  'sek-accessibility': { name: 'SEK toegankelijkheid', description: 'Wat er op de plek is voor mensen met een beperking.' },
  'sek-kaart': { name: 'SEK kaart', description: 'Op welke kaart het aanbod staat: leren en meedoen (sociaal-educatief) of hulp en zorg (sociaal).' },
  'sek-field': { name: 'SEK gegevens', description: 'Gegevens van SEK waar HSDS geen eigen veld voor heeft. De waarde staat in het attribuut (value).' },
};

const FIELD_TEXT: Record<(typeof SEK_FIELDS)[keyof typeof SEK_FIELDS], { name: string; description: string }> = {
  'sek-id': { name: 'SEK id', description: 'Het id van dit aanbod in SEK.' },
  source: { name: 'Bron', description: 'Uit welke bron (import) dit aanbod komt.' },
  summary: { name: 'Korte uitleg', description: 'De korte uitleg van het aanbod, zoals inwoners die in de lijst lezen.' },
  'valid-until': { name: 'Laatste dag', description: 'De laatste dag dat het aanbod er is (JJJJ-MM-DD).' },
  online: { name: 'Ook online', description: 'true als het aanbod (ook) online of via de telefoon is, anders false.' },
  closed: { name: 'Gesloten', description: 'Een periode dat het aanbod dicht is: JJJJ-MM-DD/JJJJ-MM-DD (van/tot), daarna eventueel een spatie en de reden.' },
  'registration-required': { name: 'Aanmelden nodig', description: 'true als mensen zich eerst moeten aanmelden, false als ze zo kunnen komen.' },
  'join-anytime': { name: 'Altijd instromen', description: 'true als mensen op elk moment kunnen beginnen.' },
};

type Entry = { code: string; name: string; description: string };
const ENTRIES: Record<SekTaxonomy, Entry[]> = {
  'sek-theme': THEMES.map((t) => ({ code: t.slug, name: t.label.nl, description: t.explanation.nl })),
  'sek-kind': OFFER_KINDS.map((k) => ({ code: k, name: OFFER_KIND_LABELS[k].nl, description: OFFER_KIND_EXPLANATIONS[k].nl })),
  'sek-target-group': TARGET_GROUPS.map((g) => ({ code: g, name: TARGET_GROUP_LABELS[g].nl, description: TARGET_GROUP_EXPLANATIONS[g].nl })),
  'sek-day-part': DAY_PARTS.map((d) => ({ code: d, name: DAY_PART_LABELS[d].nl, description: `Van ${DAY_PART_HOURS[d].from} tot ${DAY_PART_HOURS[d].to} uur.` })),
  'sek-accessibility': ACCESSIBILITY_FEATURES.map((a) => ({ code: a, name: ACCESSIBILITY_LABELS[a].nl, description: ACCESSIBILITY_LABELS[a].nl })),
  'sek-kaart': KAART_TYPES.map((k) => ({ code: k, name: KAART_LABELS[k].nl, description: `Aanbod op de kaart "${KAART_LABELS[k].nl}".` })),
  'sek-field': Object.values(SEK_FIELDS).map((code) => ({ code, ...FIELD_TEXT[code] })),
};

export const HSDS_TAXONOMIES: readonly HsdsTaxonomy[] = Object.values(SEK_TAXONOMIES).map((name) => ({
  id: hsdsId('taxonomy', name),
  name,
  description: `${TAXONOMY_TEXT[name].name}: ${TAXONOMY_TEXT[name].description}`,
  uri: `${TAXONOMY_URI}-${name}`,
  version: '1',
}));

export const HSDS_TAXONOMY_TERMS: readonly HsdsTaxonomyTerm[] = Object.values(SEK_TAXONOMIES).flatMap((taxonomy) =>
  ENTRIES[taxonomy].map(({ code, name, description }) => ({
    id: hsdsId('taxonomy_term', taxonomy, code),
    code,
    name,
    description,
    taxonomy,
    taxonomy_id: hsdsId('taxonomy', taxonomy),
    language: 'nl',
  })));

const termsById = new Map(HSDS_TAXONOMY_TERMS.map((term) => [term.id, term]));
const termsByCode = new Map(HSDS_TAXONOMY_TERMS.map((term) => [`${term.taxonomy}:${term.code}`, term]));

/** A term of an SEK taxonomy. Throws for a code that is not in it: the export never invents terms. */
export function sekTerm(taxonomy: SekTaxonomy, code: string): HsdsTaxonomyTerm {
  const term = termsByCode.get(`${taxonomy}:${code}`);
  if (!term) throw new Error(`No term "${code}" in taxonomy ${taxonomy}`);
  return term;
}

export const sekTermById = (id: string): HsdsTaxonomyTerm | undefined => termsById.get(id);

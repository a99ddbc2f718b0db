import { z } from 'zod';
import { OFFER_KINDS, TARGET_GROUPS, ThemeSlug, type Derivation, type OfferKind, type TargetGroup } from '@sek/contract';

/**
 * SEK's classification (themes, kind, target groups) for an HSDS record that does not carry SEK's
 * own `sek-*` attributes: from the record's taxonomy terms (exact code or name), else from words in
 * its name and description. A keyword matches the start of a word, after lower-casing and removing
 * accents: "schuld" matches "schuldhulp" and "Schulden"; a keyword starting with `*` matches inside a
 * word too ("*spreekuur" matches "Rekenspreekuur"). The defaults below can be extended or
 * replaced with a JSON file (`SEK_HSDS_CLASSIFICATION`, see the README).
 */

const Target = z.object({
  themes: z.array(ThemeSlug).max(11).optional(),
  kind: z.enum(OFFER_KINDS).optional(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).optional(),
}).strict();
type Target = z.infer<typeof Target>;

export const ClassificationConfig = z.object({
  /** A taxonomy term's code or name (any case) → what it means in SEK. */
  terms: z.record(z.string().min(1), Target).default({}),
  /** A word or the start of a word in the name or description → what it means in SEK. */
  keywords: z.record(z.string().min(2), Target).default({}),
  /** `true`: use only this file's lists, not SEK's defaults. */
  replaceDefaults: z.boolean().default(false),
}).strict();
export type ClassificationConfig = z.infer<typeof ClassificationConfig>;

const themes = (...slugs: string[]): Target => ({ themes: slugs as Target['themes'] });
const kind = (k: OfferKind): Target => ({ kind: k });
const group = (...g: TargetGroup[]): Target => ({ targetGroups: g });

/** Terms other HSDS publishers use (Open Eligibility-like English names and Dutch ones). */
const DEFAULT_TERMS: Record<string, Target> = {
  literacy: themes('taal'), 'esl': themes('taal'), 'english as a second language': themes('taal'), language: themes('taal'), 'taal': themes('taal'),
  'digital inclusion': themes('digitaal'), 'computer class': themes('digitaal'), 'digitale vaardigheden': themes('digitaal'),
  numeracy: themes('rekenen'), 'financial education': themes('geld'), 'money management': themes('geld'), 'debt': themes('geld'),
  'debt management': themes('geld'), schuldhulpverlening: themes('geld'), employment: themes('werk'), 'job training': themes('werk'),
  health: themes('gezondheid'), 'health education': themes('gezondheid'), housing: themes('wonen'), parenting: themes('gezin'),
  'parenting education': themes('gezin'), immigration: themes('inburgering'), 'benefits assistance': themes('overheid'),
};

/** Words in the name or description (checked at the start of a word). */
const DEFAULT_KEYWORDS: Record<string, Target> = {
  // themes
  taalcafe: themes('taal'), taalles: themes('taal'), taalmaatje: themes('taal'), taalhuis: themes('taal'), taalpunt: themes('taal'),
  taalspreekuur: themes('taal'), taalcursus: themes('taal'), 'nederlands leren': themes('taal'), 'nederlandse taal': themes('taal'),
  nt2: { themes: ['taal'], targetGroups: ['nt2'] }, 'lezen en schrijven': themes('taal'), laaggeletterd: themes('taal'), leesclub: themes('taal'), voorlees: themes('taal', 'gezin'),
  'digitaal cafe': themes('digitaal'), 'digicafe': themes('digitaal'), digid: themes('digitaal'), 'klik tik': themes('digitaal'), 'klik en tik': themes('digitaal'),
  computer: themes('digitaal'), smartphone: themes('digitaal'), tablet: themes('digitaal'), internet: themes('digitaal'), digisterker: themes('digitaal'),
  'digitale overheid': themes('digitaal', 'overheid'), 'digitale vaardigheden': themes('digitaal'), 'digitale hulp': themes('digitaal'),
  rekenspreekuur: themes('rekenen'), rekenen: themes('rekenen'), rekencursus: themes('rekenen'), rekenles: themes('rekenen'), rekenvaardig: themes('rekenen'), numeracy: themes('rekenen'),
  schuld: themes('geld'), geldzorg: themes('geld'), budget: themes('geld'), thuisadministratie: themes('geld'), 'administratie': themes('geld'),
  rondkomen: themes('geld'), toeslag: themes('geld'), armoede: themes('geld'), geldzaken: themes('geld'), 'omgaan met geld': themes('geld'), debt: themes('geld'),
  werkzoek: themes('werk'), sollicit: themes('werk'), vacature: themes('werk'), 'een baan': themes('werk'), werkervaring: themes('werk'), 'werk zoeken': themes('werk'), 'aan het werk': themes('werk'),
  gezondheid: themes('gezondheid'), gezond: themes('gezondheid'), bewegen: themes('gezondheid'), valpreventie: themes('gezondheid'), 'health': themes('gezondheid'),
  opvoed: themes('gezin'), peuter: themes('gezin'), 'ouder en kind': themes('gezin'), parenting: themes('gezin'),
  huurwoning: themes('wonen'), woningzoek: themes('wonen'), 'een woning': themes('wonen'), 'een huis': themes('wonen'), energiebesparing: themes('wonen'), energiecoach: themes('wonen'),
  ontmoeting: themes('meedoen'), eenzaam: themes('meedoen'), buurthuis: themes('meedoen'), vrijwilligerswerk: themes('meedoen'),
  inburger: themes('inburgering'), statushouder: themes('inburgering'), vluchteling: themes('inburgering'),
  formulier: themes('overheid'), belastingaangifte: themes('overheid'), 'brief van de gemeente': themes('overheid'), 'brieven van de overheid': themes('overheid'),
  // kinds
  // "*" matches inside a word too: Dutch glues words together (taalspreekuur, computercursus, taalcafé).
  '*cursus': kind('cursus'), '*spreekuur': kind('spreekuur'), '*cafe': kind('groep'), training: kind('cursus'), workshop: kind('cursus'), lessen: kind('cursus'), course: kind('cursus'),
  inloop: kind('spreekuur'), 'drop in': kind('spreekuur'),
  maatje: kind('begeleiding'), coach: kind('begeleiding'), begeleid: kind('begeleiding'), '1 op 1': kind('begeleiding'), counselling: kind('begeleiding'),
  bijeenkomst: kind('groep'), groep: kind('groep'), club: kind('groep'),
  formulierenhulp: kind('praktische-hulp'), invulhulp: kind('praktische-hulp'), 'hulp bij': kind('praktische-hulp'),
  informatiepunt: kind('informatie'), advies: kind('informatie'), loket: kind('informatie'),
  // target groups
  ouderen: group('ouderen'), senioren: group('ouderen'), '65 plus': group('ouderen'), jongeren: group('jongeren'), ouders: group('ouders'),
  werkzoekenden: group('werkzoekenden'), 'mensen met schulden': group('schulden'), nieuwkomers: group('nieuwkomers'), statushouders: group('nieuwkomers'),
  anderstalig: group('nt2'),
};

/** Lower case, no accents, letters and digits only, one space between words, a space on both ends. */
export function normaliseText(text: string): string {
  return ` ${text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

export interface ClassificationInput {
  /** Taxonomy terms of the record (any taxonomy but SEK's own). */
  terms: { code?: string; name?: string }[];
  /** Name (title) first, then descriptions. */
  texts: string[];
}


export class Classifier {
  private readonly terms: Map<string, Target>;
  private readonly keywords: [string, string, Target][];

  constructor(config: ClassificationConfig = ClassificationConfig.parse({})) {
    const base = config.replaceDefaults ? {} : { terms: DEFAULT_TERMS, keywords: DEFAULT_KEYWORDS };
    this.terms = new Map(Object.entries({ ...base.terms, ...config.terms }).map(([k, v]) => [normaliseText(k), v]));
    // Longer keywords first, so "digitale overheid" is seen before "overheid".
    this.keywords = Object.entries({ ...base.keywords, ...config.keywords })
      .map(([k, v]): [string, string, Target] => [k, k.startsWith('*') ? normaliseText(k.slice(1)).trim() : normaliseText(k).trimEnd(), v])
      .sort((a, b) => b[1].length - a[1].length);
  }

  /** Themes, kind and target groups with what they came from; empty fields are left out. */
  classify(input: ClassificationInput): Derivation[] {
    const hits: { target: Target; basis: string }[] = [];
    for (const term of input.terms) {
      for (const key of [term.code, term.name]) {
        const target = key ? this.terms.get(normaliseText(key)) : undefined;
        if (target) {
          hits.push({ target, basis: `term "${term.name ?? term.code}"` });
          break;
        }
      }
    }
    const text = normaliseText(input.texts.join(' . '));
    for (const [keyword, normalised, target] of this.keywords) {
      if (text.includes(normalised)) hits.push({ target, basis: `woord "${keyword}"` });
    }
    const derived: Derivation[] = [];
    const collect = (field: Derivation['field'], pick: (t: Target) => string[] | undefined, single = false) => {
      const values: string[] = [];
      const basis: string[] = [];
      for (const hit of hits) {
        const found = pick(hit.target)?.filter((v) => !values.includes(v)) ?? [];
        if (found.length === 0 || (single && values.length)) continue;
        values.push(...found);
        basis.push(hit.basis);
      }
      if (values.length) derived.push({ field, values, basis });
    };
    collect('themes', (t) => t.themes);
    collect('kind', (t) => (t.kind ? [t.kind] : undefined), true);
    collect('targetGroups', (t) => t.targetGroups);
    return derived;
  }
}

/**
 * The classifier of `SEK_HSDS_CLASSIFICATION` (a JSON file, see `ClassificationConfig`), or SEK's
 * defaults. A file that cannot be read or is not valid stops the start with a clear message.
 */
export function loadClassifier(path: string | undefined, read: (path: string) => string): Classifier {
  if (!path) return new Classifier();
  let json: unknown;
  try {
    json = JSON.parse(read(path));
  } catch (error) {
    throw new Error(`SEK_HSDS_CLASSIFICATION: ${path} could not be read as JSON (${(error as Error).message})`);
  }
  const parsed = ClassificationConfig.safeParse(json);
  if (!parsed.success) {
    throw new Error(`SEK_HSDS_CLASSIFICATION: ${path} is not a valid classification: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  }
  return new Classifier(parsed.data);
}

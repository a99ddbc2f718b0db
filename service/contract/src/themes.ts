/**
 * Plain data, no zod: the widget imports this module; `theme-schema.ts` validates against it.
 */
export interface ThemeDefinition {
  readonly slug: string;
  readonly label: { readonly nl: string; readonly en: string };
  readonly explanation: { readonly nl: string; readonly en: string };
  readonly pictogram: string;
}

/**
 * The theme taxonomy: what residents can get help with.
 * Labels are B1 Dutch (short, common words); `pictogram` names an inline SVG in the widget.
 */
export const THEMES = [
  {
    slug: 'taal',
    label: { nl: 'Taal', en: 'Language' },
    explanation: { nl: 'Beter lezen, schrijven en Nederlands leren.', en: 'Read and write better, learn Dutch.' },
    pictogram: 'book',
  },
  {
    slug: 'digitaal',
    label: { nl: 'Computer en internet', en: 'Computer and internet' },
    explanation: {
      nl: 'Werken met de computer, de smartphone, DigiD en formulieren op internet.',
      en: 'Using a computer, a smartphone, DigiD and online forms.',
    },
    pictogram: 'laptop',
  },
  {
    slug: 'rekenen',
    label: { nl: 'Rekenen', en: 'Numeracy' },
    explanation: { nl: 'Rekenen voor elke dag, zoals met geld en tijd.', en: 'Everyday maths, such as money and time.' },
    pictogram: 'calculator',
  },
  {
    slug: 'geld',
    label: { nl: 'Geld en schulden', en: 'Money and debts' },
    explanation: {
      nl: 'Hulp bij geldzaken, schulden, rekeningen en toeslagen.',
      en: 'Help with money matters, debts, bills and allowances.',
    },
    pictogram: 'coins',
  },
  {
    slug: 'werk',
    label: { nl: 'Werk', en: 'Work' },
    explanation: { nl: 'Werk zoeken, solliciteren en vrijwilligerswerk.', en: 'Finding work, applying and volunteering.' },
    pictogram: 'briefcase',
  },
  {
    slug: 'gezondheid',
    label: { nl: 'Gezondheid', en: 'Health' },
    explanation: { nl: 'Gezond leven en de weg vinden in de zorg.', en: 'Healthy living and finding your way in care.' },
    pictogram: 'heart',
  },
  {
    slug: 'gezin',
    label: { nl: 'Gezin en opvoeden', en: 'Family and parenting' },
    explanation: { nl: 'Hulp bij opvoeden en bij school van uw kind.', en: 'Help with parenting and your child’s school.' },
    pictogram: 'family',
  },
  {
    slug: 'wonen',
    label: { nl: 'Wonen', en: 'Housing' },
    explanation: {
      nl: 'Een huurwoning zoeken en u inschrijven als woningzoekende.',
      en: 'Finding a rental home and registering as a home seeker.',
    },
    pictogram: 'house',
  },
  {
    slug: 'meedoen',
    label: { nl: 'Mensen ontmoeten', en: 'Meeting people' },
    explanation: { nl: 'Andere mensen ontmoeten en meedoen in de buurt.', en: 'Meet other people and take part locally.' },
    pictogram: 'people',
  },
  {
    slug: 'inburgering',
    label: { nl: 'Inburgering', en: 'Civic integration' },
    explanation: {
      nl: 'Hulp bij inburgeren en het leven in Nederland.',
      en: 'Help with civic integration and life in the Netherlands.',
    },
    pictogram: 'flag',
  },
  {
    slug: 'overheid',
    label: { nl: 'Brieven en formulieren', en: 'Letters and forms' },
    explanation: {
      nl: 'Hulp bij brieven en formulieren van de overheid (Informatiepunt Digitale Overheid).',
      en: 'Help with letters and forms from the government (Digital Government Information Point).',
    },
    pictogram: 'letter',
  },
] as const satisfies readonly ThemeDefinition[];

type Slug = (typeof THEMES)[number]['slug'];
export const THEME_SLUGS = THEMES.map((theme) => theme.slug) as unknown as readonly [Slug, ...Slug[]];

/** The theme of a slug. */
export const themeBySlug: ReadonlyMap<string, ThemeDefinition> = new Map(THEMES.map((theme) => [theme.slug, theme]));

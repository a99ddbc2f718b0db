/**
 * The closed lists an offer and a search are described with, each value with its Dutch (B1) and
 * English label, and the limits of a search. Plain constants without zod, so the widget can import
 * them without pulling in the validator.
 */
type Labels<K extends string> = Readonly<Record<K, { readonly nl: string; readonly en: string }>>;

export const OFFER_KINDS = ['cursus', 'spreekuur', 'begeleiding', 'groep', 'informatie', 'praktische-hulp', 'online'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const OFFER_KIND_LABELS: Labels<OfferKind> = {
  cursus: { nl: 'Cursus', en: 'Course' },
  spreekuur: { nl: 'Spreekuur of inloop', en: 'Drop-in hours' },
  begeleiding: { nl: 'Hulp van 1 persoon', en: 'One-to-one support' },
  groep: { nl: 'Groep of bijeenkomst', en: 'Group or meeting' },
  informatie: { nl: 'Informatie en advies', en: 'Information and advice' },
  'praktische-hulp': { nl: 'Praktische hulp', en: 'Practical help' },
  online: { nl: 'Online', en: 'Online' },
};

/** One sentence per kind, for the provider form: so nobody has to guess which box to tick. */
export const OFFER_KIND_EXPLANATIONS: Labels<OfferKind> = {
  cursus: { nl: 'Lessen met een begin en een eind. Mensen leren iets in een paar weken.', en: 'Lessons with a start and an end; people learn something in a few weeks.' },
  spreekuur: { nl: 'Op vaste tijden binnenlopen met een vraag, zonder afspraak.', en: 'Walk in with a question at fixed times, without an appointment.' },
  begeleiding: { nl: 'Eén vrijwilliger of medewerker helpt één persoon, vaak een paar keer.', en: 'One volunteer or worker helps one person, often several times.' },
  groep: { nl: 'Mensen komen samen om te praten, te oefenen of iets te doen.', en: 'People meet to talk, practise or do something together.' },
  informatie: { nl: 'Uitleg en advies: waar moet ik zijn, wat kan ik doen?', en: 'Explanation and advice: where do I go, what can I do?' },
  'praktische-hulp': { nl: 'Iemand doet iets samen met u, zoals een formulier invullen.', en: 'Someone does something with you, such as filling in a form.' },
  online: { nl: 'Alles gaat via internet: een website, app of videobellen.', en: 'Everything happens online: a website, an app or a video call.' },
};

export const TARGET_GROUPS = [
  'nt1', 'nt2', 'ouderen', 'jongeren', 'ouders', 'werkzoekenden', 'schulden', 'nieuwkomers', 'iedereen',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Labels<TargetGroup> = {
  nt1: { nl: 'U bent met Nederlands opgegroeid', en: 'Dutch is your first language' },
  nt2: { nl: 'U leert Nederlands als nieuwe taal', en: 'You are learning Dutch' },
  ouderen: { nl: 'Ouderen', en: 'Older people' },
  jongeren: { nl: 'Jongeren', en: 'Young people' },
  ouders: { nl: 'Ouders', en: 'Parents' },
  werkzoekenden: { nl: 'Werkzoekenden', en: 'Job seekers' },
  schulden: { nl: 'Mensen met schulden', en: 'People with debts' },
  nieuwkomers: { nl: 'Nieuwkomers', en: 'Newcomers' },
  iedereen: { nl: 'Iedereen', en: 'Everyone' },
};

/** One sentence per target group, for the provider form. */
export const TARGET_GROUP_EXPLANATIONS: Labels<TargetGroup> = {
  nt1: { nl: 'Voor wie Nederlands spreekt, maar moeite heeft met lezen of schrijven.', en: 'For people who speak Dutch but find reading or writing hard.' },
  nt2: { nl: 'Voor wie een andere moedertaal heeft en Nederlands leert.', en: 'For people with another mother tongue who learn Dutch.' },
  ouderen: { nl: 'Vooral voor mensen van 65 jaar en ouder.', en: 'Mainly for people aged 65 and over.' },
  jongeren: { nl: 'Vooral voor jongeren tot 27 jaar.', en: 'Mainly for young people up to 27.' },
  ouders: { nl: 'Voor vaders en moeders, bijvoorbeeld over school of opvoeden.', en: 'For fathers and mothers, for example about school or raising children.' },
  werkzoekenden: { nl: 'Voor wie werk zoekt of weer aan het werk wil.', en: 'For people looking for work or wanting to work again.' },
  schulden: { nl: 'Voor wie geldzorgen of schulden heeft.', en: 'For people with money worries or debts.' },
  nieuwkomers: { nl: 'Voor wie kort in Nederland woont, zoals statushouders.', en: 'For people who recently came to live in the Netherlands, such as refugees with a permit.' },
  iedereen: { nl: 'Iedereen is welkom. Kies dit als er geen speciale groep is.', en: 'Everyone is welcome. Choose this if there is no special group.' },
};

export const DAY_PARTS = ['ochtend', 'middag', 'avond'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export const DAY_PART_LABELS: Labels<DayPart> = {
  ochtend: { nl: 'Ochtend', en: 'Morning' },
  middag: { nl: 'Middag', en: 'Afternoon' },
  avond: { nl: "'s Avonds", en: 'Evening' },
};

/**
 * When each day part runs, in local time (Europe/Amsterdam), as `HH:MM` from (inclusive) to
 * (exclusive). A session is in a day part when its times overlap it: 9.30-11.30 is morning,
 * 9.00-17.00 morning and afternoon, 19.00-21.00 evening.
 */
export const DAY_PART_HOURS: Readonly<Record<DayPart, { from: string; to: string }>> = {
  ochtend: { from: '00:00', to: '12:00' },
  middag: { from: '12:00', to: '18:00' },
  avond: { from: '18:00', to: '24:00' },
};

/** Weekdays in ISO order (Monday first), as two-letter Dutch abbreviations. */
export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Labels<Weekday> = {
  ma: { nl: 'Maandag', en: 'Monday' },
  di: { nl: 'Dinsdag', en: 'Tuesday' },
  wo: { nl: 'Woensdag', en: 'Wednesday' },
  do: { nl: 'Donderdag', en: 'Thursday' },
  vr: { nl: 'Vrijdag', en: 'Friday' },
  za: { nl: 'Zaterdag', en: 'Saturday' },
  zo: { nl: 'Zondag', en: 'Sunday' },
};

/** How often a session repeats: every week, every other week, or once a month on the n-th weekday. */
export const SESSION_FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const;
export type SessionFrequency = (typeof SESSION_FREQUENCIES)[number];

/** For a monthly session: the 1st to 4th weekday of the month, or -1 for the last one. */
export const WEEKS_OF_MONTH = [1, 2, 3, 4, -1] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

/** "When can I go?" as a search filter: a session later today, or one this week (through Sunday). */
export const WHEN_CHOICES = ['vandaag', 'deze-week'] as const;
export type WhenChoice = (typeof WHEN_CHOICES)[number];
export const WHEN_LABELS: Labels<WhenChoice> = {
  vandaag: { nl: 'Vandaag', en: 'Today' },
  'deze-week': { nl: 'Deze week', en: 'This week' },
};

/** How a word search may be ordered: best match first, or nearest first. */
export const SEARCH_ORDERS = ['relevance', 'distance'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

/**
 * How a list is ordered: best match first (search words), nearest first (a place), or, without a
 * place or words, most recently checked first (no distance is pretended from a region's middle).
 */
export const LIST_ORDERS = [...SEARCH_ORDERS, 'recent'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

export const ACCESSIBILITY_FEATURES = ['rolstoeltoegankelijk', 'lift', 'ringleiding', 'invalidenparkeerplaats', 'toilet-aangepast'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];
export const ACCESSIBILITY_LABELS: Labels<AccessibilityFeature> = {
  rolstoeltoegankelijk: { nl: 'Toegankelijk met rolstoel', en: 'Wheelchair accessible' },
  lift: { nl: 'Er is een lift', en: 'Lift available' },
  ringleiding: { nl: 'Ringleiding voor hoortoestel', en: 'Hearing loop' },
  invalidenparkeerplaats: { nl: 'Parkeerplaats voor invaliden', en: 'Disabled parking' },
  'toilet-aangepast': { nl: 'Aangepast toilet', en: 'Accessible toilet' },
};

export const OFFER_STATUSES = ['active', 'temporarily-closed', 'inactive'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const KAART_TYPES = ['sociaal-educatief', 'sociaal'] as const;
export type KaartType = (typeof KAART_TYPES)[number];
export const KAART_LABELS: Labels<KaartType> = {
  'sociaal-educatief': { nl: 'Leren en meedoen', en: 'Learning and taking part' },
  sociaal: { nl: 'Hulp en zorg', en: 'Help and care' },
};

/** Which kaart a search covers: one of the two, or both. */
export const KAART_CHOICES = [...KAART_TYPES, 'beide'] as const;
export type KaartChoice = (typeof KAART_CHOICES)[number];

/** Online offers in a search: with the located ones (apart), only online, or none. */
export const ONLINE_MODES = ['include', 'only', 'exclude'] as const;
export type OnlineMode = (typeof ONLINE_MODES)[number];

/** What the centre of a search is: what the resident typed, or the middle of the kaart's region. */
export const CENTER_KINDS = ['postcode', 'address', 'coordinates', 'gemeente', 'woonplaats', 'kern', 'wijk', 'region'] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

export const MIN_RADIUS_KM = 1;
export const MAX_RADIUS_KM = 50;
export const DEFAULT_RADIUS_KM = 5;
/** The distances a resident can choose from. */
export const RADIUS_CHOICES_KM = [1, 2, 5, 10, 25] as const;
export const MAX_LIMIT = 50;
export const MAX_PAGE = 200;
export const MAX_QUERY_LENGTH = 200;

/**
 * A radius in km within the limits; anything that is not a positive number gives the default.
 * @example clampRadiusKm(80) === 50
 */
export function clampRadiusKm(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return DEFAULT_RADIUS_KM;
  return Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, value));
}

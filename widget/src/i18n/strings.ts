import { NL } from './strings-nl.js';

/** Every text the widget shows; Dutch (B1) is the default, English the second language. */
export interface Strings {
  heading: string;
  themesQuestion: string;
  themesHint: string;
  whereLabel: string;
  whereHint: string;
  /** The place question when a professional searches for a client (`audience="professional"`). */
  whereLabelClient: string;
  whereHintClient: string;
  /** The link from the search form to "Stap voor stap". */
  stepsLink: string;
  /** The toggle on a result that keeps it in the list to print or share (resident / professional). */
  save: string;
  saveClient: string;
  /** The skip link from the tiles to the results. */
  skipToResults: string;
  suggestions: string;
  useMyLocation: string;
  locating: string;
  locationDenied: string;
  myLocation: string;
  distanceLabel: string;
  distanceOption: (km: number) => string;
  textLabel: string;
  textHint: string;
  search: string;
  filters: string;
  /** The one button that opens the filters, with how many are chosen. */
  filtersButton: (chosen: number) => string;
  clearFilters: string;
  free: string;
  dayPart: string;
  /** Legend of the "Vandaag / Deze week" choice, and its "no matter when" option. */
  whenChoice: string;
  whenAnytime: string;
  onlineOrOnSite: string;
  onlineInclude: string;
  onlineOnly: string;
  onlineExclude: string;
  forWhom: string;
  kindOfOffer: string;
  loading: string;
  resultCount: (located: number, online: number) => string;
  /** How the list is ordered, said after the count. */
  order: { relevance: string; distance: string; recent: string };
  /** The sort choice for a word search, and its options. */
  orderChoice: string;
  orderOptions: { relevance: string; distance: string };
  empty: string;
  emptyAdvice: string[];
  contactPrompt: string;
  unavailable: string;
  retry: string;
  away: (km: string) => string;
  /** A tile's count: places plus online offers, as in the sentence above the list. */
  resultsCount: (n: number) => string;
  nearLabel: (place: string) => string;
  inRegion: (region: string) => string;
  otherPlaces: (n: number) => string;
  /** The detail's list of the offer's other locations, nearest first. */
  alsoAt: string;
  onlineHeading: string;
  onlineBadge: string;
  loadMore: string;
  temporarilyClosed: string;
  chooseCandidate: string;
  // detail
  back: string;
  what: string;
  forWhomDetail: string;
  where: string;
  when: string;
  cost: string;
  bring: string;
  contact: string;
  route: string;
  call: (phone: string) => string;
  mail: string;
  website: string;
  /** The date of the last check; undefined: not checked yet. */
  verified: (date: string | undefined) => string;
  // schedule
  /** A session's times: "13.30–15.30 uur". */
  timeRange: (opensAt: string, closesAt: string) => string;
  nextToday: (times: string) => string;
  nextTomorrow: (times: string) => string;
  nextOn: (day: string, times: string) => string;
  /** Weekdays in a sentence: "maandag en donderdag". */
  dayList: (days: string[]) => string;
  everyWeek: (days: string, times: string) => string;
  everyOtherWeek: (days: string, times: string) => string;
  monthly: (nth: number, days: string, times: string) => string;
  closedPeriod: (from: string, to: string, reason?: string) => string;
  registrationRequired: string;
  registrationNotNeeded: string;
  joinAnytime: string;
  startsOn: (date: string) => string;
  startedOn: (date: string) => string;
  readAloud: string;
  /** Said when the browser has no voice for the language and reads with another one. */
  noVoice: string;
  stopReading: string;
  print: string;
  printList: string;
  /** The top of a printed list: what was searched, and when it was made. */
  printSearchedNear: (place: string, km: number | null) => string;
  printThemes: (themes: string) => string;
  printFilters: (filters: string) => string;
  printMade: (date: string) => string;
  printFirst: (shown: number, total: number) => string;
  provider: string;
  share: string;
  linkCopied: string;
  freeCost: string;
  paidCost: (amount: string) => string;
  languages: string;
  accessibility: string;
  viewList: string;
  viewMap: string;
  viewChoice: string;
  mapName: (n: number, km?: number | null) => string;
  zoomIn: string;
  zoomOut: string;
  skipMap: string;
  spotHeading: (n: number) => string;
  mapLoading: string;
  mapFailed: string;
  /** Said on the map when the tile server does not answer. */
  tilesFailed: string;
  /** The tooltip of the map's credits button. */
  attributionTip: string;
  /** Credits on the map: the Dutch base map, and SEK's own boundaries and place names. */
  creditTiles: string;
  creditBoundaries: string;
  attribution: string;
  /** The small link that shows where the places and boundaries come from. */
  sources: string;
}

export type Lang = 'nl' | 'en';

/** Dutch is in the core bundle; English is a small chunk, loaded when `lang="en"` is first used. */
export const DUTCH: Strings = NL;
export async function loadStrings(lang: Lang): Promise<Strings> {
  return lang === 'en' ? (await import('./strings-en.js')).EN : NL;
}

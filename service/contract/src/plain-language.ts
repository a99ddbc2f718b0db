/**
 * Plain-language hints for what a provider types (title, summary): long sentences, long words and
 * office words with a plainer one beside them. Hints only: they never block sending.
 */
export interface Hint {
  nl: string;
  en: string;
}

/** Sentences longer than this are hard for B1 readers. */
export const MAX_SENTENCE_WORDS = 15;
/** Words longer than this (letters) are hard to read; compounds can often be split or said simpler. */
export const MAX_WORD_LETTERS = 14;

/** Office words and a plainer way to say them (lower case). */
export const JARGON: Readonly<Record<string, string>> = {
  participatie: 'meedoen',
  participeren: 'meedoen',
  faciliteren: 'helpen, mogelijk maken',
  laagdrempelig: 'makkelijk, iedereen kan binnenlopen',
  doelgroep: 'voor wie',
  zelfredzaamheid: 'zelf kunnen regelen',
  zelfredzaam: 'zelf kunnen regelen',
  traject: 'hulp, begeleiding',
  competenties: 'wat u kunt',
  geletterdheid: 'lezen en schrijven',
  laaggeletterdheid: 'moeite met lezen en schrijven',
  laaggeletterd: 'moeite met lezen en schrijven',
  ondersteuning: 'hulp',
  middels: 'met',
  teneinde: 'om',
  indien: 'als',
  alsmede: 'en',
  betreffende: 'over',
  inzake: 'over',
  desgewenst: 'als u wilt',
  woonachtig: 'wonend',
  conform: 'volgens',
  derhalve: 'daarom',
  tevens: 'ook',
  dienen: 'moeten',
  empowerment: 'sterker worden',
  'c.q.': 'of',
  'i.v.m.': 'omdat, over',
};

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim()).filter(Boolean);
const wordsOf = (text: string): string[] => text.split(/\s+/).map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, '').replace(/\.$/, '')).filter(Boolean);

/** The hints for one text, at most one per kind of problem and word, in reading order. */
export function plainLanguageHints(text: string): Hint[] {
  const hints: Hint[] = [];
  const longest = Math.max(0, ...sentencesOf(text).map((sentence) => wordsOf(sentence).length));
  if (longest > MAX_SENTENCE_WORDS) {
    hints.push({
      nl: `Een zin heeft ${longest} woorden. Zinnen tot ${MAX_SENTENCE_WORDS} woorden lezen makkelijker. Kunt u er twee zinnen van maken?`,
      en: `A sentence has ${longest} words. Sentences up to ${MAX_SENTENCE_WORDS} words are easier to read. Can you make two sentences of it?`,
    });
  }
  const seen = new Set<string>();
  for (const word of wordsOf(text)) {
    const lower = word.toLowerCase();
    if (seen.has(lower) || /^(https?:|www\.)/.test(lower) || /@/.test(lower)) continue;
    seen.add(lower);
    const plain = JARGON[lower];
    if (plain) hints.push({ nl: `"${word}" is een moeilijk woord. Schrijf liever: ${plain}.`, en: `"${word}" is a difficult word. Better write: ${plain}.` });
    else if ([...word].filter((c) => /\p{L}/u.test(c)).length > MAX_WORD_LETTERS) hints.push({ nl: `"${word}" is een lang woord. Is er een korter woord voor?`, en: `"${word}" is a long word. Is there a shorter word for it?` });
  }
  return hints;
}

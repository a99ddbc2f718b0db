/**
 * The words of a search as insight counts them: lower case, accents off, letters only (so numbers,
 * postcodes and house numbers never count), at least 3 letters, common Dutch and English little words
 * left out, each word once per search, at most 8.
 * @example searchWords('Hulp bij DigiD, 4201AB!') → ['hulp', 'digid']
 */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3 && word.length <= 40 && !STOP_WORDS.has(word));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

const MAX_WORDS = 8;

const STOP_WORDS = new Set([
  'aan', 'als', 'bij', 'dan', 'dat', 'die', 'dit', 'een', 'en', 'hoe', 'het', 'hij', 'ik', 'kan', 'met', 'mij', 'mijn', 'naar', 'niet', 'nog', 'ook',
  'over', 'voor', 'van', 'wat', 'wel', 'wie', 'wil', 'zij', 'zijn', 'waar', 'welke', 'graag', 'ons', 'onze', 'uit', 'tot', 'door', 'der', 'den',
  'and', 'the', 'for', 'with', 'how', 'what', 'where', 'you', 'your',
]);

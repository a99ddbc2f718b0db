/**
 * Folds a Dutch place name to a lookup key: lower case, no accents, no punctuation,
 * without postal suffixes such as " ca", " gem Hoogeveen", " (Gld)" or " (O.)".
 * @example normalizePlaceName("Bleskensgraaf ca") === "bleskensgraaf"
 */
export function normalizePlaceName(name: string): string {
  return foldName(stripPostalSuffix(name));
}

/** Lower case, accents and punctuation removed, spaces collapsed; keeps every word. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Hengelo (Gld)" → "Hengelo", "Alteveer gem Hoogeveen" → "Alteveer", "Bleskensgraaf ca" → "Bleskensgraaf". */
export function stripPostalSuffix(name: string): string {
  return name
    .replace(/\s+gem\s+.+$/i, '')
    .replace(/\s+ca$/i, '')
    .replace(/\s*\((?:[A-Z][A-Za-z.]{0,4})\)$/, '')
    .replace(/\s+(?:Gld|NB|Ov|Dr|Fr|Gr|Lb|NH|ZH|Ut|Zl|L|U|O)$/, '')
    .trim();
}

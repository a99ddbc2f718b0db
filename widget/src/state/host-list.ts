/**
 * A comma-separated attribute value as a list of known values. A value the vocabulary does not know
 * is a mistake of the host page, not of the resident: it is left out and reported once on the
 * console, naming the attribute, so a webmaster sees it and a resident never does.
 * @example hostList('themes', 'taal,tal', THEME_SLUGS) // → ['taal'], console: themes="tal" …
 */
export function hostList<T extends string>(attribute: string, value: string, allowed: readonly T[]): T[] {
  const parts = value.split(',').map((part) => part.trim()).filter(Boolean);
  const known = parts.filter((part): part is T => (allowed as readonly string[]).includes(part));
  const unknown = parts.filter((part) => !known.includes(part as T));
  if (unknown.length && !reported.has(`${attribute}=${value}`)) {
    reported.add(`${attribute}=${value}`);
    console.error(`<sek-zoeker>: ${attribute}="${unknown.join(',')}" is not known and is ignored. Use: ${allowed.join(', ')}.`);
  }
  return known;
}

const reported = new Set<string>();

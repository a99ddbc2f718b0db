import type { HighlightSegment } from './search-response.js';

/** Private-use characters as highlight tags: they never occur in offer text and need no HTML escaping. */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

/**
 * Splits Meilisearch's tagged text into segments a client can render as plain text.
 * @example toSegments('\uE000Taal\uE001café') // → [{ text: 'Taal', match: true }, { text: 'café', match: false }]
 */
export function toSegments(tagged: string | undefined, fallback: string): HighlightSegment[] {
  const text = typeof tagged === 'string' ? tagged : fallback;
  const segments: HighlightSegment[] = [];
  for (const [index, part] of text.split(HIGHLIGHT_PRE).entries()) {
    if (index === 0) {
      if (part) segments.push({ text: part, match: false });
      continue;
    }
    const [matched = '', rest = ''] = part.split(HIGHLIGHT_POST);
    if (matched) segments.push({ text: matched, match: true });
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}

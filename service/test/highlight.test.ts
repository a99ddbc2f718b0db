import { describe, expect, it } from 'vitest';
import { toSegments } from '../src/search/highlight.js';

describe('toSegments', () => {
  it('marks matches by UTF-8 byte positions, also after accented letters', () => {
    // "Café koffie": "é" takes 2 bytes, so "koffie" starts at byte 6.
    expect(toSegments('Café koffie', [{ start: 6, length: 6 }])).toEqual([
      { text: 'Café ', match: false },
      { text: 'koffie', match: true },
    ]);
    expect(toSegments('Taalcafé', [{ start: 0, length: 9 }])).toEqual([{ text: 'Taalcafé', match: true }]);
  });

  it('merges overlapping matches, and gives no segments without a match', () => {
    expect(toSegments('abc def', [{ start: 0, length: 3 }, { start: 1, length: 2 }])).toEqual([
      { text: 'abc', match: true },
      { text: ' def', match: false },
    ]);
    expect(toSegments('abc', undefined)).toEqual([]);
    expect(toSegments('abc', [])).toEqual([]);
  });
});

import type { Kysely } from 'kysely';
import type { SearchQuery, SearchResponse } from '@sek/contract';
import type { DatabaseSchema, SearchStatsTable } from '../database/schema.js';
import type { GeoData } from '../geo/geo-data.js';
import { nearestPostcode } from '../geo/nearest-postcode.js';
import type { Logger } from '../log.js';
import { dutchMoment } from '../schedule/dutch-time.js';
import { isoWeek } from './report-period.js';
import { searchWords } from './search-words.js';

/** Fewer results than this count as "few". */
export const FEW_RESULTS = 3;
/** Default minimum of searches per week in a gemeente before a word is stored (`SEK_STATS_MIN_WORD_SEARCHES`). */
export const MIN_WORD_SEARCHES = 5;
/** Words below the minimum held in memory at most; more are not counted (under-counting is the safe side). */
const MAX_PENDING_WORDS = 100_000;
/** Counter rows held while the database cannot be written; beyond this, new combinations are dropped. */
const MAX_BUFFERED_ROWS = 200_000;

type StatKey = Omit<SearchStatsTable, 'searches' | 'zero_results' | 'few_results'>;
interface StatRow extends StatKey { searches: number; zero_results: number; few_results: number }

export interface SearchStatsDeps {
  db: Kysely<DatabaseSchema>;
  geo: GeoData;
  log: Logger;
  /** Unix seconds. */
  now: () => number;
  minWordSearches?: number;
}

/**
 * A search a resident asked for: the first page, with a place, words or a filter. Later pages of
 * the same list, and a kaart's bare page-load query, are not searches anyone typed.
 */
export function isResidentSearch(query: SearchQuery): boolean {
  if (query.page !== 1) return false;
  return Boolean(query.near || query.lat !== undefined || query.q?.trim() || query.themes?.length || query.free || query.dayParts?.length
    || query.weekdays?.length || query.when || query.targetGroups?.length || query.kinds?.length || query.online === 'only');
}

/**
 * Counts searches when they happen, never logging one: per Dutch day × gemeente of the search
 * centre × its PC4 area × themes × day parts × free × online mode, the searches, those that found
 * nothing, and those that found fewer than 3. Search words are counted per ISO week and gemeente in
 * memory and written only once a word reached the minimum (5) there that week, so a word that one
 * person typed is never stored. Counters are written every few seconds in one statement; when the
 * database is away they wait in memory (bounded) and are written later.
 */
export class SearchStats {
  private rows = new Map<string, StatRow>();
  /** week|gemeente|word → searches, below the minimum: memory only. */
  private pending = new Map<string, number>();
  /** week|gemeente|word that reached the minimum: further searches are written. */
  private published = new Set<string>();
  /** week|gemeente|word → searches to add to the stored row. */
  private words = new Map<string, number>();
  private flushing: Promise<void> = Promise.resolve();
  readonly minWordSearches: number;

  constructor(private readonly deps: SearchStatsDeps) {
    this.minWordSearches = deps.minWordSearches ?? MIN_WORD_SEARCHES;
  }

  /** Counts one search (cheap: a few map updates; the database is written by `flush`). */
  record(query: SearchQuery, response: Pick<SearchResponse, 'center' | 'total'> & { online: Pick<SearchResponse['online'], 'total'> }): void {
    if (!isResidentSearch(query)) return;
    const found = response.total + response.online.total;
    const day = dutchMoment(this.deps.now()).date;
    const { center } = response;
    const gemeente = !center
      ? (query.region?.length === 1 ? query.region[0]! : '')
      : center.kind === 'region' ? (center.gemeenteCodes.length === 1 ? center.gemeenteCodes[0]! : '') : center.gemeenteCodes[0] ?? '';
    const pc4 = center && center.kind !== 'region' && center.kind !== 'gemeente' ? nearestPostcode(this.deps.geo, center)?.postcode4 ?? '' : '';
    // Lists as one sorted value, so every search is one count; the report splits the themes.
    this.add({
      day, gemeente, pc4, theme: [...(query.themes ?? [])].sort().join(','), day_part: [...(query.dayParts ?? [])].sort().join(','), free: query.free === true, online: query.online,
    }, found);
    const week = isoWeek(day);
    for (const word of searchWords(query.q)) this.countWord(`${week}|${gemeente}|${word}`);
  }

  private add(key: StatKey, found: number): void {
    const id = JSON.stringify(key);
    let row = this.rows.get(id);
    if (!row) {
      if (this.rows.size >= MAX_BUFFERED_ROWS) return;
      row = { ...key, searches: 0, zero_results: 0, few_results: 0 };
      this.rows.set(id, row);
    }
    row.searches += 1;
    if (found === 0) row.zero_results += 1;
    if (found < FEW_RESULTS) row.few_results += 1;
  }

  private countWord(key: string): void {
    if (this.published.has(key)) {
      this.words.set(key, (this.words.get(key) ?? 0) + 1);
      return;
    }
    const count = (this.pending.get(key) ?? 0) + 1;
    if (count < this.minWordSearches) {
      if (this.pending.has(key) || this.pending.size < MAX_PENDING_WORDS) this.pending.set(key, count);
      return;
    }
    // Reached the minimum: from now on this word is a count worth keeping, with every search so far.
    this.pending.delete(key);
    this.published.add(key);
    this.words.set(key, (this.words.get(key) ?? 0) + count);
  }

  /** Writes the counters gathered so far (one at a time); on failure they stay for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    this.forgetPastWeeks();
    if (this.rows.size === 0 && this.words.size === 0) return;
    const rows = [...this.rows.values()];
    const words = [...this.words.entries()].map(([key, searches]) => {
      const [week, gemeente, word] = key.split('|') as [string, string, string];
      return { week, gemeente, word, searches };
    });
    this.rows = new Map();
    this.words = new Map();
    try {
      await this.deps.db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 1000) {
          await trx.insertInto('search_stats').values(rows.slice(i, i + 1000))
            .onConflict((oc) => oc.columns(['day', 'gemeente', 'pc4', 'theme', 'day_part', 'free', 'online']).doUpdateSet((eb) => ({
              searches: eb('search_stats.searches', '+', eb.ref('excluded.searches')),
              zero_results: eb('search_stats.zero_results', '+', eb.ref('excluded.zero_results')),
              few_results: eb('search_stats.few_results', '+', eb.ref('excluded.few_results')),
            })))
            .execute();
        }
        for (let i = 0; i < words.length; i += 1000) {
          await trx.insertInto('search_words').values(words.slice(i, i + 1000))
            .onConflict((oc) => oc.columns(['week', 'gemeente', 'word']).doUpdateSet((eb) => ({ searches: eb('search_words.searches', '+', eb.ref('excluded.searches')) })))
            .execute();
        }
      });
    } catch (error) {
      // Nothing is lost: the counts go back and are written next time.
      for (const row of rows) {
        const id = JSON.stringify({ day: row.day, gemeente: row.gemeente, pc4: row.pc4, theme: row.theme, day_part: row.day_part, free: row.free, online: row.online });
        const now = this.rows.get(id);
        if (now) {
          now.searches += row.searches;
          now.zero_results += row.zero_results;
          now.few_results += row.few_results;
        } else this.rows.set(id, row);
      }
      for (const { week, gemeente, word, searches } of words) {
        const key = `${week}|${gemeente}|${word}`;
        this.words.set(key, (this.words.get(key) ?? 0) + searches);
      }
      this.deps.log.warn('search statistics not written yet; retrying later', { error: (error as Error).message });
    }
  }

  /** A word's week is over: what never reached the minimum is forgotten for good. */
  private forgetPastWeeks(): void {
    const week = isoWeek(dutchMoment(this.deps.now()).date);
    for (const key of this.pending.keys()) if (!key.startsWith(week)) this.pending.delete(key);
    for (const key of this.published) if (!key.startsWith(week)) this.published.delete(key);
  }

  /**
   * Writes the counters every `everySeconds`; the returned stop writes what is left.
   * @example const stop = stats.start(10); … await stop();
   */
  start(everySeconds: number): () => Promise<void> {
    const timer = setInterval(() => void this.flush(), everySeconds * 1000);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await this.flush();
    };
  }
}

import { LRUCache } from 'lru-cache';
import { weakEtag } from '../http/conditional-get.js';
import { encode, type Encoding } from '../http/compression.js';

/** How long a search answer is kept at most: answers also depend on the clock (expiry, "vandaag", the next session). */
export const SEARCH_ANSWER_TTL_MS = 30_000;

/** A search answer ready to send: the JSON text, its ETag, and what the search counters need. */
export interface CachedAnswer<Summary> {
  body: string;
  etag: string;
  summary: Summary;
  /** The body compressed, made at the first request that accepts each encoding. */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

export interface AnswerCacheOptions {
  /** The search data version answers may be cached under now; undefined: do not cache. */
  version: () => string | undefined;
  /** Memory for cached answers (their JSON text), in bytes; 0 turns the cache off. */
  maxBytes: number;
  /** Longest an answer is kept, in ms: answers also depend on the clock (expiry, "vandaag", the next session). */
  ttlMs: number;
}

/**
 * Search answers by normalised query and search data version, bounded in memory (least recently
 * used out first) and in age. A write that becomes searchable moves the version on, so no answer
 * from before it is served again. An answer is stored under the version read *before* it was
 * computed: one computed while a write landed is never stored under the newer version.
 * Identical searches arriving together share one computation (a page-load burst costs one query).
 */
export class AnswerCache<Summary> {
  private readonly entries: LRUCache<string, CachedAnswer<Summary>> | undefined;
  private readonly computing = new Map<string, Promise<CachedAnswer<Summary>>>();

  constructor(private readonly options: AnswerCacheOptions) {
    this.entries = options.maxBytes > 0
      // The JSON text, and room for its compressed copies (about a fifth of it each).
      ? new LRUCache({ maxSize: options.maxBytes, sizeCalculation: (entry) => Math.ceil(entry.body.length * 1.5) + 200, ttl: options.ttlMs, ttlAutopurge: false })
      : undefined;
  }

  /** The answer for `key`: cached, being computed by another request, or computed now. */
  async get(key: string, compute: () => Promise<{ body: string; summary: Summary }>): Promise<CachedAnswer<Summary> & { cached: boolean }> {
    const version = this.entries ? this.options.version() : undefined;
    if (version === undefined) return { ...(await this.answer(undefined, compute)), cached: false };
    const versioned = `${version}\n${key}`;
    const hit = this.entries!.get(versioned);
    if (hit) return { ...hit, cached: true };
    let pending = this.computing.get(versioned);
    if (!pending) {
      pending = this.answer(version, compute);
      this.computing.set(versioned, pending);
      void pending.then((answer) => this.entries!.set(versioned, answer), () => undefined).finally(() => this.computing.delete(versioned));
    }
    return { ...(await pending), cached: false };
  }

  /** The answer's body in `encoding`, compressed once per answer. */
  encoded(answer: CachedAnswer<Summary>, encoding: Encoding): Promise<Buffer> {
    answer.encoded[encoding] ??= encode(answer.body, encoding);
    return answer.encoded[encoding];
  }

  /** Entries and bytes held, for the metrics. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }

  private async answer(version: string | undefined, compute: () => Promise<{ body: string; summary: Summary }>): Promise<CachedAnswer<Summary>> {
    const { body, summary } = await compute();
    // Tied to the data version and to the bytes.
    return { body, summary, etag: weakEtag(body, version ?? 'x'), encoded: {} };
  }
}

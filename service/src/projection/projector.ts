import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import type { Database } from '../database/connect-database.js';
import { databaseUnavailable } from '../database/database-errors.js';
import { OUTBOX_CHANNEL, type OfferStore } from '../database/offer-store.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { asUnavailable } from '../search-index/meili-errors.js';
import { bumpSearchVersion } from '../search-cache/search-version.js';
import { ChannelListener } from '../database/channel-listener.js';
import { locationDocumentIds } from '../search-index/offer-documents.js';
import type { OfferIndexWriter } from '../search-index/offer-index-writer.js';

/** One advisory lock for everything that writes the search index: the projector's batches and a rebuild. */
export const PROJECTION_LOCK = 7_357_001;
/** Longest wait between attempts while Meilisearch (or the database) is away: it is back within this. */
const MAX_BACKOFF_MS = 5000;

export interface ProjectorOptions {
  database: Database;
  store: OfferStore;
  /** A writer for the live indexes. */
  openWriter: () => OfferIndexWriter;
  log: Logger;
  metrics?: Metrics;
  /** Outbox entries per batch. */
  batchSize?: number;
  /** Batches handed to Meilisearch before the first is confirmed. */
  window?: number;
  /** How often to look at the outbox without a notification. */
  pollMs?: number;
}

export interface ProjectionLag {
  /** Outbox entries not applied yet. */
  pending: number;
  /** Age of the oldest one, in seconds (0 when none). */
  oldestSeconds: number;
}

/**
 * Applies the database's changes to the search index. Every write to an offer puts its id in the
 * outbox (in the same transaction); the projector takes the outbox in order, reads the current state
 * of those offers (published ones are written, others removed), writes them to Meilisearch, and
 * deletes the entries only once Meilisearch confirms. When Meilisearch is down it retries with
 * backoff; nothing is lost, because the outbox keeps every entry until it is applied.
 *
 * Several service instances may run one each: a PostgreSQL advisory lock lets one of them work at a
 * time, batch by batch, so no entry is applied twice and an older state never overwrites a newer one.
 */
export class Projector extends EventEmitter<{ idle: [number]; applied: [number]; failed: [unknown] }> {
  private running = false;
  private wake?: () => void;
  /** Woken by PostgreSQL when the outbox gets work; a broken connection is replaced the next round. */
  private readonly listener: ChannelListener;
  private loop?: Promise<void>;
  private failures = 0;
  /** Rounds started so far; an idle report counts only for rounds that began after someone asked. */
  private round = 0;
  private readonly batchSize: number;
  private readonly window: number;
  private readonly pollMs: number;

  constructor(private readonly options: ProjectorOptions) {
    super();
    this.batchSize = options.batchSize ?? 2500;
    this.window = options.window ?? 40;
    this.pollMs = options.pollMs ?? 2000;
    this.listener = new ChannelListener(options.database.pool, OUTBOX_CHANNEL, () => this.wake?.());
  }

  /** Starts projecting in the background; notified by PostgreSQL when the outbox gets work. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener.close();
  }

  /** Resolves the next time the outbox is empty (everything written before this call is searchable). */
  async whenIdle(): Promise<void> {
    const asked = this.round;
    await new Promise<void>((resolve) => {
      const onIdle = (round: number) => {
        if (round <= asked) return;
        this.off('idle', onIdle);
        resolve();
      };
      this.on('idle', onIdle);
      this.wake?.();
    });
  }

  async lag(): Promise<ProjectionLag> {
    const row = await this.options.database.db.selectFrom('projection_outbox')
      .select((eb) => [eb.fn.countAll<string>().as('pending'), sql<number | null>`extract(epoch from now() - min(enqueued_at))`.as('oldest')])
      .executeTakeFirstOrThrow();
    return { pending: Number(row.pending), oldestSeconds: Math.max(0, Math.round(Number(row.oldest ?? 0))) };
  }

  private async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wake = undefined;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const round = ++this.round;
      let appliedSomething = false;
      try {
        await this.listener.ensure();
        appliedSomething = await this.projectUnderLock();
        this.failures = 0;
      } catch (error) {
        this.failures++;
        this.emit('failed', error);
        const unavailable = asUnavailable(error) ?? databaseUnavailable(error);
        this.options.metrics?.projectionErrors.inc({ kind: unavailable?.store ?? 'error' });
        this.options.log[unavailable ? 'warn' : 'error']('projection paused; will retry', {
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          retryInMs: this.backoff(),
        });
      }
      if (this.failures === 0 && !appliedSomething && (await this.lag().catch(() => undefined))?.pending === 0) this.emit('idle', round);
      if (!this.running) break;
      if (this.failures > 0) await this.sleep(this.backoff());
      else if (!appliedSomething) await this.sleep(this.pollMs);
    }
  }

  private backoff(): number {
    return Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(this.failures, 7));
  }

  /**
   * Takes the lock (or leaves the work to the instance that has it) and applies the outbox until it
   * is empty. Returns whether anything was applied.
   */
  private async projectUnderLock(): Promise<boolean> {
    const client = await this.options.database.pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [PROJECTION_LOCK]);
      if (!rows[0]?.locked) return false;
      try {
        return await this.drain();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [PROJECTION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  /** Applies the outbox in order, a few batches in flight, deleting entries once Meilisearch confirms them. */
  private async drain(): Promise<boolean> {
    const { db } = this.options.database;
    let after = '0';
    let applied = 0;
    const inFlight: { writer: OfferIndexWriter; entryIds: string[]; offerIds: string[]; written: [string, string[]][]; removed: string[] }[] = [];
    const confirm = async () => {
      const oldest = inFlight.shift()!;
      const failure = await oldest.writer.finish();
      if (failure) throw new Error(`the search index refused a batch: ${failure.detail}`);
      await db.transaction().execute(async (trx) => {
        await this.options.store.markProjected(trx, oldest.written, oldest.removed);
        await trx.deleteFrom('projection_outbox').where('id', 'in', oldest.entryIds).execute();
        // Searchable now: every instance's cached search answers are out of date (announced at commit).
        await bumpSearchVersion(trx);
      });
      applied += oldest.entryIds.length;
      this.options.metrics?.projectionApplied.inc(oldest.entryIds.length);
      this.emit('applied', oldest.entryIds.length);
    };
    for (;;) {
      const entries = await db.selectFrom('projection_outbox').select(['id', 'offer_id']).where('id', '>', after).orderBy('id').limit(this.batchSize).execute();
      if (entries.length === 0) break;
      after = entries.at(-1)!.id;
      const offerIds = [...new Set(entries.map((entry) => entry.offer_id))];
      // An offer still in flight must land (and be recorded as projected) before it is written again.
      const busy = new Set(inFlight.flatMap((batch) => batch.offerIds));
      if (offerIds.some((id) => busy.has(id))) while (inFlight.length) await confirm();
      const published = await this.options.store.publishedOffers(db, offerIds);
      const writer = this.options.openWriter();
      const gone = offerIds.filter((id) => !published.has(id));
      if (gone.length) await writer.delete(gone);
      const offers = [...published.values()];
      await writer.write(offers, await this.options.store.projectedDocuments(db, offers.map((offer) => offer.id)));
      const written = offers.map((offer): [string, string[]] => [offer.id, locationDocumentIds(offer)]);
      inFlight.push({ writer, entryIds: entries.map((entry) => entry.id), offerIds, written, removed: gone });
      if (inFlight.length >= this.window) await confirm();
    }
    while (inFlight.length) await confirm();
    if (applied > 0) this.options.log.debug('projected', { entries: applied });
    return applied > 0;
  }
}

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The service's Prometheus metrics, on their own registry (tests create one per app). */
export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  meiliErrors: Counter<'kind'>;
  importedRecords: Counter<'outcome'>;
  rateLimited: Counter<'scope'>;
  projectionApplied: Counter;
  projectionErrors: Counter<'kind'>;
  /** Read when scraped: how far the search index is behind the database. */
  projectionLag: { source?: () => Promise<{ pending: number; oldestSeconds: number }> };
}

export function createMetrics({ processMetrics = true } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sek_' });
  const projectionLag: Metrics['projectionLag'] = {};
  const lagNow = async () => (await projectionLag.source?.().catch(() => undefined)) ?? { pending: -1, oldestSeconds: -1 };
  new Gauge({
    name: 'sek_projection_pending',
    help: 'Changes in the database not yet applied to the search index (-1: the database cannot be read).',
    registers: [registry],
    async collect() {
      this.set((await lagNow()).pending);
    },
  });
  new Gauge({
    name: 'sek_projection_lag_seconds',
    help: 'Age of the oldest change not yet applied to the search index (-1: the database cannot be read).',
    registers: [registry],
    async collect() {
      this.set((await lagNow()).oldestSeconds);
    },
  });
  return {
    registry,
    requestDuration: new Histogram({
      name: 'sek_http_request_duration_seconds',
      help: 'HTTP requests by route pattern and status, with their duration.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    meiliErrors: new Counter({
      name: 'sek_meilisearch_errors_total',
      help: 'Meilisearch calls that failed: unreachable, timeout, or an error answer.',
      labelNames: ['kind'],
      registers: [registry],
    }),
    importedRecords: new Counter({
      name: 'sek_import_records_total',
      help: 'Imported records by outcome (created, updated, unchanged, deleted, rejected).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'sek_rate_limited_total',
      help: 'Requests refused with 429.',
      labelNames: ['scope'],
      registers: [registry],
    }),
    projectionApplied: new Counter({
      name: 'sek_projection_applied_total',
      help: 'Outbox entries applied to the search index.',
      registers: [registry],
    }),
    projectionErrors: new Counter({
      name: 'sek_projection_errors_total',
      help: 'Projection attempts that failed and will be retried, by the store that failed (search, database).',
      labelNames: ['kind'],
      registers: [registry],
    }),
    projectionLag,
  };
}

import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The service's Prometheus metrics, on their own registry (tests create one per app). */
export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  meiliErrors: Counter<'kind'>;
  importedRecords: Counter<'outcome'>;
  rateLimited: Counter<'scope'>;
}

export function createMetrics({ processMetrics = true } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sek_' });
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
  };
}

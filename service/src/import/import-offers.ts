import type { Readable } from 'node:stream';
import { MeilisearchError, type Meilisearch } from 'meilisearch';
import type { GeoData } from '../geo/geo-data.js';
import { zodFieldErrors } from '../http/zod-field-errors.js';
import { MeiliTaskFailedError } from '../meili/wait-for-tasks.js';
import { Offer } from '../offers/offer.js';
import { OfferWriter } from '../offers/offer-store.js';
import { completeLocations } from './complete-location.js';
import type { ImportReport, Rejection } from './import-report.js';
import { openRecords, type ImportFormat } from './read-records.js';

export interface ImportOptions {
  /** File name or content type, to recognise the format. */
  name: string;
  format?: ImportFormat;
  /** The feed these offers belong to. Records without a source get it; records of another source are rejected. */
  source?: string;
  /** After importing, delete this source's offers that the file no longer lists. Needs `source`. */
  replace?: boolean;
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (progress: { read: number; valid: number; rejected: number }) => void;
}

export class ImportOptionsError extends Error {
  override readonly name = 'ImportOptionsError';
}

/** Postcodes and gemeente codes must exist, not just look right. */
function unknownPlaces(geo: GeoData, offer: Offer): Omit<Rejection, 'record' | 'id'>[] {
  const errors: Omit<Rejection, 'record' | 'id'>[] = [];
  offer.locations.forEach((location, index) => {
    if (!geo.postcodes.has(location.address.postcode.slice(0, 4))) {
      errors.push({
        field: `locations.${index}.address.postcode`,
        code: 'unknown_postcode',
        message: { nl: `Postcode ${location.address.postcode} bestaat niet.`, en: `Postcode ${location.address.postcode} does not exist.` },
      });
    }
    if (!geo.gemeenten.has(location.address.gemeenteCode)) {
      errors.push({
        field: `locations.${index}.address.gemeenteCode`,
        code: 'unknown_gemeente',
        message: { nl: `Gemeentecode ${location.address.gemeenteCode} bestaat niet.`, en: `Gemeente code ${location.address.gemeenteCode} does not exist.` },
      });
    }
  });
  return errors;
}

const idOf = (value: unknown): string | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : undefined;
};

/**
 * Imports offers from a stream: every record is validated with the offer schema; valid ones are
 * upserted by id (unchanged ones are not rewritten), each rejected one is reported with its position,
 * field and reason. Waits for Meilisearch to apply everything; a failed task makes the report `failed`.
 */
export async function importOffers(admin: Meilisearch, indexName: string, geo: GeoData, input: Readable, options: ImportOptions): Promise<ImportReport> {
  if (options.replace && !options.source) throw new ImportOptionsError('replace needs a source, so one feed never deletes the offers of another');
  const started = performance.now();
  const writer = new OfferWriter(admin, indexName, options.dryRun);
  const batchSize = options.batchSize ?? 1000;
  const { format, records } = await openRecords(input, options.name, options.format);
  const report: ImportReport = {
    status: options.dryRun ? 'dry-run' : 'applied',
    format,
    ...(options.source ? { source: options.source } : {}),
    read: 0, valid: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, rejected: 0,
    rejections: [],
    durationMs: 0,
  };
  const seenIds = new Map<string, number>();
  /** Ids of rejected records: `replace` must not delete an offer just because its new row was broken. */
  const rejectedIds = new Set<string>();
  let batch: Offer[] = [];

  const reject = (position: number, id: string | undefined, errors: Omit<Rejection, 'record' | 'id'>[]) => {
    report.rejected++;
    if (id) rejectedIds.add(id);
    for (const error of errors) report.rejections.push({ record: position, ...(id ? { id } : {}), ...error });
  };
  const flush = async () => {
    const counts = await writer.write(batch);
    report.created += counts.created;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
    batch = [];
  };

  try {
    for await (const record of records) {
      report.read++;
      if ('error' in record) {
        reject(record.position, undefined, [record.error]);
        continue;
      }
      const id = idOf(record.value);
      let value = completeLocations(geo, record.value);
      if (options.source && value && typeof value === 'object') {
        const given = (value as { source?: unknown }).source;
        if (given !== undefined && given !== options.source) {
          reject(record.position, id, [{
            field: 'source',
            code: 'source_mismatch',
            message: {
              nl: `Dit aanbod hoort bij bron "${String(given)}", niet bij "${options.source}".`,
              en: `This offer belongs to source "${String(given)}", not "${options.source}".`,
            },
          }]);
          continue;
        }
        value = { ...(value as object), source: options.source };
      }
      const parsed = Offer.safeParse(value);
      if (!parsed.success) {
        reject(record.position, id, zodFieldErrors(parsed.error));
        continue;
      }
      const unknownPlace = unknownPlaces(geo, parsed.data);
      if (unknownPlace.length) {
        reject(record.position, id, unknownPlace);
        continue;
      }
      const earlier = seenIds.get(parsed.data.id);
      if (earlier !== undefined) {
        reject(record.position, id, [{
          field: 'id',
          code: 'duplicate_id',
          message: {
            nl: `Dit id staat al eerder in het bestand (record ${earlier}).`,
            en: `This id already appears earlier in the file (record ${earlier}).`,
          },
        }]);
        continue;
      }
      seenIds.set(parsed.data.id, record.position);
      report.valid++;
      batch.push(parsed.data);
      if (batch.length >= batchSize) await flush();
      if (report.read % 1000 === 0) options.onProgress?.({ read: report.read, valid: report.valid, rejected: report.rejected });
    }
    await flush();
    if (options.replace && options.source) {
      const stored = await writer.offerIdsOfSource(options.source);
      const gone = [...stored].filter((id) => !seenIds.has(id) && !rejectedIds.has(id));
      await writer.delete(gone);
      report.deleted = gone.length;
    }
    await writer.finish();
  } catch (error) {
    // Meilisearch unreachable: the caller gets a 503 and retries; re-running an import is safe.
    if (error instanceof MeilisearchError && !(error instanceof MeiliTaskFailedError)) throw error;
    report.status = 'failed';
    report.error = error instanceof MeiliTaskFailedError
      ? `Meilisearch could not apply the import (${error.task.error?.code ?? error.task.status}); nothing is reported as imported.`
      : `The file could not be read to the end (${error instanceof Error ? error.message : String(error)}); run the import again.`;
    report.created = report.updated = report.deleted = 0;
  }
  options.onProgress?.({ read: report.read, valid: report.valid, rejected: report.rejected });
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

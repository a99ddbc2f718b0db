import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { Classifier } from '../hsds/hsds-classification.js';
import type { GeoData } from '../geo/geo-data.js';
import { StoreUnavailableError } from '../domain-errors.js';
import { completeLocations } from './complete-location.js';
import { ImportFileError } from './import-file-error.js';
import type { OfferSink } from './offer-sink.js';
import { openRecords } from './read-records.js';
import { unknownPlaces } from './unknown-places.js';
import { OFFER_FIELD_LABELS, Offer, zodFieldErrors, type ImportError, type ImportFormat, type ImportReport, type Rejection } from '@sek/contract';

export interface ImportOptions {
  /** File name or content type, to recognise the format. */
  name: string;
  format?: ImportFormat;
  /** The feed these offers belong to. Records without a source get it; records of another source are rejected. */
  source?: string;
  /** After importing, delete this source's offers that the file no longer lists. Needs `source`. */
  replace?: boolean;
  /** Largest number of offers written in one batch. */
  batchSize?: number;
  /** How HSDS records without SEK's own classification get their themes (default: SEK's mapping). */
  classifier?: Classifier;
  onProgress?: (progress: { read: number; valid: number; rejected: number }) => void;
}

export class ImportOptionsError extends Error {
  override readonly name = 'ImportOptionsError';
}

const outsideScope: Omit<Rejection, 'record' | 'id'> = {
  field: 'id',
  code: 'outside_scope',
  message: {
    nl: 'Dit aanbod mag u niet invoeren of wijzigen: het ligt buiten uw gemeenten of hoort bij een andere organisatie.',
    en: 'You may not add or change this offer: it is outside your gemeenten or belongs to another organisation.',
  },
};

const CHOOSE_THEME = {
  nl: 'Onderwerp kiezen: we konden niet bepalen waar dit aanbod over gaat. Het wacht bij "Te beoordelen" tot een coördinator een onderwerp kiest.',
  en: 'Choose a theme: we could not tell what this offer is about. It waits in the review queue until a coordinator chooses a theme.',
};

/** Stands in for the missing theme while the rest of a record is checked. */
const PLACEHOLDER_THEME = 'taal';

/** Every problem of a record is that it has no theme (nothing else is wrong with it). */
function onlyThemeMissing(error: z.ZodError, value: unknown): boolean {
  const themes = value && typeof value === 'object' ? (value as { themes?: unknown }).themes : undefined;
  return (themes === undefined || (Array.isArray(themes) && themes.length === 0)) && error.issues.every((issue) => issue.path[0] === 'themes');
}

/** Largest batch by size: offers are written once this many bytes of offers are waiting. */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;

const idOf = (value: unknown): string | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : undefined;
};

function sourceMismatch(given: unknown, source: string): Omit<Rejection, 'record' | 'id'> {
  return {
    field: 'source',
    code: 'source_mismatch',
    message: {
      nl: `Dit aanbod hoort bij bron "${String(given)}", niet bij "${source}" (kolom source).`,
      en: `This offer belongs to source "${String(given)}", not "${source}" (column source).`,
    },
  };
}

/**
 * Imports offers from a stream into a sink: every record is validated with the offer schema; valid
 * ones are written (unchanged ones are not rewritten), each rejected one is reported with its
 * position, field and reason. All of an import is applied together or not at all (the sink commits
 * at the end). Never throws for a broken file or an unreachable store: the report says so.
 *
 * `replace` removes the source's offers that the file no longer lists, but only when the whole file
 * was read and every record in it could be read and identified: a broken, cut-off or empty file
 * never deletes anything.
 */
export async function importOffers(sink: OfferSink, geo: GeoData, input: Readable, options: ImportOptions): Promise<ImportReport> {
  if (options.replace && !options.source) throw new ImportOptionsError('replace needs a source, so one feed never deletes the offers of another');
  const started = performance.now();
  const batchSize = options.batchSize ?? 1000;
  const report: ImportReport = {
    status: sink.dryRun ? 'dry-run' : 'applied',
    format: options.format ?? 'unknown',
    ...(options.source ? { source: options.source } : {}),
    read: 0, valid: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, rejected: 0, needsReview: 0, notApplied: 0,
    rejections: [],
    reviews: [],
    derived: [],
    durationMs: 0,
  };
  const seenIds = new Map<string, number>();
  /** Ids of rejected records: `replace` must not delete an offer just because its new row was broken. */
  const rejectedIds = new Set<string>();
  /** Records that could not be read, or not tied to an offer id: any of them makes `replace` unsafe. */
  let unidentified = 0;
  let batch: Offer[] = [];
  let batchBytes = 0;

  const reject = (position: number, id: string | undefined, errors: Omit<Rejection, 'record' | 'id'>[]) => {
    report.rejected++;
    if (id) rejectedIds.add(id);
    else unidentified++;
    for (const error of errors) report.rejections.push({ record: position, ...(id ? { id } : {}), ...error });
  };
  const flush = async () => {
    const offers = batch;
    batch = [];
    batchBytes = 0;
    const counts = await sink.write(offers);
    for (const id of counts.refused ?? []) {
      report.valid--;
      reject(seenIds.get(id) ?? 0, id, [outsideScope]);
    }
    report.created += counts.created;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
  };
  const fail = (error: ImportError) => {
    report.error = error;
    if (!sink.dryRun) report.status = 'failed';
  };

  try {
    const { format, records } = await openRecords(input, options.name, options.format, options.classifier);
    report.format = format;
    for await (const record of records) {
      report.read++;
      if ('error' in record) {
        reject(record.position, record.id, [record.error]);
        continue;
      }
      const id = idOf(record.value);
      const derived = [...(record.derived ?? [])];
      let value = completeLocations(geo, record.value);
      if (options.source && value && typeof value === 'object') {
        const given = (value as { source?: unknown }).source;
        if (given !== undefined && given !== options.source) {
          reject(record.position, id, [sourceMismatch(given, options.source)]);
          continue;
        }
        value = { ...(value as object), source: options.source };
      }
      let parsed = Offer.safeParse(value, { reportInput: true });
      // Only the theme is missing: a coordinator's earlier choice stays; else a coordinator chooses.
      let waitsForTheme = false;
      if (!parsed.success && id && onlyThemeMissing(parsed.error, value)) {
        const themes = await sink.storedThemes(id);
        if (themes?.length) derived.push({ field: 'themes', values: themes, basis: ['het opgeslagen aanbod'] });
        waitsForTheme = !themes?.length;
        parsed = Offer.safeParse({ ...(value as object), themes: themes?.length ? themes : [PLACEHOLDER_THEME] }, { reportInput: true });
      }
      if (!parsed.success) {
        reject(record.position, id, zodFieldErrors(parsed.error, OFFER_FIELD_LABELS));
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
            nl: `Dit id staat al eerder in het bestand (record ${earlier}, kolom id).`,
            en: `This id already appears earlier in the file (record ${earlier}, column id).`,
          },
        }]);
        continue;
      }
      seenIds.set(parsed.data.id, record.position);
      if (derived.length) report.derived.push({ record: record.position, id: parsed.data.id, derived });
      if (waitsForTheme) {
        const offer = { ...parsed.data, themes: [] };
        if (!(await sink.queueForReview(offer, 'onderwerp-kiezen', options.source ?? parsed.data.source))) {
          reject(record.position, id, [outsideScope]);
          continue;
        }
        report.needsReview++;
        report.reviews.push({ record: record.position, id: offer.id, reason: 'onderwerp-kiezen', message: CHOOSE_THEME });
        continue;
      }
      report.valid++;
      batch.push(parsed.data);
      batchBytes += JSON.stringify(parsed.data).length;
      if (batch.length >= batchSize || batchBytes >= MAX_PENDING_BYTES) await flush();
      if (report.read % 1000 === 0) options.onProgress?.({ read: report.read, valid: report.valid, rejected: report.rejected });
    }
    await flush();

    if (report.read === 0) {
      fail({ code: 'empty_file', nl: 'Het bestand is leeg: er staat geen aanbod in. Er is niets veranderd.', en: 'The file is empty: it holds no offers. Nothing was changed.' });
    } else if (options.replace && options.source) {
      if (unidentified > 0) {
        fail({
          code: 'replace_cancelled',
          nl: `Er is niets verwijderd: ${unidentified} ${unidentified === 1 ? 'record kon' : 'records konden'} we niet lezen of had geen id (zie de lijst). Verbeter het bestand en lees het opnieuw in; dan verwijderen we het aanbod dat er niet meer in staat.`,
          en: `Nothing was removed: ${unidentified} record(s) could not be read or had no id (see the list). Fix the file and import it again; then offers it no longer lists are removed.`,
        });
      } else {
        const stored = await sink.idsOfSource(options.source);
        const gone = [...stored].filter((id) => !seenIds.has(id) && !rejectedIds.has(id));
        await sink.delete(gone);
        report.deleted = gone.length;
      }
    }
    if (report.error?.code === 'empty_file') await sink.abort();
    else await sink.finish();
  } catch (error) {
    // Nothing of this import is applied: the sink rolls back everything it was handed.
    await sink.abort();
    report.notApplied = report.valid;
    report.created = report.updated = report.unchanged = report.deleted = 0;
    if (error instanceof ImportFileError) {
      const where = error.position ? { nl: ` (bij regel of record ${error.position})`, en: ` (at line or record ${error.position})` } : { nl: '', en: '' };
      fail({
        code: 'unreadable_file',
        nl: `We konden het bestand niet helemaal lezen${where.nl}: ${error.localized.nl}. Er is niets opgeslagen en niets verwijderd. Verbeter het bestand en lees het opnieuw in.`,
        en: `The file could not be read to the end${where.en}: ${error.localized.en}. Nothing was stored and nothing was removed. Fix the file and import it again.`,
      });
    } else if (error instanceof StoreUnavailableError) {
      report.status = 'failed';
      report.error = {
        code: 'database_unavailable',
        nl: 'De database werkte niet tijdens het inlezen. Er is niets opgeslagen en niets verwijderd. Lees hetzelfde bestand later opnieuw in.',
        en: 'The database was not available during the import. Nothing was stored and nothing was removed. Import the same file again later.',
      };
    } else {
      throw error;
    }
  }
  options.onProgress?.({ read: report.read, valid: report.valid, rejected: report.rejected });
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

import type { Readable } from 'node:stream';
import { hsdsServiceToOfferRecord, joinHsdsTables } from './hsds-mapping.js';
import { ImportFileError, toImportFileError } from './import-file-error.js';
import type { RawRecord } from './raw-record.js';
import { readJsonArray } from './read-json-array.js';

/** Largest HSDS tabular file read whole (its tables must be joined in memory). */
export const MAX_HSDS_TABLES_BYTES = 200 * 1024 * 1024;

/** HSDS 3.0: an array of nested services (streamed), or one object with the tables (read whole, then joined). */
export async function* readHsds(input: Readable, head: string): AsyncGenerator<RawRecord> {
  if (head.trimStart().startsWith('[')) {
    yield* readJsonArray(input, (value) => hsdsServiceToOfferRecord((value ?? {}) as Record<string, unknown>));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      size += (chunk as Buffer).length;
      if (size > MAX_HSDS_TABLES_BYTES) {
        throw new ImportFileError({
          nl: `Dit HSDS-bestand met tabellen is groter dan ${MAX_HSDS_TABLES_BYTES / 1024 / 1024} MB. Stuur de diensten als JSON-lijst`,
          en: `HSDS tables larger than ${MAX_HSDS_TABLES_BYTES / 1024 / 1024} MB; send nested services as a JSON array instead`,
        });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw toImportFileError(error, undefined, (e) => ({ nl: `Het bestand kon niet gelezen worden: ${e.message}`, en: `The file could not be read: ${e.message}` }));
  }
  let tables: unknown;
  try {
    tables = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new ImportFileError({
      nl: 'Dit is geen goede JSON: het bestand stopt te vroeg, of er staat een fout in',
      en: `This is not valid JSON: the file ends too early, or it has an error (${(error as Error).message})`,
    }, undefined, { cause: error });
  }
  const services = joinHsdsTables((tables ?? {}) as Record<string, unknown>);
  for (const [index, service] of services.entries()) yield { position: index + 1, value: hsdsServiceToOfferRecord(service) };
}

import type { Readable } from 'node:stream';
import type { ImportFormat } from '@sek/contract';
import { toImportFileError } from './import-file-error.js';
import { peekStream } from './peek-stream.js';
import type { RawRecord } from './raw-record.js';
import { readCsv } from './read-csv.js';
import { isZip, readHsds } from './read-hsds.js';
import { Classifier } from '../hsds/hsds-classification.js';
import { readJsonArray } from './read-json-array.js';
import { readNdjson } from './read-ndjson.js';


/** Guesses the format from a file name (or content type) and the first bytes. */
export function detectFormat(name: string, head: string): ImportFormat {
  const lower = name.toLowerCase();
  if (isZip(head) || lower.endsWith('.zip') || lower.includes('application/zip')) return 'hsds';
  if (lower.endsWith('.csv') || lower.includes('text/csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl') || lower.includes('ndjson')) return 'ndjson';
  const trimmed = head.trimStart();
  // SEK offers have "themes", or a "title" with a "summary"; HSDS services, organizations and pages never do.
  const sekLike = /"themes"\s*:/.test(head) || (/"title"\s*:/.test(head) && /"summary"\s*:/.test(head));
  if (trimmed.startsWith('[')) return sekLike ? 'json' : 'hsds';
  // NDJSON whose lines are offers, or one HSDS object (a service, an organization, a page, the tables).
  if (trimmed.startsWith('{')) return sekLike ? 'ndjson' : 'hsds';
  return 'csv';
}

/**
 * Streams the records of an import file in any supported format. Throws an ImportFileError (also
 * while iterating) when the file cannot be read on; never leaves a stream error unhandled.
 * @example const { records } = await openRecords(createReadStream('aanbod.csv'), 'aanbod.csv')
 */
export async function openRecords(input: Readable, nameOrType: string, format?: ImportFormat, classifier = new Classifier()): Promise<{ format: ImportFormat; records: AsyncGenerator<RawRecord> }> {
  let peeked: Awaited<ReturnType<typeof peekStream>>;
  try {
    peeked = await peekStream(input);
  } catch (error) {
    throw toImportFileError(error, 1, (e) => ({ nl: `Het bestand kon niet gelezen worden: ${e.message}`, en: `The file could not be read: ${e.message}` }));
  }
  const { head, stream } = peeked;
  const chosen = format ?? detectFormat(nameOrType, head);
  switch (chosen) {
    case 'csv': return { format: chosen, records: readCsv(stream, head) };
    case 'ndjson': return { format: chosen, records: readNdjson(stream) };
    case 'json': return { format: chosen, records: readJsonArray(stream) };
    case 'hsds': return { format: chosen, records: readHsds(stream, head, classifier) };
  }
}

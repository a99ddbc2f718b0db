import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import StreamJson from 'stream-json';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import type { FieldError } from '../http/api-error.js';
import { CSV_COLUMNS, rowsToOfferRecord, type CsvRow } from './csv-offer-columns.js';
import { hsdsServiceToOfferRecord, joinHsdsTables } from './hsds-mapping.js';

export const IMPORT_FORMATS = ['json', 'ndjson', 'csv', 'hsds'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One record from a file: its position (line or record number) and either a value or why it could not be read. */
export type RawRecord = { position: number; value: unknown } | { position: number; error: FieldError };

/** Largest HSDS tabular file read whole (its tables must be joined in memory). */
export const MAX_HSDS_TABLES_BYTES = 200 * 1024 * 1024;

/** Guesses the format from a file name (or content type) and the first bytes. */
export function detectFormat(name: string, head: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.includes('text/csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl') || lower.includes('ndjson')) return 'ndjson';
  const trimmed = head.trimStart();
  if (trimmed.startsWith('[')) return /"service_at_locations"|"organization"\s*:/.test(head) && !/"title"\s*:/.test(head) ? 'hsds' : 'json';
  if (trimmed.startsWith('{')) {
    // One object holding HSDS tables, or NDJSON whose first line is an object.
    if (/^\{\s*"(services|organizations|locations)"\s*:/.test(trimmed)) return 'hsds';
    return 'ndjson';
  }
  return 'csv';
}

function invalidJson(position: number, detail: string): RawRecord {
  return {
    position,
    error: {
      field: '(record)',
      code: 'invalid_json',
      message: { nl: `Deze regel is geen geldige JSON: ${detail}`, en: `This line is not valid JSON: ${detail}` },
    },
  };
}

async function* readNdjson(input: Readable): AsyncGenerator<RawRecord> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { position: line, value: JSON.parse(text) };
    } catch (error) {
      yield invalidJson(line, (error as Error).message);
    }
  }
}

/** Streams the elements of a top-level JSON array without holding the file in memory. */
async function* readJsonArray(input: Readable, map: (value: unknown) => unknown = (v) => v): AsyncGenerator<RawRecord> {
  const pipeline = input.pipe(StreamJson.parser()).pipe(StreamArray.streamArray());
  try {
    for await (const { key, value } of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      yield { position: key + 1, value: map(value) };
    }
  } catch (error) {
    yield invalidJson(0, (error as Error).message);
  }
}

/** CSV rows grouped into offers: consecutive rows with the same id are one offer at several locations. */
async function* readCsv(input: Readable, head: string): AsyncGenerator<RawRecord> {
  // Dutch spreadsheets save with ";" (and decimal commas); the header line decides.
  const header = head.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = input.pipe(parseCsv({
    delimiter,
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }));
  let group: CsvRow[] = [];
  let groupLine = 0;
  const seen = new Set<string>();
  const flush = function* (): Generator<RawRecord> {
    if (group.length === 0) return;
    const id = group[0]!.id?.trim();
    if (id && seen.has(id)) {
      yield {
        position: groupLine,
        error: {
          field: 'id',
          code: 'rows_not_together',
          message: {
            nl: `De regels van aanbod ${id} staan niet onder elkaar. Zet alle regels van één aanbod direct onder elkaar.`,
            en: `The rows of offer ${id} are not together. Put all rows of one offer directly below each other.`,
          },
        },
      };
    } else {
      if (id) seen.add(id);
      yield { position: groupLine, value: rowsToOfferRecord(group) };
    }
    group = [];
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const row: CsvRow = {};
      for (const column of CSV_COLUMNS) if (record[column] !== undefined) row[column] = record[column];
      const id = row.id?.trim() ?? '';
      if (group.length > 0 && (group[0]!.id?.trim() ?? '') !== id) yield* flush();
      if (group.length === 0) groupLine = info.lines;
      group.push(row);
      if (!id) yield* flush(); // a row without id stands alone (and will be rejected for it)
    }
    yield* flush();
  } catch (error) {
    yield { position: groupLine, error: { field: '(file)', code: 'invalid_csv', message: { nl: `Dit CSV-bestand kunnen we niet lezen: ${(error as Error).message}`, en: `This CSV file cannot be read: ${(error as Error).message}` } } };
  }
}

async function* readHsds(input: Readable, head: string): AsyncGenerator<RawRecord> {
  if (head.trimStart().startsWith('[')) {
    yield* readJsonArray(input, (value) => hsdsServiceToOfferRecord((value ?? {}) as Record<string, unknown>));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += (chunk as Buffer).length;
    if (size > MAX_HSDS_TABLES_BYTES) {
      yield invalidJson(0, `HSDS tables larger than ${MAX_HSDS_TABLES_BYTES / 1024 / 1024} MB; send nested services as a JSON array instead`);
      return;
    }
    chunks.push(chunk as Buffer);
  }
  let tables: unknown;
  try {
    tables = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    yield invalidJson(0, (error as Error).message);
    return;
  }
  const services = joinHsdsTables((tables ?? {}) as Record<string, unknown>);
  for (const [index, service] of services.entries()) yield { position: index + 1, value: hsdsServiceToOfferRecord(service) };
}

/** Reads the first bytes without consuming them: returns them and a stream that still starts at byte 0. */
async function peek(input: Readable, bytes = 4096): Promise<{ head: string; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as string);
    buffered.push(chunk);
    length += chunk.length;
  }
  async function* replay() {
    yield* buffered;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  }
  return { head: Buffer.concat(buffered).toString('utf8').replace(/^\uFEFF/, ''), stream: Readable.from(replay(), { objectMode: false }) };
}

/**
 * Streams the records of an import file in any supported format.
 * @example for await (const record of readRecords(createReadStream('aanbod.csv'), 'aanbod.csv')) …
 */
export async function openRecords(input: Readable, nameOrType: string, format?: ImportFormat): Promise<{ format: ImportFormat; records: AsyncGenerator<RawRecord> }> {
  const { head, stream } = await peek(input);
  const chosen = format ?? detectFormat(nameOrType, head);
  switch (chosen) {
    case 'csv': return { format: chosen, records: readCsv(stream, head) };
    case 'ndjson': return { format: chosen, records: readNdjson(stream) };
    case 'json': return { format: chosen, records: readJsonArray(stream) };
    case 'hsds': return { format: chosen, records: readHsds(stream, head) };
  }
}

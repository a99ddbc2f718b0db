import { pipeline, type Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { LocalizedMessage } from '@sek/contract';
import { CSV_COLUMNS, rowsToOfferRecord, type CsvRow } from './csv-offer-columns.js';
import { ScheduleCellError } from '@sek/contract/schedule-text';
import { toImportFileError } from './import-file-error.js';
import type { RawRecord } from './raw-record.js';

/** csv-parse's error codes in words a coordinator understands. */
function describeCsvError(error: Error & { code?: string; lines?: number }): LocalizedMessage {
  const line = error.lines ? { nl: ` in regel ${error.lines}`, en: ` on line ${error.lines}` } : { nl: '', en: '' };
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return {
        nl: `Er staat een aanhalingsteken (") op een verkeerde plek${line.nl}. Haal het weg of zet de hele tekst van dat vakje tussen aanhalingstekens`,
        en: `There is a quote (") in the wrong place${line.en}. Remove it, or quote the whole cell`,
      };
    default:
      return { nl: `Dit CSV-bestand kunnen we niet lezen${line.nl}`, en: `This CSV file cannot be read${line.en}` };
  }
}

/** CSV rows grouped into offers: consecutive rows with the same id are one offer at several locations. */
export async function* readCsv(input: Readable, head: string): AsyncGenerator<RawRecord> {
  // Dutch spreadsheets save with ";" (and decimal commas); the header line decides.
  const header = head.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = pipeline(input, parseCsv({
    delimiter,
    columns: (names: string[]) => names.map((h) => h.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }), () => {});
  let group: CsvRow[] = [];
  let groupLine = 0;
  let lastLine = 0;
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
      try {
        yield { position: groupLine, value: rowsToOfferRecord(group) };
      } catch (error) {
        if (!(error instanceof ScheduleCellError)) throw error;
        yield { position: groupLine, error: error.fieldError };
      }
    }
    group = [];
  };
  try {
    for await (const { record, info } of rows as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      lastLine = info.lines;
      const row: CsvRow = {};
      for (const column of CSV_COLUMNS) if (record[column] !== undefined) row[column] = record[column];
      const id = row.id?.trim() ?? '';
      if (group.length > 0 && (group[0]!.id?.trim() ?? '') !== id) yield* flush();
      if (group.length === 0) groupLine = info.lines;
      group.push(row);
      if (!id) yield* flush(); // a row without id stands alone (and will be rejected for it)
    }
  } catch (error) {
    // The rows of the group being read may be incomplete: they are not imported.
    throw toImportFileError(error, lastLine + 1, (e) => describeCsvError(e));
  } finally {
    rows.destroy();
  }
  yield* flush();
}

import type { ExportFormat, Offer } from '@sek/contract';
import { csvLine, CSV_COLUMNS, offerToRows } from '../import/csv-offer-columns.js';
import { offerToHsdsService } from '../hsds/offer-to-hsds.js';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  hsds: 'application/json; charset=utf-8',
};

/** The export file as text chunks, streamed: NDJSON, the CSV template, or a JSON array of HSDS 3.0 services. */
export async function* exportChunks(offers: AsyncIterable<Offer>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\r\n`;
  if (format === 'hsds') yield '[';
  let first = true;
  for await (const offer of offers) {
    if (format === 'ndjson') yield `${JSON.stringify(offer)}\n`;
    else if (format === 'csv') yield offerToRows(offer).map(csvLine).join('');
    else {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(offerToHsdsService(offer))}`;
      first = false;
    }
  }
  if (format === 'hsds') yield '\n]\n';
}

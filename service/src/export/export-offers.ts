import type { Meilisearch } from 'meilisearch';
import type { Offer } from '../offers/offer.js';
import type { OfferRecordDocument } from '../search-index/offer-documents.js';
import { quote } from '../search/search-filter.js';
import { csvLine, CSV_COLUMNS, offerToRows } from '../import/csv-offer-columns.js';
import { offerToHsdsService } from '../import/hsds-mapping.js';

export const EXPORT_FORMATS = ['ndjson', 'csv', 'hsds'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  hsds: 'application/json; charset=utf-8',
};

const PAGE = 1000;

/**
 * Every stored offer (all statuses, so an export re-imported gives the same index), page by page.
 * With `region`: offers with a location in those gemeenten and online offers that serve them.
 */
export async function* storedOffers(client: Meilisearch, indexName: string, region: string[] = []): AsyncGenerator<Offer> {
  const codes = region.map(quote).join(', ');
  const filter = region.length
    ? `gemeenteCodes IN [${codes}] OR (hasLocation = false AND (serviceNational = true OR serviceGemeenten IN [${codes}]))`
    : undefined;
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.index<OfferRecordDocument>(indexName).getDocuments({ fields: ['offer'], limit: PAGE, offset, ...(filter ? { filter } : {}) });
    for (const doc of page.results as Pick<OfferRecordDocument, 'offer'>[]) yield doc.offer;
    if (page.results.length < PAGE) return;
  }
}

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

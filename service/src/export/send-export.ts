import { Readable } from 'node:stream';
import type { Context } from 'koa';
import type { ExportFormat, Offer } from '@sek/contract';
import { EXPORT_CONTENT_TYPES, exportChunks } from './export-offers.js';

/**
 * Answers with offers streamed as a download. The first offer is read before answering, so an
 * unreachable database is a 503, not a broken stream.
 */
export async function sendExport(ctx: Context, offers: AsyncIterable<Offer>, format: ExportFormat, fileName: string): Promise<void> {
  const iterator = offers[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* all() {
    if (!first.done) yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  ctx.type = EXPORT_CONTENT_TYPES[format];
  ctx.set('Content-Disposition', `attachment; filename="${fileName}.${format === 'hsds' ? 'hsds.json' : format}"`);
  ctx.body = Readable.from(exportChunks(all(), format));
}

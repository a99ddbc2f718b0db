#!/usr/bin/env node
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { loadGeoData } from './geo/geo-data.js';
import { importOffers } from './import/import-offers.js';
import { OfferIndexWriter } from './search-index/offer-index-writer.js';
import { exportChunks } from './export/export-offers.js';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFormat, type ImportFormat } from '@sek/contract';
import { SearchIndex } from './search-index/search-index.js';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from './meili/embedded-meilisearch.js';
import { indexNames } from './meili/index-settings.js';
import { createMeiliClient } from './meili/meili-clients.js';
import { prepareIndexes } from './meili/prepare-indexes.js';
import { ProgressLine } from './progress-line.js';
import { formatImportReport } from './import/format-import-report.js';

const USAGE = `Usage:
  pnpm sek import <file> [--format json|ndjson|csv|hsds] [--source NAME] [--replace] [--dry-run] [--json]
  pnpm sek export [--format ndjson|csv|hsds] [--region GM0512,GM1978] [--out FILE]

Uses MEILI_URL + MEILI_MASTER_KEY when set, otherwise the embedded Meilisearch in SEK_DATA_DIR
(stop "pnpm start" first, or use POST /v1/admin/import while it runs).`;

async function withMeili<T>(config: Config, work: (admin: ReturnType<typeof createMeiliClient>) => Promise<T>): Promise<T> {
  let embedded: EmbeddedMeilisearch | undefined;
  if (!config.MEILI_URL || !config.MEILI_MASTER_KEY) {
    try {
      embedded = await startEmbeddedMeilisearch({ dataDir: config.SEK_DATA_DIR });
    } catch (error) {
      throw new Error(`Could not start the embedded Meilisearch in ${config.SEK_DATA_DIR} (is "pnpm start" running? Stop it, or use POST /v1/admin/import).`, { cause: error });
    }
  }
  try {
    const admin = createMeiliClient({ url: embedded?.url ?? config.MEILI_URL!, apiKey: embedded?.masterKey ?? config.MEILI_MASTER_KEY!, timeoutMs: config.MEILI_ADMIN_TIMEOUT_MS });
    return await work(admin);
  } finally {
    await embedded?.stop();
  }
}

async function runImport(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      source: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('import needs a file');
  if (values.format && !IMPORT_FORMATS.includes(values.format as ImportFormat)) throw new UsageError(`unknown format ${values.format}`);
  const geo = loadGeoData();
  const names = indexNames(config.SEK_INDEX_PREFIX);
  const report = await withMeili(config, async (admin) => {
    await prepareIndexes(admin, names, geo);
    const progress = new ProgressLine(process.stderr);
    const size = statSync(file).size || 1;
    const input = createReadStream(file);
    const writer = new OfferIndexWriter(admin, names, { dryRun: values['dry-run'] });
    const result = await importOffers(writer, geo, input, {
      name: file,
      ...(values.format ? { format: values.format as ImportFormat } : {}),
      ...(values.source ? { source: values.source } : {}),
      replace: values.replace,
      onProgress: (p) => progress.update(`read ${p.read} · valid ${p.valid} · rejected ${p.rejected}`, p.read, input.bytesRead / size),
    });
    progress.done();
    return result;
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(formatImportReport(report));
  }
  return report.error ? 1 : report.rejected > 0 ? 3 : 0;
}

async function runExport(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'ndjson' }, region: { type: 'string' }, out: { type: 'string' } } });
  if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) throw new UsageError(`unknown format ${values.format}`);
  const names = indexNames(config.SEK_INDEX_PREFIX);
  await withMeili(config, async (admin) => {
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const region = values.region ? values.region.split(',').map((s) => s.trim()) : [];
    for await (const chunk of exportChunks(new SearchIndex(admin, admin, names).storedOffers(region), values.format as ExportFormat)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
  });
  return 0;
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    if (command === 'import') return await runImport(config, rest);
    if (command === 'export') return await runExport(config, rest);
    throw new UsageError(command ? `unknown command ${command}` : 'no command');
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    process.stderr.write(`sek: ${error instanceof Error ? error.message : String(error)}${cause}\n`);
    process.exit(1);
  },
);

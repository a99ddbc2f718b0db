#!/usr/bin/env node
import { createReadStream, createWriteStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { zipSync } from 'fflate';
import { loadClassifier } from './hsds/hsds-classification.js';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFormat, type ImportFormat } from '@sek/contract';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { DatabaseOfferSink } from './database/database-offer-sink.js';
import { OfferStore } from './database/offer-store.js';
import { openDatabase } from './database/open-database.js';
import { exportChunks } from './export/export-offers.js';
import { loadGeoData } from './geo/geo-data.js';
import { formatImportReport } from './import/format-import-report.js';
import { importOffers } from './import/import-offers.js';
import { createLogger } from './log.js';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from './meili/embedded-meilisearch.js';
import { indexNames } from './meili/index-settings.js';
import { createMeiliClient } from './meili/meili-clients.js';
import { reindex } from './projection/reindex.js';
import { ProgressLine } from './progress-line.js';
import { AccountStore } from './accounts/account-store.js';
import { loginLink } from './accounts/login-mail.js';
import { NewUser, ROLES, zodFieldErrors } from '@sek/contract';

const USAGE = `Usage:
  pnpm sek import <file or HSDS CSV folder> [--format json|ndjson|csv|hsds] [--source NAME] [--replace] [--dry-run] [--json]
  pnpm sek export [--format ndjson|csv|hsds] [--region GM0512,GM1978] [--out FILE]
  pnpm sek reindex
  pnpm sek user add --role beheerder|coordinator|aanbieder --email ADDRESS --name NAME [--gemeenten GM0512,GM1978] [--organization ID]
  pnpm sek user link --email ADDRESS
  pnpm sek user list

import and export work on the database: DATABASE_URL when set, otherwise the embedded PostgreSQL in
SEK_DATA_DIR (the one "pnpm start" runs, or one started for this command). A running SEK makes
imported offers searchable within seconds; otherwise at its next start.
user add makes an account and prints a login link (valid 15 minutes, once); user link prints a
new one for an existing account. Links point at SEK_PUBLIC_URL (default http://HOST:PORT).
reindex rebuilds the search index from the database (MEILI_URL, or the embedded Meilisearch when
"pnpm start" is not running; while it runs, use POST /v1/admin/reindex).`;

class UsageError extends Error {}

/** The database, opened for one command and closed after it. */
async function withStore<T>(config: Config, work: (store: OfferStore) => Promise<T>): Promise<T> {
  const opened = await openDatabase(config, createLogger('warn'));
  try {
    return await work(new OfferStore(opened.database.db));
  } finally {
    await opened.close();
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
  // A folder is an HSDS CSV data package (datapackage.json and the tables): read as the zip it would be.
  const folder = statSync(file).isDirectory();
  const zipped = folder ? Buffer.from(zipSync(Object.fromEntries(readdirSync(file).filter((name) => statSync(join(file, name)).isFile()).map((name) => [name, readFileSync(join(file, name))])))) : undefined;
  const size = zipped?.length ?? (statSync(file).size || 1);
  const classifier = loadClassifier(config.SEK_HSDS_CLASSIFICATION, (path) => readFileSync(path, 'utf8'));
  const geo = loadGeoData();
  const report = await withStore(config, async (store) => {
    const progress = new ProgressLine(process.stderr);
    let bytesRead = 0;
    const input = zipped ? Readable.from([zipped]) : createReadStream(file);
    input.on('data', (chunk: Buffer) => { bytesRead += chunk.length; });
    const sink = new DatabaseOfferSink(store, { by: `import:${values.source ?? 'cli'}`, reason: `Import van ${file} (pnpm sek import)` }, { dryRun: values['dry-run'] });
    const result = await importOffers(sink, geo, input, {
      name: folder ? `${file}.zip` : file,
      classifier,
      ...(values.format ? { format: values.format as ImportFormat } : {}),
      ...(values.source ? { source: values.source } : {}),
      replace: values.replace,
      onProgress: (p) => progress.update(`read ${p.read} · valid ${p.valid} · rejected ${p.rejected}`, p.read, bytesRead / size),
    });
    progress.done();
    return result;
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(report));
  return report.error ? 1 : report.rejected > 0 ? 3 : 0;
}

async function runExport(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'ndjson' }, region: { type: 'string' }, out: { type: 'string' } } });
  if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) throw new UsageError(`unknown format ${values.format}`);
  await withStore(config, async (store) => {
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const region = values.region ? values.region.split(',').map((s) => s.trim()) : [];
    for await (const chunk of exportChunks(store.publishedOffersIn(region), values.format as ExportFormat)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
  });
  return 0;
}

async function runReindex(config: Config): Promise<number> {
  const log = createLogger('info');
  let embedded: EmbeddedMeilisearch | undefined;
  if (!config.MEILI_URL || !config.MEILI_MASTER_KEY) {
    try {
      embedded = await startEmbeddedMeilisearch({ dataDir: config.SEK_DATA_DIR });
    } catch (error) {
      throw new Error(`Could not start the embedded Meilisearch in ${config.SEK_DATA_DIR} (is "pnpm start" running? Then use POST /v1/admin/reindex).`, { cause: error });
    }
  }
  const opened = await openDatabase(config, log);
  try {
    const admin = createMeiliClient({ url: embedded?.url ?? config.MEILI_URL!, apiKey: embedded?.masterKey ?? config.MEILI_MASTER_KEY!, timeoutMs: config.MEILI_ADMIN_TIMEOUT_MS });
    const count = await reindex(opened.database, admin, indexNames(config.SEK_INDEX_PREFIX), log);
    process.stdout.write(`De zoekindex is opnieuw opgebouwd: ${count} aanbod.\n`);
    return 0;
  } finally {
    await opened.close();
    await embedded?.stop();
  }
}

/** `pnpm sek user add|link|list`: the first beheerder, and a login link when mail is not set up. */
async function runUser(config: Config, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { role: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, gemeenten: { type: 'string' }, organization: { type: 'string' } } });
  const publicUrl = config.SEK_PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  const opened = await openDatabase(config, createLogger('warn'));
  try {
    const accounts = new AccountStore(opened.database.db, () => new Date(), { idleMinutes: config.SEK_SESSION_IDLE_MINUTES, maxHours: config.SEK_SESSION_MAX_HOURS });
    if (action === 'list') {
      for (const user of await accounts.listUsers()) {
        process.stdout.write(`${user.email}\t${user.role}\t${user.name}${user.gemeenten.length ? `\t${user.gemeenten.join(',')}` : ''}${user.organization_id ? `\t${user.organization_id}` : ''}${user.disabled_at ? '\t(geen toegang meer)' : ''}\n`);
      }
      return 0;
    }
    if (action === 'add') {
      if (values.role && !(ROLES as readonly string[]).includes(values.role)) throw new UsageError(`unknown role ${values.role} (use ${ROLES.join(', ')})`);
      const parsed = NewUser.safeParse({
        email: values.email, name: values.name ?? values.email?.split('@')[0], role: values.role,
        gemeenten: values.gemeenten ? values.gemeenten.split(',').map((code) => code.trim()) : [],
        ...(values.organization ? { organizationId: values.organization } : {}),
      });
      if (!parsed.success) throw new UsageError(zodFieldErrors(parsed.error).map((error) => `--${error.field}: ${error.message.en}`).join('\n'));
      const user = await accounts.addUser(parsed.data, 'cli');
      if (!user) throw new UsageError(`${parsed.data.email} already has an account; "pnpm sek user link --email ${parsed.data.email}" prints a login link`);
      const token = await accounts.createLoginToken(user.id);
      process.stdout.write(`Account gemaakt: ${user.name} <${user.email}> (${user.role}).\nInloglink (15 minuten geldig, één keer te gebruiken):\n${loginLink(publicUrl, token)}\n`);
      return 0;
    }
    if (action === 'link') {
      const user = values.email ? await accounts.userByEmail(values.email) : undefined;
      if (!values.email) throw new UsageError('user link needs --email');
      if (!user || user.disabled_at) throw new UsageError(`${values.email} has no active account`);
      const token = await accounts.createLoginToken(user.id);
      await accounts.audit('cli', 'login-link', user.id);
      process.stdout.write(`Inloglink voor ${user.email} (15 minuten geldig, één keer te gebruiken):\n${loginLink(publicUrl, token)}\n`);
      return 0;
    }
    throw new UsageError(action ? `unknown user command ${action}` : 'user needs add, link or list');
  } finally {
    await opened.close();
  }
}

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
    if (command === 'reindex') return await runReindex(config);
    if (command === 'user') return await runUser(config, rest);
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

#!/usr/bin/env node
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './log.js';
import { EmbeddedMeilisearchError } from './meili/embedded-meilisearch.js';
import { startService } from './start-service.js';

/** `pnpm start`: the whole product on one machine. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);

  const service = await startService(config, log).catch((error: unknown) => {
    if (error instanceof EmbeddedMeilisearchError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  });

  process.stdout.write(`\nSEK is running. Open ${service.url}/demo/ in your browser.\nBeheer: ${service.url}/beheer/  ·  API: ${service.url}/v1/search?near=4201  ·  OpenAPI: ${service.url}/openapi.json\n\n`);
  log.info('listening', { url: service.url });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    service.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`SEK could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

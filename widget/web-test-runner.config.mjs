import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts the real SEK service (embedded Meilisearch with the demo offers, from service/dist) for
 * the run, and serves its URL to the tests at /sek-test-api.json. `pnpm test` builds it first.
 */
function sekServicePlugin() {
  let service;
  let dataDir;
  return {
    name: 'sek-service',
    async serverStart() {
      const { startService } = await import('../service/dist/start-service.js');
      const { loadConfig } = await import('../service/dist/config/config.js');
      const { createLogger } = await import('../service/dist/log.js');
      dataDir = await mkdtemp(join(tmpdir(), 'sek-widget-test-'));
      // The test page runs on another origin than the service, and sends many requests from one address.
      service = await startService(loadConfig({ PORT: '0', SEK_DATA_DIR: dataDir, SEK_ALLOWED_ORIGINS: '*', SEK_RATE_LIMIT_PER_MINUTE: '100000' }), createLogger('warn'));
    },
    async serverStop() {
      await service?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/sek-test-api.json') return { body: JSON.stringify({ api: service.url }), type: 'json' };
      return undefined;
    },
  };
}

export default {
  rootDir: '..',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }), sekServicePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      },
    }),
  ],
};

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeilisearch } from '../../src/meili/embedded-meilisearch.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
    /** A superuser URL of the run's PostgreSQL; each test service creates its own database there. */
    postgresUrl: string;
  }
}

/**
 * One real Meilisearch and one real PostgreSQL for the whole run, in temp dirs on free ports;
 * removed afterwards. Test files keep apart by index prefix and database name.
 */
export default async function setup(project: TestProject) {
  const meiliDir = await mkdtemp(join(tmpdir(), 'sek-test-meili-'));
  const postgresDir = await mkdtemp(join(tmpdir(), 'sek-test-postgres-'));
  const meili = await startEmbeddedMeilisearch({ dataDir: meiliDir });
  const postgres = await startEmbeddedPostgres({ dataDir: postgresDir }).catch(async (error: unknown) => {
    await meili.stop();
    throw error;
  });
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meili.masterKey);
  project.provide('postgresUrl', postgres.url);
  return async () => {
    await postgres.stop();
    await meili.stop();
    await rm(meiliDir, { recursive: true, force: true });
    await rm(postgresDir, { recursive: true, force: true });
  };
}

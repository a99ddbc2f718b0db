import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeilisearch } from '../../src/meili/embedded-meilisearch.js';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
  }
}

/** One real Meilisearch for the whole run, in its own temp dir on a free port; removed afterwards. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'sek-test-meili-'));
  const meili = await startEmbeddedMeilisearch({ dataDir });
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meili.masterKey);
  return async () => {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

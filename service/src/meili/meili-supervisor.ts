import type { Logger } from '../log.js';
import { supervise } from '../process-supervisor.js';
import { startEmbeddedMeilisearch } from './embedded-meilisearch.js';

export interface SupervisedMeilisearch {
  url: string;
  masterKey: string;
  /** The pid of the Meilisearch process running now. */
  pid(): number | undefined;
  /** Stops supervision and the process. */
  stop(): Promise<void>;
}

/**
 * Runs the embedded Meilisearch and restarts it when it dies (same port, key and data). While it is
 * down the service answers 503; when it is back, searches work again without restarting the service.
 */
export async function superviseEmbeddedMeilisearch(dataDir: string, log: Logger): Promise<SupervisedMeilisearch> {
  const onLog = (line: string) => log.debug('meilisearch', { line });
  const first = await startEmbeddedMeilisearch({ dataDir, onLog });
  const port = Number(new URL(first.url).port);
  const supervised = await supervise('Meilisearch', async (restart) => (restart ? startEmbeddedMeilisearch({ dataDir, port, masterKey: first.masterKey, onLog }) : first), log);
  return { url: first.url, masterKey: first.masterKey, pid: () => supervised.current().process.pid, stop: () => supervised.stop() };
}

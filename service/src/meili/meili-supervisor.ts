import type { Logger } from '../log.js';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from './embedded-meilisearch.js';

export interface SupervisedMeilisearch {
  url: string;
  masterKey: string;
  /** The pid of the Meilisearch process running now. */
  pid(): number | undefined;
  /** Stops supervision and the process. */
  stop(): Promise<void>;
}

/**
 * Runs the embedded Meilisearch and restarts it when it dies (same port, key and data), with
 * backoff from 0.5 s to 10 s. While it is down the service answers 503; when it is back, searches
 * work again without restarting the service.
 */
export async function superviseEmbeddedMeilisearch(dataDir: string, log: Logger): Promise<SupervisedMeilisearch> {
  let current: EmbeddedMeilisearch = await startEmbeddedMeilisearch({ dataDir, onLog: (line) => log.debug('meilisearch', { line }) });
  const { url, masterKey } = current;
  const port = Number(new URL(url).port);
  let stopping = false;
  let delay = 500;

  const watch = (instance: EmbeddedMeilisearch) => {
    void instance.exited.then(async (code) => {
      if (stopping) return;
      log.error('embedded Meilisearch stopped unexpectedly; restarting', { code, pid: instance.process.pid, retryInMs: delay });
      while (!stopping) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (stopping) return;
        try {
          current = await startEmbeddedMeilisearch({ dataDir, port, masterKey, onLog: (line) => log.debug('meilisearch', { line }) });
          log.info('embedded Meilisearch restarted', { pid: current.process.pid, url });
          delay = 500;
          watch(current);
          return;
        } catch (error) {
          delay = Math.min(10_000, delay * 2);
          log.error('embedded Meilisearch did not restart; trying again', { error: error instanceof Error ? error.message : String(error), retryInMs: delay });
        }
      }
    });
  };
  watch(current);

  return {
    url,
    masterKey,
    pid: () => current.process.pid,
    async stop() {
      stopping = true;
      await current.stop();
    },
  };
}

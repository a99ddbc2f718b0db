import type { ChildProcess } from 'node:child_process';
import type { Logger } from './log.js';

/** A child process SEK runs for itself (the embedded Meilisearch or PostgreSQL). */
export interface SupervisedChild {
  exited: Promise<number | null>;
  stop(): Promise<void>;
  readonly process: ChildProcess;
}

export interface Supervised<T extends SupervisedChild> {
  /** The instance running now. */
  current(): T;
  /** Stops supervision and the process. */
  stop(): Promise<void>;
}

/**
 * Keeps an embedded server running: when it dies, starts it again (the caller reuses port, keys and
 * data), backing off from 0.5 s to 10 s. Clients connected to it recover by themselves once it is back.
 * @example const meili = await supervise('Meilisearch', (first) => startEmbeddedMeilisearch(…), log)
 */
export async function supervise<T extends SupervisedChild>(name: string, start: (restart: boolean) => Promise<T>, log: Logger): Promise<Supervised<T>> {
  let current = await start(false);
  let stopping = false;
  let delay = 500;
  const watch = (instance: T) => {
    void instance.exited.then(async (code) => {
      if (stopping) return;
      log.error(`embedded ${name} stopped unexpectedly; restarting`, { code, pid: instance.process.pid, retryInMs: delay });
      while (!stopping) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (stopping) return;
        try {
          current = await start(true);
          log.info(`embedded ${name} restarted`, { pid: current.process.pid });
          delay = 500;
          watch(current);
          return;
        } catch (error) {
          delay = Math.min(10_000, delay * 2);
          log.error(`embedded ${name} did not restart; trying again`, { error: error instanceof Error ? error.message : String(error), retryInMs: delay });
        }
      }
    });
  };
  watch(current);
  return {
    current: () => current,
    async stop() {
      stopping = true;
      await current.stop();
    },
  };
}

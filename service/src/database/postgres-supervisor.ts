import type { Logger } from '../log.js';
import { supervise } from '../process-supervisor.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface SupervisedPostgres {
  url: string;
  /** The pid of the PostgreSQL server running now. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Runs the embedded PostgreSQL and restarts it when it dies (same port and data). While it is down,
 * writes answer 503 (searches keep working: they do not use the database).
 */
export async function superviseEmbeddedPostgres(dataDir: string, log: Logger): Promise<SupervisedPostgres> {
  const onLog = (line: string) => log.debug('postgres', { line });
  const first = await startEmbeddedPostgres({ dataDir, onLog });
  const supervised = await supervise('PostgreSQL', async (restart) => (restart ? startEmbeddedPostgres({ dataDir, port: first.port, onLog }) : first), log);
  return { url: first.url, pid: () => supervised.current().process.pid, stop: () => supervised.stop() };
}

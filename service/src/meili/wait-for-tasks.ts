import type { Meilisearch, Task } from 'meilisearch';

export class MeiliTaskFailedError extends Error {
  override readonly name = 'MeiliTaskFailedError';
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? 'unknown error'}`);
  }
}

/** Meilisearch did not finish the tasks in time (it is stuck or overloaded). */
export class MeiliWaitTimeoutError extends Error {
  override readonly name = 'MeiliWaitTimeoutError';
}

const TERMINAL = new Set(['succeeded', 'failed', 'canceled']);

/** How long SEK waits for Meilisearch to finish indexing one import or one reindex (documented in the README). */
export const INDEXING_WAIT_MS = 30 * 60_000;

/**
 * Waits until every task has finished (succeeded, failed or canceled) and returns them by uid.
 * Polls all pending tasks in one call per round, backing off from 20 ms to 500 ms; each poll is
 * bounded by the client's timeout. (The client's own waitTask shares one abort signal across polls
 * and leaks a listener per poll.)
 */
export async function waitForTaskResults(admin: Meilisearch, taskUids: number[], timeoutMs = INDEXING_WAIT_MS): Promise<Map<number, Task>> {
  const done = new Map<number, Task>();
  let pending = [...new Set(taskUids)];
  let delay = 20;
  const deadline = Date.now() + timeoutMs;
  while (pending.length > 0) {
    for (let i = 0; i < pending.length; i += 500) {
      const { results } = await admin.tasks.getTasks({ uids: pending.slice(i, i + 500), limit: 500 });
      for (const task of results) if (TERMINAL.has(task.status)) done.set(task.uid, task);
    }
    pending = pending.filter((uid) => !done.has(uid));
    if (pending.length === 0) break;
    if (Date.now() > deadline) throw new MeiliWaitTimeoutError(`Meilisearch tasks ${pending.slice(0, 5).join(', ')} did not finish within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(500, delay * 2);
  }
  return done;
}

/** Waits for every task and throws MeiliTaskFailedError for the first one that did not succeed. */
export async function waitForTasks(admin: Meilisearch, taskUids: number[], timeoutMs = INDEXING_WAIT_MS): Promise<Task[]> {
  const done = await waitForTaskResults(admin, taskUids, timeoutMs);
  const tasks = taskUids.map((uid) => done.get(uid)!);
  const failed = tasks.find((task) => task.status !== 'succeeded');
  if (failed) throw new MeiliTaskFailedError(failed);
  return tasks;
}

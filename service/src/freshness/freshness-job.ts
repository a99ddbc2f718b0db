import type { Logger } from '../log.js';
import type { Freshness } from './freshness.js';

/** The first run waits this long after start, so a starting service answers requests first. */
const FIRST_RUN_MS = 15_000;

/**
 * Runs the freshness job every `everyMinutes` in this instance. Every instance schedules it; the
 * job's advisory lock lets one run at a time, and its steps are idempotent, so more instances
 * never send a mail twice. Logs counts only (no offers, no addresses).
 * @returns stop: no new runs, and waits for a run in progress
 */
export function scheduleFreshness(freshness: Freshness, log: Logger, everyMinutes: number): () => Promise<void> {
  if (everyMinutes <= 0) {
    log.info('freshness job off (SEK_FRESHNESS_EVERY_MINUTES=0): run it with POST /v1/admin/freshness/run');
    return async () => {};
  }
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = freshness.run().then(
      (result) => { if (result.ran && (result.asked || result.reminded || result.hidden)) log.info('freshness job ran', result); },
      (error: unknown) => log.warn('freshness job failed; it tries again at the next run', { error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const first = setTimeout(tick, FIRST_RUN_MS);
  const every = setInterval(tick, everyMinutes * 60_000);
  first.unref();
  every.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}

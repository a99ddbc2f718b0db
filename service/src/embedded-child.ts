import type { ChildProcess } from 'node:child_process';

/** Embedded servers still running; killed synchronously if this process exits unexpectedly. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

export interface EmbeddedChild {
  /** Resolves with the exit code (null after a signal or a spawn error). */
  exited: Promise<number | null>;
  /** Sends `stopSignal`, then SIGKILL after `killAfterMs`; resolves once the process has exited. */
  stop(): Promise<void>;
}

/**
 * Watches a spawned embedded server (Meilisearch, PostgreSQL): forwards its output line by line,
 * kills it if this process exits, and stops it politely, then firmly.
 */
export function watchEmbeddedChild(child: ChildProcess, options: { onLog?: (line: string) => void; stopSignal: NodeJS.Signals; killAfterMs: number }): EmbeddedChild {
  running.add(child);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const server of running) server.kill('SIGKILL');
    });
  }
  const exited = new Promise<number | null>((resolveExit) => {
    const done = (code: number | null) => {
      running.delete(child);
      resolveExit(code);
    };
    child.once('exit', done);
    child.once('error', () => done(null));
  });
  const forward = (data: Buffer) => {
    for (const line of data.toString().split('\n')) if (line.trim()) options.onLog?.(line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return {
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(options.stopSignal);
      const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

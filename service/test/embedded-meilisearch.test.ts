import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canRunEmbedded, EXTERNAL_MEILISEARCH_HELP, installBinary, MEILISEARCH_SHA256, packagedBinaryPath, sha256File, startEmbeddedMeilisearch } from '../src/meili/embedded-meilisearch.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sek-embedded-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded Meilisearch', () => {
  it('runs only on linux x64, and elsewhere explains how to use an external Meilisearch', () => {
    expect(canRunEmbedded('linux', 'x64')).toBe(true);
    expect(canRunEmbedded('darwin', 'arm64')).toBe(false);
    expect(canRunEmbedded('win32', 'x64')).toBe(false);
    expect(EXTERNAL_MEILISEARCH_HELP).toContain('docker run');
    expect(EXTERNAL_MEILISEARCH_HELP).toContain('MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=');
  });

  it('ships the pinned binary', async () => {
    expect(await sha256File(packagedBinaryPath())).toBe(MEILISEARCH_SHA256);
  });

  it('refuses a binary whose sha256 does not match', async () => {
    const dir = await tempDir();
    const fake = join(dir, 'meilisearch');
    await writeFile(fake, '#!/bin/sh\necho pwned\n');
    await expect(installBinary(dir, fake)).rejects.toThrow(/Refusing to run .*: its sha256 is [0-9a-f]{64}, expected 5354d854/);
  });

  it('starts on 127.0.0.1 with a master key, and stop() leaves no process behind', async () => {
    const meili = await startEmbeddedMeilisearch({ dataDir: await tempDir() });
    expect(meili.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${meili.url}/health`)).status).toBe(200);
    expect((await fetch(`${meili.url}/indexes`)).status).toBe(401);
    expect((await fetch(`${meili.url}/indexes`, { headers: { Authorization: `Bearer ${meili.masterKey}` } })).status).toBe(200);
    const pid = meili.process.pid!;
    await meili.stop();
    expect(isRunning(pid)).toBe(false);
  });
});

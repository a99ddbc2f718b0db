import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { eventually, isRunning, REPO_ROOT, startSek, unreadBytesAt } from '../helpers/sek-process.js';

describe('starting SEK the way `pnpm start` does', () => {
  it('serves real offers near 4201 and stops Meilisearch and PostgreSQL on Ctrl-C', async () => {
    const sek = await startSek();
    try {
      expect(sek.meiliPid).toBeTypeOf('number');
      expect(sek.postgresPid).toBeTypeOf('number');
      expect(isRunning(sek.postgresPid!)).toBe(true);
      const response = await fetch(`${sek.url}/v1/search?near=4201`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { total: number; results: { location: { address: { place: string } } }[] };
      expect(body.total).toBeGreaterThan(10);
      expect(body.results[0]!.location.address.place).toBe('Gorinchem');
      const demo = await fetch(`${sek.url}/demo/gemeente.html`);
      expect(await demo.text()).toContain('<sek-zoeker');
      const widget = await fetch(`${sek.url}/widget/sek-zoeker.js`);
      expect(widget.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    } finally {
      await sek.stop('SIGINT');
    }
    expect((await sek.exited).code).toBe(0);
    expect(isRunning(sek.meiliPid!)).toBe(false);
    expect(isRunning(sek.postgresPid!)).toBe(false);
  });

  it('leaves no Meilisearch and no PostgreSQL behind when the service itself is killed', async () => {
    const sek = await startSek();
    expect(isRunning(sek.postgresPid!)).toBe(true);
    await sek.stop('SIGKILL');
    expect(await eventually(() => !isRunning(sek.meiliPid!))).toBe(true);
    expect(await eventually(() => !isRunning(sek.postgresPid!))).toBe(true);
  });

  it('finishes requests in flight before it stops', async () => {
    const sek = await startSek({ MEILI_TIMEOUT_MS: '1500' });
    // Pause Meilisearch so a search is still running when the stop signal arrives.
    process.kill(sek.meiliPid!, 'SIGSTOP');
    try {
      const inFlight = fetch(`${sek.url}/v1/search?near=4201`);
      // The search has reached the paused Meilisearch: the service is busy with it.
      expect(await eventually(() => unreadBytesAt(sek.meiliPort!) > 0)).toBe(true);
      sek.process.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('search_unavailable');
    } finally {
      process.kill(sek.meiliPid!, 'SIGCONT');
    }
    expect((await sek.exited).code).toBe(0);
  });

  it('stops with one clear line for a bad PORT', () => {
    const result = spawnSync(process.execPath, ['service/dist/main.js'], {
      cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', PORT: 'abc' }, encoding: 'utf8', timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('Invalid environment variable PORT (got "abc"): must be a port number from 0 to 65535\n');
  });
});

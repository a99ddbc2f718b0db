import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TESTS_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * `pnpm screenshots` and the benchmarks run outside vitest: the helpers they import must load
 * without it (a helper that reached vitest's failure hooks once broke `pnpm screenshots`).
 */
describe('the scripts\' helpers', () => {
  it.each(['helpers/browser.ts', 'helpers/sek-process.ts', 'bench/bench-stack.ts'])('%s loads outside vitest', (module) => {
    const loaded = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await import('./${module}');`], {
      cwd: TESTS_DIR,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(loaded.stderr).toBe('');
    expect(loaded.status).toBe(0);
  });
});

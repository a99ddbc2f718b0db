import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startSek, type SekProcess } from './sek-process.js';

/**
 * For one test file: SEK started as `pnpm start` does (with `env` added) and the system Chromium,
 * both stopped after the file. Read `stack.sek` and `stack.browser` inside tests.
 */
export function useSekAndBrowser(env: Record<string, string> = {}): { readonly sek: SekProcess; readonly browser: Browser } {
  const stack = {} as { sek: SekProcess; browser: Browser };
  beforeAll(async () => {
    stack.sek = await startSek(env);
    stack.browser = await launchChromium();
  });
  afterAll(async () => {
    await stack.browser?.close();
    await stack.sek?.stop();
  });
  return stack;
}

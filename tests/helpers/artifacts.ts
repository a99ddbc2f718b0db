import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/**
 * Records the page's console and errors; if the current test fails, saves a full-page screenshot
 * and the console log to tests/artifacts/<name>.png / .log. Call inside the test.
 */
export function keepArtifactsOnFailure(page: Page, name: string): void {
  const lines: string[] = [];
  page.on('console', (message) => lines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => lines.push(`[pageerror] ${error.message}`));
  page.on('requestfailed', (request) => lines.push(`[requestfailed] ${request.url()} ${request.failure()?.errorText ?? ''}`));
  const file = name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  onTestFailed(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${file}.png`), fullPage: true }).catch(() => undefined);
    await writeFile(join(ARTIFACTS_DIR, `${file}.log`), `${lines.join('\n')}\n`);
  });
}

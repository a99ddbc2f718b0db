import type { Browser, Page } from 'playwright-core';
import { keepArtifactsOnFailure } from './artifacts.js';
import { watchCsp } from './browser.js';

/*
 * For use inside a test only (it registers a vitest failure hook). browser.ts stays free of vitest,
 * so the scripts (`pnpm screenshots`) can use it.
 */

/**
 * A page in its own browser context, `width` px wide: PDOK tiles refused (no public service is
 * called), artifacts kept on failure under `name`, CSP refusals collected into `cspViolations`.
 */
export async function pageAt(browser: Browser, width: number, name: string, cspViolations: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 812 } });
  await context.route('https://service.pdok.nl/**', (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  keepArtifactsOnFailure(page, name);
  watchCsp(page, cspViolations);
  return page;
}

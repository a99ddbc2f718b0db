import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.js';
import { startSek, type SekProcess } from '../helpers/sek-process.js';

let sek: SekProcess;
let browser: Browser;
beforeAll(async () => {
  sek = await startSek();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sek?.stop();
});

describe('the demo page', () => {
  it('shows <sek-zoeker> with real offers near 4201 and passes axe', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${sek.url}/demo/`);
    // Playwright's CSS locators pierce the widget's shadow root.
    const results = page.locator('sek-zoeker .result');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(5);
    await expect(page.locator('sek-zoeker [role=status]').textContent()).resolves.toMatch(/\d+ plekken gevonden/);
    expect(await page.locator('sek-zoeker .result h3').first().textContent()).toBeTruthy();
    expect(requests.every((url) => url.startsWith(sek.url))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

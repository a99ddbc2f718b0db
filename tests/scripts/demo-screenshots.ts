/**
 * `pnpm screenshots`: starts SEK the way `pnpm start` does, opens every demo page in Chromium and
 * saves a screenshot to docs/screenshots/ for the README. Map tiles are not fetched (no network
 * here): the library page's map shows markers and radius on a blank background.
 */
import { fileURLToPath } from 'node:url';
import { isolatedPage, launchChromium } from '../helpers/browser.js';
import { startSek } from '../helpers/sek-process.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const PAGES = ['gemeente', 'woningcorporatie', 'bibliotheek', 'professional'];

const sek = await startSek();
const browser = await launchChromium();
try {
  for (const name of PAGES) {
    const { page } = await isolatedPage(browser, sek.url);
    // The library page opens on the map, further down: a taller shot shows it.
    await page.setViewportSize({ width: 1200, height: name === 'bibliotheek' ? 2300 : 1300 });
    await page.goto(`${sek.url}/demo/${name}.html`);
    await page.locator('sek-zoeker .result').first().waitFor();
    if (name === 'bibliotheek') await page.locator('sek-zoeker #map .marker').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await sek.stop();
}

/**
 * `pnpm screenshots`: starts SEK the way `pnpm start` does, opens every demo page in Chromium and
 * saves a screenshot to docs/screenshots/ for the README: each page on a desktop, and the gemeente
 * page's first screen on a phone (375 × 812). No map tiles are fetched (no network here): the pages
 * are shown with `tiles="none"`, so maps show SEK's own gemeente boundaries and place names.
 */
import { fileURLToPath } from 'node:url';
import { isolatedPage, launchChromium } from '../helpers/browser.js';
import { startSek } from '../helpers/sek-process.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SHOTS = [
  { page: 'gemeente', file: 'gemeente', width: 1200, height: 1300 },
  { page: 'woningcorporatie', file: 'woningcorporatie', width: 1200, height: 1300 },
  // The library page opens on the map, further down: a taller shot shows it.
  { page: 'bibliotheek', file: 'bibliotheek', width: 1200, height: 2300 },
  { page: 'professional', file: 'professional', width: 1200, height: 1300 },
  { page: 'gemeente', file: 'gemeente-phone', width: 375, height: 812 },
];

const sek = await startSek();
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const { page } = await isolatedPage(browser, sek.url);
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.route(`${sek.url}/demo/${shot.page}.html`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<sek-zoeker\b/, '<sek-zoeker tiles="none"') });
    });
    await page.goto(`${sek.url}/demo/${shot.page}.html`);
    await page.locator('sek-zoeker .result').first().waitFor();
    if (shot.page === 'bibliotheek') await page.locator('sek-zoeker #map .marker').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}${shot.file}.png` });
    console.log(`docs/screenshots/${shot.file}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await sek.stop();
}

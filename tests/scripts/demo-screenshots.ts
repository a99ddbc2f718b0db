/**
 * `pnpm screenshots`: starts SEK the way `pnpm start` does, opens every demo page in Chromium and
 * saves a screenshot to docs/screenshots/ for the README: each page on a desktop, and the gemeente
 * page's first screen on a phone (375 × 812); "Stap voor stap" on a phone, and a verwijsbrief as
 * printed (A4). No map tiles are fetched (no network here): the pages
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

  // "Stap voor stap" on a phone, at its second question.
  const { page: steps } = await isolatedPage(browser, sek.url);
  await steps.setViewportSize({ width: 375, height: 812 });
  await steps.goto(`${sek.url}/demo/stap-voor-stap.html`);
  await steps.locator('sek-zoeker-stappen .choice', { hasText: 'Geld en schulden' }).click();
  await steps.locator('sek-zoeker-stappen .progress', { hasText: 'Stap 2 van 3' }).waitFor();
  await steps.evaluate(() => document.querySelector('sek-zoeker')!.scrollIntoView());
  await steps.evaluate(() => document.fonts.ready);
  await steps.screenshot({ path: `${OUT}stappen-phone.png` });
  console.log('docs/screenshots/stappen-phone.png');
  await steps.close();

  // A verwijsbrief: three offers kept on the professional page; the print frame shown as an A4 page instead of printed.
  const { page: professional } = await isolatedPage(browser, sek.url);
  await professional.setViewportSize({ width: 794, height: 1123 });
  await professional.goto(`${sek.url}/demo/professional.html`);
  const kaart = professional.locator('sek-zoeker');
  await kaart.locator('.results .result').first().waitFor();
  for (let i = 0; i < 3; i++) await kaart.locator('.results button.save').nth(i).click();
  await kaart.locator('.tray button').click();
  const list = professional.locator('sek-zoeker-lijst');
  await list.locator('#client-name').fill('Fatima');
  await list.locator('#client-note').fill('Neem de brief van de gemeente mee.');
  const shown = professional.evaluate(() => new Promise<void>((resolve) => {
    new MutationObserver((_, observer) => {
      const frame = document.querySelector<HTMLIFrameElement>('body > iframe[aria-hidden=true]');
      if (!frame) return;
      observer.disconnect();
      frame.addEventListener('load', () => {
        frame.contentWindow!.print = () => {
          frame.style.cssText = 'position:fixed;inset:0;width:794px;height:1123px;border:0;background:#fff;z-index:2147483647';
          frame.contentDocument!.body.style.margin = '1cm 1.2cm';
          resolve();
        };
      }, { once: true, capture: true });
    }).observe(document.body, { childList: true });
  }));
  await list.locator('button.make-letter').click();
  await shown;
  await professional.emulateMedia({ media: 'print' });
  await professional.locator('body > iframe').screenshot({ path: `${OUT}verwijsbrief.png` });
  console.log('docs/screenshots/verwijsbrief.png');
  await professional.close();
} finally {
  await browser.close();
  await sek.stop();
}

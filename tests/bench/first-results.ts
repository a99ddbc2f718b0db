import { launchChromium } from '../helpers/browser.js';
import { percentile } from './percentiles.js';

/**
 * Runs in the page before its scripts: watches `<sek-zoeker>`'s shadow root from its creation and
 * notes `performance.now()` (ms since navigation start) when the first result is in it. A string,
 * not a function: the TypeScript loader would add helpers the page does not have.
 */
const WATCH_FIRST_RESULT = `
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = original.call(this, init);
    if (this.localName === 'sek-zoeker') {
      new MutationObserver((_, observer) => {
        if (root.querySelector('[part~="result"]')) {
          observer.disconnect();
          window.sekFirstResults = performance.now();
        }
      }).observe(root, { childList: true, subtree: true });
    }
    return root;
  };`;

/**
 * The widget's time to first results: a demo page loaded in a fresh browser context (nothing
 * cached, as a resident's first visit), from navigation start until the first result is in the
 * kaart's shadow root (seen by a MutationObserver, not by polling). Median of `loads`. The SEK
 * service's caches are warm after the first load, as they are for a kaart people visit.
 */
export async function firstResultsMs(sekUrl: string, page = '/demo/gemeente.html', loads = 10): Promise<{ median: number; all: number[] }> {
  const browser = await launchChromium();
  const all: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      // Each page is a fresh browser context: nothing cached. No request interception (it adds
      // milliseconds to every request); a request that leaves SEK's origin fails the run instead.
      const tab = await browser.newPage();
      const external: string[] = [];
      tab.on('request', (request) => {
        if (!request.url().startsWith(sekUrl) && !request.url().startsWith('data:')) external.push(request.url());
      });
      try {
        await tab.addInitScript(WATCH_FIRST_RESULT);
        await tab.goto(`${sekUrl}${page}`);
        const ms = await tab.waitForFunction(() => (window as { sekFirstResults?: number }).sekFirstResults, undefined, { timeout: 30_000 });
        all.push(Number(await ms.jsonValue()));
        if (external.length) throw new Error(`the demo page asked for ${external.join(', ')}`);
      } finally {
        await tab.context().close();
      }
    }
  } finally {
    await browser.close();
  }
  return { median: percentile([...all].sort((a, b) => a - b), 50), all };
}

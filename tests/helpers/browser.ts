import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A 1×1 transparent PNG: what the fake tile server answers. */
const BLANK_TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * A page on which requests to public map tile servers (PDOK) are answered locally with a blank tile:
 * tests never call public services. Records every other request that leaves the SEK origin.
 */
export async function isolatedPage(browser: Browser, sekOrigin: string): Promise<{ page: Page; external: string[]; tiles: string[] }> {
  const page = await browser.newPage();
  const external: string[] = [];
  const tiles: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(sekOrigin) || url.startsWith('data:')) return route.continue();
    if (url.startsWith('https://service.pdok.nl/')) {
      tiles.push(url);
      return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE });
    }
    external.push(url);
    return route.abort();
  });
  return { page, external, tiles };
}

/** The system Chromium (test tools cannot download browsers here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core in the page (it pierces open shadow roots) and returns the violations. Injected
 * through the DevTools protocol, so the demo pages' strict CSP stays on while axe runs.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** Collects into `violations` every message in which the page's Content Security Policy refused something. */
export function watchCsp(page: Page, violations: string[]): void {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
}

/** What a print frame held when its page called print(): the text, and each QR code's SVG. */
export interface PrintedFrame {
  text: string;
  /** Text per printed offer (`section`). */
  sections: string[];
  qrCodes: string[];
  /** The body's computed font, and how many stylesheets styled the page (constructed or linked). */
  font: string;
  sheets: number;
}

/** Runs `trigger` (a click on a print button) and catches the print frame it makes before print() runs. */
export async function catchPrint(page: Page, trigger: () => Promise<void>): Promise<PrintedFrame> {
  const printed = page.evaluate(() => new Promise<PrintedFrame>((resolve) => {
    const observer = new MutationObserver(() => {
      const frame = document.querySelector<HTMLIFrameElement>('body > iframe[aria-hidden=true]');
      if (!frame) return;
      observer.disconnect();
      frame.addEventListener('load', () => {
        frame.contentWindow!.print = () => {
          const doc = frame.contentDocument!;
          resolve({
            text: doc.body.innerText,
            sections: Array.from(doc.querySelectorAll('section'), (section) => (section as HTMLElement).innerText),
            qrCodes: Array.from(doc.querySelectorAll('svg.qr'), (svg) => svg.outerHTML),
            font: frame.contentWindow!.getComputedStyle(doc.body).fontFamily,
            sheets: doc.adoptedStyleSheets.length + doc.styleSheets.length,
          });
        };
      }, { once: true, capture: true });
    });
    observer.observe(document.body, { childList: true });
  }));
  await trigger();
  return printed;
}

/** Presses "Printen" on the offer opened in `<sek-zoeker>`, catching its print page before print() runs; resolves with the printed text. */
export async function printOpenedOffer(page: Page): Promise<string> {
  return (await catchPrint(page, () => page.locator('sek-zoeker .actions button', { hasText: 'Printen' }).click())).text;
}

/**
 * Runs `action` and waits until the widget's search it starts has answered. The listener is in the
 * page before the action runs: a key press can reach the page before a script sent earlier does.
 */
export async function afterSearch(page: Page, action: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    const kaart = document.querySelector('sek-zoeker')!;
    (window as unknown as { sekSearched: Promise<unknown> }).sekSearched = new Promise((resolve) => kaart.addEventListener('sek-search', resolve, { once: true }));
  });
  await action();
  await page.evaluate(() => (window as unknown as { sekSearched: Promise<unknown> }).sekSearched);
  await page.locator('sek-zoeker .loading').waitFor({ state: 'detached' });
}

/** What has keyboard focus, through shadow roots: `tag#id[type] label or text` (`h3#question[] Waar wilt u hulp bij?`). */
export const focused = (page: Page): Promise<string> => page.evaluate(() => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element) return '';
  const label = element.closest('label')?.textContent ?? (element.id ? (element.getRootNode() as ShadowRoot).querySelector?.(`label[for="${element.id}"]`)?.textContent : '') ?? '';
  return `${element.tagName.toLowerCase()}#${element.id}[${(element as HTMLInputElement).type ?? ''}] ${(label || element.textContent || '').replace(/\s+/g, ' ').trim()}`;
});

/** Presses Tab until the focused element matches (keyboard only, as a person without a mouse). */
export async function tabTo(page: Page, match: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (match.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${match} (last: ${await focused(page)})`);
}

/** Whether the page scrolls sideways (something is wider than the window). */
export const overflowsX = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

import * as jsqr from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';

/**
 * Reads a printed QR code the way a phone would: the SVG as Chromium draws it (300 px, white
 * around it), photographed as PNG, decoded by jsQR (a decoder no one here wrote). Null when it does
 * not scan.
 */
/** jsqr is CommonJS with a `default` export: Node hands over the module object. */
type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = (jsqr as unknown as { default: { default: Decode } }).default.default;

export async function decodeQrSvg(browser: Browser, svg: string): Promise<string | null> {
  const page = await browser.newPage({ viewport: { width: 400, height: 400 } });
  try {
    await page.setContent(`<!doctype html><body style="margin:0;padding:40px;background:#fff">${svg}</body>`);
    const drawn = page.locator('svg');
    await drawn.evaluate((node) => {
      node.setAttribute('width', '300');
      node.setAttribute('height', '300');
    });
    const png = PNG.sync.read(await page.screenshot({ clip: { x: 20, y: 20, width: 340, height: 340 } }));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  } finally {
    await page.close();
  }
}

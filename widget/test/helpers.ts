import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/sek-zoeker.js';
import type { SekZoekerElement } from '../src/sek-zoeker-element.js';

let apiUrl = '';
/** The real SEK service started for this run by web-test-runner.config.mjs. */
export async function api(): Promise<string> {
  apiUrl ||= ((await (await fetch('/sek-test-api.json')).json()) as { api: string }).api;
  return apiUrl;
}

export const $ = <T extends Element = HTMLElement>(el: SekZoekerElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: SekZoekerElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const resultTitles = (el: SekZoekerElement) => $$(el, '.results:not(.online) .result-link').map((b) => b.textContent!.trim());
export const statusText = (el: SekZoekerElement) => $(el, '[role=status]')!.textContent!.trim();

/** Waits until a search has finished (results, empty, error or a field message). */
export async function searchDone(el: SekZoekerElement): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !$(el, '.loading'), 'search did not finish', { timeout: 8000 });
  await el.updateComplete;
}

/** A widget with results near 4201. */
export async function withResults(extra = html``): Promise<SekZoekerElement> {
  const el = await fixture<SekZoekerElement>(html`<sek-zoeker .api=${await api()} postcode="4201">${extra}</sek-zoeker>`);
  await waitUntil(() => resultTitles(el).length > 0, 'no results', { timeout: 8000 });
  return el;
}

/** Types into the place field and submits the form. */
export async function searchFor(el: SekZoekerElement, where: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#where')!;
  input.value = where;
  input.dispatchEvent(new InputEvent('input'));
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await searchDone(el);
}

export async function nextSearch(el: SekZoekerElement, action: () => void): Promise<Record<string, unknown>> {
  const event = oneEvent(el, 'sek-search');
  action();
  const detail = (await event).detail as Record<string, unknown>;
  await searchDone(el);
  return detail;
}

/** Opens the filters, folded behind their one button. */
export async function openFilters(el: SekZoekerElement): Promise<void> {
  const button = $<HTMLButtonElement>(el, '.filters-button')!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
}

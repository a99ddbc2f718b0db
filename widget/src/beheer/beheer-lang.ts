/**
 * The management app's language: Dutch (B1) first, English second. Texts stand side by side in
 * the code as `t('Opslaan', 'Save')`, so a screen reads as what a coordinator sees. The choice is
 * kept in this browser only.
 */
export type BeheerLang = 'nl' | 'en';

const KEY = 'sek-beheer-lang';
let current: BeheerLang = 'nl';

export function initialLang(): BeheerLang {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage may be blocked; Dutch it is.
  }
  return 'nl';
}

export function setLang(lang: BeheerLang): void {
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not kept; the choice still holds for this page.
  }
}

export const lang = (): BeheerLang => current;

/** The text in the chosen language. */
export const t = (nl: string, en: string): string => (current === 'en' ? en : nl);

/** A `{ nl, en }` pair (labels from the vocabularies, messages from the service) in the chosen language. */
export const local = (text: { nl: string; en: string }): string => text[current];

/** Dates and numbers as people in the chosen language write them. */
export const locale = (): string => (current === 'en' ? 'en-GB' : 'nl-NL');

import { THEMES, THEME_SLUGS } from '@sek/contract/themes';
import type { Lang } from '../i18n/strings.js';
import { hostList } from './host-list.js';

/** What the kaart's attributes say, read the same way by `<sek-zoeker>` and its lazy parts. */
export interface KaartAttributes {
  api: string;
  lang: string;
  themes: string;
}

/** The SEK service: `api`, or this page's own origin. */
export const apiOf = (kaart: Pick<KaartAttributes, 'api'>): string => kaart.api || window.location.origin;

/** The language the host asked for (`lang`): English or Dutch. */
export const langOf = (kaart: Pick<KaartAttributes, 'lang'>): Lang => (kaart.lang === 'en' ? 'en' : 'nl');

/** The themes the kaart shows (`themes`), in the host's order; all without the attribute. */
export function themesOf(kaart: Pick<KaartAttributes, 'themes'>) {
  const wanted = hostList('themes', kaart.themes, THEME_SLUGS);
  if (wanted.length === 0) return THEMES;
  return wanted.map((slug) => THEMES.find((theme) => theme.slug === slug)).filter((theme) => theme !== undefined);
}

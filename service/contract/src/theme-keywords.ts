import type { ThemeSlug } from './theme-schema.js';

/**
 * Words that mean a theme, for the search index (an offer about "taal" is found by "lezen" too).
 * Apart from the theme list itself, so the widget, which only shows themes, does not carry them.
 */
export const THEME_KEYWORDS: Readonly<Record<ThemeSlug, readonly string[]>> = {
  taal: ['lezen', 'schrijven', 'Nederlands', 'taalles', 'taalcafé', 'laaggeletterdheid'],
  digitaal: ['computer', 'smartphone', 'tablet', 'DigiD', 'internet', 'e-mail'],
  rekenen: ['rekenen', 'getallen', 'sommen'],
  geld: ['geldzaken', 'schulden', 'toeslagen', 'administratie', 'budget'],
  werk: ['werk', 'baan', 'solliciteren', 'cv', 'vrijwilligerswerk'],
  gezondheid: ['gezondheid', 'zorg', 'huisarts', 'bewegen'],
  gezin: ['opvoeden', 'ouders', 'kinderen', 'school', 'voorlezen'],
  wonen: ['huurwoning', 'woningzoekende', 'inschrijven', 'huur', 'woning'],
  meedoen: ['ontmoeting', 'eenzaamheid', 'koffie', 'buurthuis', 'meedoen'],
  inburgering: ['inburgering', 'nieuwkomers', 'statushouders', 'examen'],
  overheid: ['brieven', 'formulieren', 'IDO', 'belastingaangifte', 'overheid', 'formulierenhulp'],
};

import { z } from 'zod';
import { THEMES, THEME_SLUGS, type ThemeDefinition } from './theme-list.js';

export { THEMES, THEME_SLUGS };

export const ThemeSlug = z.enum(THEME_SLUGS, {
  error: (issue) => `unknown theme ${JSON.stringify(issue.input)}; use one of: ${THEME_SLUGS.join(', ')}`,
});
export type ThemeSlug = z.infer<typeof ThemeSlug>;

const Localized = z.object({ nl: z.string(), en: z.string() });

export const Theme = z.object({
  slug: z.string(),
  label: Localized,
  explanation: Localized,
  pictogram: z.string(),
  keywords: z.array(z.string()).readonly(),
}) satisfies z.ZodType<ThemeDefinition>; // the widget's zod-free twin in theme-list.ts must stay the same shape
export type Theme = z.infer<typeof Theme>;

export const themeBySlug = new Map<string, Theme>(THEMES.map((theme) => [theme.slug, theme]));

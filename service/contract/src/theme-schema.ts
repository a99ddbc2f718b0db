import { z } from 'zod';
import { THEME_SLUGS, type ThemeDefinition } from './themes.js';
import { LocalizedMessage } from './errors.js';

export const ThemeSlug = z.enum(THEME_SLUGS);
export type ThemeSlug = z.infer<typeof ThemeSlug>;

export const Theme = z.object({
  slug: ThemeSlug,
  label: LocalizedMessage,
  explanation: LocalizedMessage,
  pictogram: z.string(),
}) satisfies z.ZodType<ThemeDefinition>; // the zod-free list in themes.ts must keep this shape

/** A theme as `/v1/themes` gives it: with the words the search counts as the theme. */
export const ThemeWithKeywords = Theme.extend({ keywords: z.array(z.string()).readonly() });

export const ThemesResponse = z.object({ themes: z.array(ThemeWithKeywords) });
export type ThemesResponse = z.infer<typeof ThemesResponse>;

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
  keywords: z.array(z.string()).readonly(),
}) satisfies z.ZodType<ThemeDefinition>; // the zod-free list in themes.ts must keep this shape

export const ThemesResponse = z.object({ themes: z.array(Theme) });
export type ThemesResponse = z.infer<typeof ThemesResponse>;

import { z } from 'zod';
import { GemeenteCode } from './offer.js';
import { listOf } from './query-params.js';
import { ThemeSlug } from './theme-schema.js';
import { DAY_PARTS, OFFER_KINDS, ONLINE_MODES, TARGET_GROUPS } from './vocabulary.js';

/**
 * "Stap voor stap" (question guidance): per theme 2-6 plain sub-questions ("Ik heb schulden"),
 * each naming what it implies for the search. The service ships a default set and serves the set
 * of a region (a coordinator's own sub-questions for a theme replace the default ones there).
 */

/** A text in Dutch (B1), with an optional English one (the widget falls back to the Dutch). */
const StepText = (max: number) => z.object({ nl: z.string().trim().min(2).max(max), en: z.string().trim().min(2).max(max).optional() }).strict();

/** What choosing an answer adds to the search: the same fields as the filters and the word field. */
export const StepImplies = z
  .object({
    kinds: z.array(z.enum(OFFER_KINDS)).max(OFFER_KINDS.length).optional(),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).optional(),
    /** Search words, as a resident would type them. */
    q: z.string().trim().min(2).max(60).optional(),
    free: z.boolean().optional(),
    dayParts: z.array(z.enum(DAY_PARTS)).max(DAY_PARTS.length).optional(),
    online: z.enum(ONLINE_MODES).optional(),
  })
  .strict();
export type StepImplies = z.infer<typeof StepImplies>;

export const StepAnswer = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,40}$/, 'step_id'),
    /** The button: what the resident says ("Ik heb schulden"). */
    label: StepText(80),
    /** The start of the sentence above the results ("Hulp bij schulden", then ", in de buurt van Arkel"). */
    summary: StepText(60),
    implies: StepImplies,
  })
  .strict();
export type StepAnswer = z.infer<typeof StepAnswer>;

const uniqueBy = <T>(key: (item: T) => string, message: string) => (items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [index], message });
    seen.add(key(item));
  });
};

/** The answers of one theme, in the order the buttons show. */
export const StepAnswers = z.array(StepAnswer).min(2, 'step_answers').max(6, 'step_answers').superRefine(uniqueBy((answer) => answer.id, 'step_id_unique'));

export const StepTheme = z.object({ theme: ThemeSlug, answers: StepAnswers }).strict();
export type StepTheme = z.infer<typeof StepTheme>;

export const StepTree = z.object({ themes: z.array(StepTheme).superRefine(uniqueBy((step) => step.theme, 'step_theme_unique')) }).strict();
export type StepTree = z.infer<typeof StepTree>;

/** `GET /v1/steps?region=GM0512,GM1978`. */
export const StepsQuery = z.object({ region: listOf(GemeenteCode, 50) }).strict();

/** `GET /v1/steps`: the sub-questions of every theme, for the region (where a theme's come from says `source`). */
export const StepsResponse = z.object({
  themes: z.array(StepTheme.extend({ source: z.union([z.literal('standaard'), GemeenteCode]) })),
});
export type StepsResponse = z.infer<typeof StepsResponse>;

/** `PUT /v1/admin/steps/:gemeente/:theme`: a coordinator's own sub-questions for a theme in their gemeente. */
export const StepOverrideParams = z.object({ gemeente: GemeenteCode, theme: ThemeSlug }).strict();
export const StepOverride = z.object({ answers: StepAnswers }).strict();

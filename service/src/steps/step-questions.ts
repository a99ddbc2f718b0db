import type { Kysely } from 'kysely';
import { StepAnswers, type StepAnswer, type StepsResponse, type ThemeSlug } from '@sek/contract';
import { outsideScope } from '../accounts/authenticate.js';
import type { Principal } from '../accounts/principal.js';
import { guardedDb } from '../database/database-errors.js';
import type { DatabaseSchema } from '../database/schema.js';
import { DEFAULT_STEPS } from './default-steps.js';

/**
 * The sub-questions of "Stap voor stap": SEK's default set, with a coordinator's own answers for a
 * theme replacing the default ones in their gemeente. For a region of several gemeenten the first
 * gemeente (in the order the kaart lists them) that has its own answers for a theme wins.
 */
export class StepQuestions {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async forRegion(region: readonly string[]): Promise<StepsResponse> {
    const rows = region.length
      ? await guardedDb(() => this.db.selectFrom('step_overrides').select(['gemeente', 'theme', 'answers']).where('gemeente', 'in', [...region]).execute())
      : [];
    return {
      themes: DEFAULT_STEPS.themes.map((step) => {
        const own = region.map((code) => rows.find((row) => row.gemeente === code && row.theme === step.theme)).find((row) => row !== undefined);
        // Stored answers were validated when saved; parsed again so a hand-edited row cannot reach a resident.
        const answers = own && StepAnswers.safeParse(own.answers);
        return answers?.success ? { theme: step.theme, answers: answers.data, source: own!.gemeente } : { ...step, source: 'standaard' as const };
      }),
    };
  }

  /** A coordinator's own answers for a theme in their gemeente (a beheerder: any gemeente). */
  async save(who: Principal, gemeente: string, theme: ThemeSlug, answers: StepAnswer[]): Promise<void> {
    this.mayEdit(who, gemeente);
    await guardedDb(() => this.db.insertInto('step_overrides')
      .values({ gemeente, theme, answers: JSON.stringify(answers), updated_by: who.actor })
      .onConflict((c) => c.columns(['gemeente', 'theme']).doUpdateSet({ answers: JSON.stringify(answers), updated_by: who.actor, updated_at: new Date() }))
      .execute());
  }

  /** Back to SEK's default answers for the theme in that gemeente. */
  async reset(who: Principal, gemeente: string, theme: ThemeSlug): Promise<void> {
    this.mayEdit(who, gemeente);
    await guardedDb(() => this.db.deleteFrom('step_overrides').where('gemeente', '=', gemeente).where('theme', '=', theme).execute());
  }

  private mayEdit(who: Principal, gemeente: string): void {
    if (who.role === 'beheerder') return;
    if (who.role !== 'coordinator' || !who.gemeenten.includes(gemeente)) throw outsideScope();
  }
}

/** Who sends the offer in (not shown to residents). */
export interface SubmitterDraft {
  organization: string;
  name: string;
  email: string;
}

/** The form as filled in so far: the sender and the offer's fields, in the offer's own shape. */
export interface FormDraft {
  submitter: SubmitterDraft;
  /** The offer's fields by their contract names (title, summary, locations, schedule, …). */
  offer: Record<string, unknown>;
  /** Where the address lies, from the postcode check (for the map and the preview). */
  place?: { lat: number; lng: number; gemeenteName: string };
}

export const emptyDraft = (): FormDraft => ({
  submitter: { organization: '', name: '', email: '' },
  offer: {
    themes: [], targetGroups: [], cost: { free: true }, bring: [], contact: {},
    schedule: { sessions: [] }, online: false,
    locations: [{ id: 'plek-1', address: { street: '', postcode: '', place: '' } }],
  },
});

/** The questions, in order; each owns the fields whose problems it shows. */
export const STEPS = [
  { id: 'wie', fields: ['submitter.'] },
  { id: 'wat', fields: ['title', 'summary', 'description'] },
  { id: 'voor-wie', fields: ['themes', 'targetGroups', 'kind'] },
  { id: 'waar', fields: ['locations', 'online', 'serviceArea'] },
  { id: 'wanneer', fields: ['schedule'] },
  { id: 'kosten', fields: ['cost', 'bring', 'contact', 'provider.website'] },
  { id: 'controle', fields: [] },
] as const;
export type StepId = (typeof STEPS)[number]['id'];

/** The step a field belongs to (`locations.0.address.postcode` → `waar`). */
export function stepOfField(field: string): number {
  const index = STEPS.findIndex((step) => step.fields.some((prefix) => field === prefix || field.startsWith(prefix.endsWith('.') ? prefix : `${prefix}.`)));
  return index < 0 ? STEPS.length - 1 : index;
}

/** What is kept in the browser while typing, so closing the tab loses nothing. */
interface Kept {
  version: 1;
  step: number;
  draft: FormDraft;
}

export function keepDraft(key: string, step: number, draft: FormDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify({ version: 1, step, draft } satisfies Kept));
  } catch {
    // Private mode or a full storage: the form still works, it is just not kept.
  }
}

export function keptDraft(key: string): { step: number; draft: FormDraft } | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as Kept | null;
    if (kept?.version !== 1 || typeof kept.draft !== 'object' || !kept.draft?.offer || !kept.draft.submitter) return undefined;
    return { step: Math.max(0, Math.min(STEPS.length - 1, Number(kept.step) || 0)), draft: kept.draft };
  } catch {
    return undefined;
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing kept.
  }
}

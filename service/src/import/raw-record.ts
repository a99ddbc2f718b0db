import type { Derivation, FieldError } from '@sek/contract';

/**
 * One record from a file: its position (line or record number) and either a value (with what SEK
 * derived for it, for HSDS records without SEK's own classification), or why this one record could
 * not be read or taken (the file goes on after it). A file that cannot be read on at all throws an
 * ImportFileError instead.
 */
export type RawRecord =
  | { position: number; value: unknown; derived?: Derivation[] }
  | { position: number; id?: string; error: FieldError };

export function invalidJsonRecord(position: number, detail: string): RawRecord {
  return {
    position,
    error: {
      field: '(record)',
      code: 'invalid_json',
      message: {
        nl: `Deze regel kunnen we niet lezen: het is geen goede JSON (${detail}).`,
        en: `This line cannot be read: it is not valid JSON (${detail}).`,
      },
    },
  };
}

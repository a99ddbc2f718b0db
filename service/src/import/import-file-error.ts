import type { LocalizedMessage } from '@sek/contract';

/**
 * The file as a whole could not be read to the end: broken JSON or CSV, a cut-off file, an upload
 * that stopped. Records read before it may be valid, but the file is not complete, so an import
 * never treats it as the whole truth (no replace).
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly localized: LocalizedMessage,
    /** Line or record where reading stopped, when known. */
    readonly position?: number,
    options?: ErrorOptions,
  ) {
    super(localized.en, options);
  }
}

/** Whether a stream error means the connection to the sender was lost (not a broken file). */
function isDisconnect(error: unknown): boolean {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (error instanceof Error && error.message === 'aborted');
}

/** Wraps any error met while reading into an ImportFileError with a plain message. */
export function toImportFileError(error: unknown, position: number | undefined, describe: (error: Error) => LocalizedMessage): ImportFileError {
  if (error instanceof ImportFileError) return error;
  if (isDisconnect(error)) {
    return new ImportFileError({
      nl: 'De verbinding werd verbroken voordat het hele bestand binnen was',
      en: 'The connection was lost before the whole file arrived',
    }, position, { cause: error });
  }
  return new ImportFileError(describe(error instanceof Error ? error : new Error(String(error))), position, { cause: error });
}

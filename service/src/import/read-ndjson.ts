import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { invalidJsonRecord, type RawRecord } from './raw-record.js';
import { toImportFileError } from './import-file-error.js';

/**
 * One JSON object per line. A line that is not JSON (also a last line cut off half-way) is one
 * unreadable record; an error of the input itself (a dropped upload) is a file error.
 */
export async function* readNdjson(input: Readable): AsyncGenerator<RawRecord> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  function* lines(text: string, final: boolean): Generator<RawRecord> {
    pending += text;
    const parts = pending.split('\n');
    pending = final ? '' : parts.pop()!;
    for (const part of parts) {
      line++;
      const trimmed = part.trim();
      if (!trimmed) continue;
      try {
        yield { position: line, value: JSON.parse(trimmed) };
      } catch (error) {
        yield invalidJsonRecord(line, (error as Error).message);
      }
    }
  }
  try {
    for await (const chunk of input) yield* lines(decoder.write(chunk as Buffer), false);
  } catch (error) {
    throw toImportFileError(error, line + 1, (e) => ({ nl: `Het bestand kon niet gelezen worden: ${e.message}`, en: `The file could not be read: ${e.message}` }));
  }
  yield* lines(decoder.end(), true);
}

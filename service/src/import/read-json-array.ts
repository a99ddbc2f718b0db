import { pipeline, type Readable } from 'node:stream';
import StreamJson from 'stream-json';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import type { RawRecord } from './raw-record.js';
import { toImportFileError } from './import-file-error.js';

/**
 * Streams the elements of a top-level JSON array without holding the file in memory. JSON that is
 * broken or cut off stops the file: the error names the record where reading stopped.
 */
export async function* readJsonArray(input: Readable, map: (value: unknown) => unknown = (v) => v): AsyncGenerator<RawRecord> {
  // pipeline() forwards an error of any stage (the upload, the parser) to the one we iterate.
  const elements = pipeline(input, StreamJson.parser(), StreamArray.streamArray(), () => {});
  let position = 0;
  try {
    for await (const { key, value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
      position = key + 1;
      yield { position, value: map(value) };
    }
  } catch (error) {
    throw toImportFileError(error, position + 1, () => ({
      nl: `Dit is geen goede JSON-lijst: het bestand stopt midden in record ${position + 1}, of daar staat een fout`,
      en: `This is not a valid JSON array: the file ends inside record ${position + 1}, or there is an error there`,
    }));
  } finally {
    elements.destroy();
  }
}

import { Readable } from 'node:stream';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/**
 * The largest piece handed on. The streaming JSON parser slows down badly on one huge chunk (an
 * 18 MB buffer took 12 s, the same in 64 KB pieces 1.2 s), so a file given whole is cut up.
 */
const PIECE = 64 * 1024;

function* pieces(buffer: Buffer): Generator<Buffer> {
  for (let i = 0; i < buffer.length; i += PIECE) yield buffer.subarray(i, i + PIECE);
}

/**
 * Reads the first bytes without losing them: returns them as text and a stream that still starts
 * at byte 0. A UTF-8 byte order mark (Excel writes one) is dropped from both. Errors of the input
 * (a dropped upload) reach the returned stream's reader.
 */
export async function peekStream(input: Readable, bytes = 4096): Promise<{ head: string; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as string);
    buffered.push(chunk);
    length += chunk.length;
  }
  let start = Buffer.concat(buffered);
  if (start.subarray(0, 3).equals(BOM)) start = start.subarray(3);
  async function* replay() {
    yield* pieces(start);
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield* pieces(Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as string));
    }
  }
  return { head: start.toString('utf8'), stream: Readable.from(replay(), { objectMode: false }) };
}

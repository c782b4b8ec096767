// What the command line reads: a regular file or standard input, at most
// MAX_INPUT_BYTES of it, decoded as a browser decodes a saved page (BOM,
// <meta charset>, then UTF-8 or windows-1252; see encoding.ts). Devices, pipes
// and folders named as files are refused before they are opened (a FIFO would
// block for ever, /dev/zero never ends), and standard input is read in chunks
// up to the same bound (`yes | declutter -`).
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeHtml } from './encoding.ts';

/** Larger than any saved page (the corpus's largest is under 3 MB); more is refused, not read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** NUL bytes in the first 8 KB: an image, an archive, a PDF; no page or saved text has them (git's test for binary). */
const BINARY_PROBE_BYTES = 8192;
const CHUNK_BYTES = 1024 * 1024;
const STDIN = 0;

/** Reading failures, told apart from the engine's own (those say "cannot analyse"). */
export class ReadError extends Error {}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const tooLarge = (what: string): ReadError => new ReadError(`${what} is over the ${megabytes(MAX_INPUT_BYTES)} a page may have; nothing was read past that`);

/** Up to MAX_INPUT_BYTES + 1 bytes of an open file, chunk by chunk. */
function readBounded(fd: number, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); continue; }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw tooLarge(what);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

function bytesOf(file: string): Buffer {
  if (file === '-') return readBounded(STDIN, 'standard input');
  const kind = statSync(file);
  if (kind.isDirectory()) throw new ReadError('a folder, not a page');
  if (!kind.isFile()) throw new ReadError('not a regular file (a device, pipe or socket); give a saved page, or "-" to read standard input');
  if (kind.size > MAX_INPUT_BYTES) throw tooLarge(`the file (${megabytes(kind.size)})`);
  const fd = openSync(file, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw new ReadError('not a regular file');
    return readBounded(fd, 'the file');
  } finally {
    closeSync(fd);
  }
}

const hasUtf16Bom = (bytes: Buffer): boolean => bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

/** The text of a file or of standard input ('-'), or a ReadError that says why not. */
export function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = bytesOf(file);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(error instanceof Error ? error.message.replace(/^E[A-Z]+: /, '') : String(error));
  }
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) throw new ReadError('a binary file, not a page or text');
  const content = decodeHtml(bytes);
  if (content.trim() === '') throw new ReadError('the file is empty');
  return content;
}

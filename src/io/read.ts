/**
 * The first verb's second half: read a document, the same way for every command. The file is
 * opened without blocking and checked on the open handle before a byte is read: a folder, a
 * device, a FIFO or a socket is refused (`io-read`), a file over the size limit is refused
 * (`xml-size`) without being read, and reading stops at the limit, so a file that grows or a
 * `/proc` file that claims to be empty can never make the process read without end. The bytes
 * are read once; they are hashed for the manifest and decoded in the thread that parses them.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decode } from '../xml/decode.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { code, ioError, undecodableName } from './find.js';

export { collectFiles, type FileList } from './find.js';

/** A document's bytes, or the diagnostic that says why they could not be read. */
export type Input = { file: string; bytes: Uint8Array; diagnostic?: undefined } | { file: string; bytes?: undefined; diagnostic: Diagnostic };

/** A document's text, or the diagnostic that says why it could not be read. */
export type Loaded = { file: string; text: string; bytes: Uint8Array } | { file: string; diagnostic: Diagnostic };

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * Reads one document's bytes, bounded by the size limit.
 * @param file the path.
 * @param limits the size bound.
 */
export async function readInput(file: string, limits: XmlLimits = resolveLimits()): Promise<Input> {
  const tooBig = (size: string): Input => ({
    file,
    diagnostic: { ...ioError(file, 'xml-size', `Unexpected file of ${size} bytes, expected at most ${limits.maxBytes} bytes (raise the limit with TEIKIT_MAX_BYTES)`), source: 'xml' },
  });
  let handle: FileHandle;
  try {
    handle = await open(file, FLAGS);
  } catch (err) {
    const what = code(err) === 'ENOENT' ? 'Unexpected missing file' : `Unexpected read error \`${code(err)}\``;
    return { file, diagnostic: (await undecodableName(file, err)) ?? ioError(file, 'io-read', `${what}, expected a readable file`) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'folder' : 'special file (a device, FIFO or socket)';
      return { file, diagnostic: ioError(file, 'io-read', `Unexpected ${what}, expected a regular file`) };
    }
    if (info.size > limits.maxBytes) return tooBig(String(info.size));
    const bytes = await readBounded(handle, limits.maxBytes);
    return bytes ? { file, bytes } : tooBig(`more than ${limits.maxBytes}`);
  } catch (err) {
    return { file, diagnostic: ioError(file, 'io-read', `Unexpected read error \`${code(err)}\`, expected a readable file`) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads and decodes one document (`readInput`, then the strict decoder).
 * @param file the path.
 * @param limits the size bound.
 */
export async function loadDocument(file: string, limits: XmlLimits = resolveLimits()): Promise<Loaded> {
  const input = await readInput(file, limits);
  return input.diagnostic ? input : decodeInput(file, input.bytes);
}

/**
 * Decodes bytes read by `readInput`.
 * @param file the path to report.
 * @param bytes the file's content.
 */
export function decodeInput(file: string, bytes: Uint8Array): Loaded {
  const decoded = decode(file, bytes);
  return decoded.diagnostic ? { file, diagnostic: decoded.diagnostic } : { file, text: decoded.text, bytes };
}

/** Reads at most `max` bytes; undefined when the file holds more (it grew since `stat`). */
async function readBounded(handle: FileHandle, max: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(1 << 20, max + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > max) return undefined;
  }
  return Buffer.concat(chunks, total);
}

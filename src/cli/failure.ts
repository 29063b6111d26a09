import { visible } from '../reporters/text.js';
import type { CliIo } from './io.js';

/**
 * A `teikit: …` line for stderr, the one form of every message of the CLI: control and bidi
 * characters (of a file name in the message) are shown as `\xNN` / `\u{NNNN}` (`visible`).
 * @param message the message.
 */
export function teikitLine(message: string): string {
  return `teikit: ${visible(message)}\n`;
}

/**
 * The last resort of every command: one clear line, exit code 2, a stack trace only with --debug.
 * @param err what was thrown.
 * @param io output streams.
 * @param debug whether to print the stack.
 */
export function handleFailure(err: unknown, io: CliIo, debug = false): number {
  const message = err instanceof Error ? err.message : String(err);
  io.err(teikitLine(message));
  if (debug && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
  return 2;
}

import type { CliIo } from './io.js';

/**
 * The last resort of every command: one clear line, exit code 2, a stack trace only with --debug.
 * @param err what was thrown.
 * @param io output streams.
 * @param debug whether to print the stack.
 */
export function handleFailure(err: unknown, io: CliIo, debug = false): number {
  const message = err instanceof Error ? err.message : String(err);
  io.err(`teikit: ${message}\n`);
  if (debug && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
  return 2;
}

/** Where the CLI writes: the process streams, or a test's buffers. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * Whether stylish output is coloured: only on a TTY, and never with NO_COLOR set.
 */
export function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
}

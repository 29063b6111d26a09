/**
 * Progress of long runs on a terminal: `[done/total] file` rewritten in place on stderr. Silent
 * when stderr is not a TTY (CI logs, pipes), so reports stay clean.
 */

/**
 * A progress callback for the library, or undefined when progress should not show.
 * @param stream where to draw; default stderr.
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number, file: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (done, total, file) => {
    const width = stream.columns || 80;
    const line = `[${done}/${total}] ${file}`.slice(0, width - 1);
    stream.write(`\r\x1b[2K${line}${done === total ? '\r\x1b[2K' : ''}`);
  };
}

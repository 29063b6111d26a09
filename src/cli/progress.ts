/**
 * Progress of long runs on a terminal: `[done/total] file` rewritten in place on stderr. Silent
 * when stderr is not a TTY (CI logs, pipes) and for a single file, so reports stay clean. Only a
 * carriage return and spaces are used, no escape sequences, so NO_COLOR terminals see no codes;
 * control and bidi characters of a file name are shown as `\xNN` / `\u{NNNN}`.
 */
import { visible } from '../reporters/text.js';

/**
 * A progress callback for the library, or undefined when progress should not show.
 * @param stream where to draw; default stderr.
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number, file: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (done, total, file) => {
    if (total < 2) return;
    const width = Math.max(20, (stream.columns || 80) - 1);
    const line = `[${done}/${total}] ${visible(file)}`.slice(0, width);
    const clear = ' '.repeat(Math.max(0, last - line.length));
    last = line.length;
    stream.write(done === total ? `\r${' '.repeat(width)}\r` : `\r${line}${clear}`);
  };
}

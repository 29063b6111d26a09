/**
 * What may be written where: an output never replaces an input (the same file by its path, by a
 * symbolic link or by a hard link: compared by device and inode), and a folder inside the output
 * folder that is a symbolic link (`out/assets` → elsewhere) is replaced by a real folder, so that
 * nothing is written through it. The output folder itself may be a link the user chose.
 */
import { lstat, stat, unlink } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { safeOutputPath } from './out-path.js';

/** Device and inode numbers of files, to recognise one file under several names. */
export class FileIdentities {
  private readonly ids = new Set<string>();

  /**
   * Records a file (one that does not exist is skipped).
   * @param path its name.
   */
  async add(path: string): Promise<void> {
    const info = await stat(path).catch(() => undefined);
    if (info) this.ids.add(`${info.dev}:${info.ino}`);
  }

  /**
   * Whether the file at `path` (following links) is one of the recorded files.
   * @param path a name that may not exist.
   */
  async has(path: string): Promise<boolean> {
    const info = await stat(path).catch(() => undefined);
    return info !== undefined && this.ids.has(`${info.dev}:${info.ino}`);
  }
}

/** An output that would replace an input. */
export class OutputIsInputError extends Error {
  constructor(readonly path: string) {
    super(`Unexpected output \`${path}\` that is an input of this run, expected an output path that is not an input (choose another output)`);
    this.name = 'OutputIsInputError';
  }
}

/**
 * The absolute path of an output, ready to be written: inside `out`, not an input, and with every
 * folder between `out` and the file a real folder (links are removed; `makeDirs` creates them).
 * @param out the output folder.
 * @param name the output's name relative to it.
 * @param inputs the run's input files.
 * @throws OutputIsInputError when the output is an input; Error for a name outside `out`.
 */
export async function outputPath(out: string, name: string, inputs: FileIdentities): Promise<string> {
  const path = safeOutputPath(out, name);
  const root = resolve(out);
  const parts = relative(root, dirname(path)).split(sep).filter(Boolean);
  let dir = root;
  for (const part of parts) {
    dir = `${dir}${sep}${part}`;
    const info = await lstat(dir).catch(() => undefined);
    if (!info) break;
    if (info.isSymbolicLink()) await unlink(dir);
  }
  if (await inputs.has(path)) throw new OutputIsInputError(path);
  return path;
}

/**
 * Refuses to write one output over its input (`transform -o`).
 * @param output the output path.
 * @param input the input path.
 * @throws OutputIsInputError when both name the same file.
 */
export async function refuseOverwrite(output: string, input: string): Promise<void> {
  const ids = new FileIdentities();
  await ids.add(input);
  if (resolve(output) === resolve(input) || (await ids.has(output))) throw new OutputIsInputError(output);
}

/**
 * `teikit new <id> --kind …`: a new document from a template (docs/encoding.md §6). Exit codes: 0
 * written; 2 refused (bad id, kind, title or date; the file exists) or not written.
 */
import { Command, Option } from 'commander';
import type { CliIo } from './io.js';

/** Options of `teikit new`, as commander parses them. */
export interface NewCliOptions {
  kind: 'report' | 'memorandum' | 'cable' | 'letter';
  title?: string;
  date?: string;
  dir: string;
}

/**
 * Runs `teikit new`.
 * @param id the document id.
 * @param opts parsed options.
 * @param io output streams.
 */
export async function runNew(id: string, opts: NewCliOptions, io: CliIo): Promise<number> {
  const { newDocument, NewDocumentError } = await import('./new-document.js');
  try {
    const file = await newDocument({ id, kind: opts.kind, title: opts.title, date: opts.date, dir: opts.dir });
    io.out(`wrote ${file}\n`);
    return 0;
  } catch (err) {
    if (err instanceof NewDocumentError) {
      io.err(`teikit new: ${err.message}\n`);
      return 2;
    }
    io.err(`teikit new: could not write the document: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

/**
 * The `new` subcommand, for `program.addCommand`.
 * @param io output streams.
 * @param done receives the exit code.
 */
export function newCommand(io: CliIo, done: (code: number) => void): Command {
  return new Command('new')
    .description('write edition/<id>.xml from a template that validates at once')
    .argument('<id>', 'the document id (lower-case letters, digits, hyphens): also the file name')
    .addOption(new Option('-k, --kind <kind>', 'kind of document').choices(['report', 'memorandum', 'cable', 'letter']).makeOptionMandatory())
    .option('--title <text>', "the document's title")
    .option('--date <iso>', "the document's date (1945-04-09, 1945-04 or 1945)")
    .option('--dir <folder>', 'folder to write to', 'edition')
    .action(async (id: string, opts: NewCliOptions) => done(await runNew(id, opts, io)));
}

/**
 * The `teikit` command line: argument wiring only. Each subcommand loads its library code lazily,
 * so `teikit --help` stays instant.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Exit codes: 0 clean, 1 the input is at fault, 2 the command could not run. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

function packageVersion(): string {
  const pkg = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

const FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'];

/**
 * Runs the CLI and resolves to the process exit code.
 * @param argv the full process argv (node, script, args…).
 * @param io where output goes; defaults to the process streams.
 */
export async function main(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  },
): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('teikit')
    .description('Validate TEI-XML editions and build them into HTML, plain text and JSON.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run `teikit --help` for usage)');

  program
    .command('validate')
    .description('check well-formedness, the RELAX NG schema and the Schematron rules')
    .argument('[paths...]', 'files or folders (all *.xml below)', ['edition'])
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMATS).default('stylish'))
    .option('--schema <file.rng>', 'RELAX NG schema (default: the bundled schemas/edition.rng)')
    .option('--rules <file.sch>', 'ISO Schematron rules (default: the bundled schemas/edition.sch)')
    .option('--max-warnings <n>', 'fail when there are more warnings than n', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('--shard <k/n>', 'check only the k-th of n stable slices of the file list')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', parseCount)
    .action(async (paths: string[], opts) => {
      const { runValidate } = await import('./validate.js');
      code = await runValidate(paths, { ...opts, debug: program.opts().debug }, io);
    });

  program
    .command('build')
    .description('validate, then write each document to every target')
    .argument('[paths...]', 'files or folders (all *.xml below)', ['edition'])
    .option('-o, --out <dir>', 'output folder', 'dist')
    .option('-t, --targets <list>', 'comma-separated targets: html,text,json', 'html,text,json')
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMATS).default('stylish'))
    .option('--schema <file.rng>', 'RELAX NG schema')
    .option('--rules <file.sch>', 'ISO Schematron rules')
    .option('--no-cache', 'rebuild every document, even unchanged ones')
    .option('-w, --watch', 'rebuild what changes')
    .option('--shard <k/n>', 'build only the k-th of n stable slices of the file list')
    .option('--merge <dirs...>', 'merge the outputs of shard builds (--shard k/n) into --out and write the collection pages')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', parseCount)
    .action(async (paths: string[], opts) => {
      const { runBuild } = await import('./build.js');
      code = await runBuild(paths, { ...opts, debug: program.opts().debug }, io);
    });

  program
    .command('transform')
    .description('write one document in one target format (stdout by default)')
    .argument('<file>', 'a TEI document')
    .addOption(new Option('--to <target>', 'target').choices(['html', 'text', 'json']).makeOptionMandatory())
    .addOption(new Option('--view <view>', 'text view').choices(['reading', 'diplomatic']).default('reading'))
    .option('--width <n>', 'wrap text at n columns (0: no wrapping)', parseCount, 78)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (file: string, opts) => {
      const { runTransform } = await import('./transform.js');
      code = await runTransform(file, { ...opts, debug: program.opts().debug }, io);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.err(`teikit: ${err instanceof Error ? err.message : String(err)}\n`);
    if (program.opts().debug && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return EXIT.usage;
  }
  return code;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/**
 * The `teikit` command line: argument wiring only. Each subcommand loads its library code lazily,
 * so `teikit --help` stays instant.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { teikitLine } from './failure.js';

/** Exit codes: 0 clean, 1 the input is at fault, 2 the command could not run. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

function packageVersion(): string {
  const pkg = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

const FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'];
const CONFIG = 'teikit.config.json';


/**
 * The options `validate` and `build` share for CI: empty input, configuration, documentation
 * links, and the SARIF and summary files written beside the report.
 * @param command the command to add them to.
 */
function runOptions(command: Command): Command {
  return command
    .option('--allow-empty', 'exit 0 when no *.xml file is under the paths (default: exit 2)')
    .option('--config <file>', `configuration file (default: ${CONFIG} or package.json "teikit")`)
    .option('--print-config', 'print the settings (flags over configuration) and exit')
    .option('--docs-url <url>', 'where the rule documentation is published (SARIF helpUri, summary links)')
    .option('--register <file>', 'the collection\'s register (default: register.xml beside the documents or in a folder above)')
    .option('--sarif <file>', 'also write a SARIF 2.1.0 log to this file')
    .option('--summary <file>', 'append a Markdown summary to this file (e.g. $GITHUB_STEP_SUMMARY)');
}

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

  runOptions(
    program
    .command('validate')
    .description('check well-formedness, the RELAX NG schema and the Schematron rules')
    .argument('[paths...]', 'files or folders (all *.xml below)', ['edition'])
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMATS).default('stylish'))
    .option('--schema <file.rng>', 'RELAX NG schema (default: the bundled schemas/edition.rng)')
    .option('--rules <file.sch>', 'ISO Schematron rules run after the bundled ones (repeatable)', collect)
    .option('--no-bundled-rules', 'leave the bundled rules (schemas/edition.sch) out')
    .option('--max-warnings <n>', 'fail when there are more warnings than n', parseCount)
    .option('-q, --quiet', 'report errors only (the summary still counts warnings)')
    .option('--shard <k/n>', 'check only the k-th of n stable slices of the file list')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', parseCount)
    .option('--baseline <file>', 'findings recorded in this file are reported as baselined and do not fail')
    .option('--update-baseline', 'write the baseline (--baseline, or teikit-baseline.json) from this run')
    .option('--changed [ref]', 'check only documents changed since a git ref (default HEAD); all when the register changed')
  )
    .action(async (paths: string[], opts) => {
      const { runValidate } = await import('./validate.js');
      code = await runValidate(paths, { ...opts, debug: program.opts().debug }, io);
    });

  runOptions(
    program
    .command('build')
    .description('validate, then write each document to every target')
    .argument('[paths...]', 'files or folders (all *.xml below)', ['edition'])
    .option('-o, --out <dir>', 'output folder (default: the configuration\'s out, else dist)')
    .option('-t, --targets <list>', 'comma-separated targets: html,text,json', 'html,text,json')
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMATS).default('stylish'))
    .option('--schema <file.rng>', 'RELAX NG schema')
    .option('--rules <file.sch>', 'ISO Schematron rules run after the bundled ones (repeatable)', collect)
    .option('--no-bundled-rules', 'leave the bundled rules (schemas/edition.sch) out')
    .option('--no-cache', 'rebuild every document, even unchanged ones')
    .option('-w, --watch', 'rebuild what changes')
    .option('--shard <k/n>', 'build only the k-th of n stable slices of the file list')
    .option('--merge <dirs...>', 'merge the outputs of shard builds (--shard k/n) into --out and write the collection pages')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', parseCount)
    .option('--max-warnings <n>', 'fail when there are more warnings than n', parseCount)
    .option('-q, --quiet', 'report errors only (the summary still counts warnings)')
    .option('--changed [ref]', 'build only documents changed since a git ref (default HEAD); all when the register changed')
  )
    .option('--text-header', 'plain text: begin with the title, source and classification')
    .option('--notes', 'plain text: number the notes and give them at the end')
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
    .option('--text-header', 'text: begin with the title, source and classification')
    .option('--notes', 'text: number the notes and give them at the end')
    .action(async (file: string, opts) => {
      const { runTransform } = await import('./transform.js');
      code = await runTransform(file, { ...opts, debug: program.opts().debug }, io);
    });

  program.addCommand((await import('./new.js')).newCommand(io, (c) => { code = c; }).copyInheritedSettings(program));

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.err(teikitLine(err instanceof Error ? err.message : String(err)));
    if (program.opts().debug && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return EXIT.usage;
  }
  return code;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

#!/usr/bin/env node
// The `teikit` command: the CLI lives in the compiled library (lib/), built by `npm install`.
import { setFlagsFromString } from 'node:v8';

// Tier JavaScript up to V8's optimizing compiler after four times the default amount of work
// (issue 6): a one-document build otherwise spends about as much CPU compiling SaxonJS functions in
// background threads as it spends running them (2.2 s of CPU in all, 1.5 s with this); a
// collection still reaches optimized code within its first documents. Set before any module loads,
// so that it holds for every function and worker thread.
setFlagsFromString('--interrupt-budget=270336');

const { main } = await import('../lib/cli/main.js');

// A reader that stops early (`teikit transform … | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv);

#!/usr/bin/env node
// The `teikit` command: the CLI lives in the compiled library (lib/), built by `npm install`.
import { setFlagsFromString } from 'node:v8';

// Tier JavaScript up to V8's optimizing compiler after four times the default amount of work. It
// pays for itself: without it a cold one-document build (`build edition --no-cache`) takes about
// 30% longer (median of 8 runs: 4.9 s instead of 3.4 s wall, 2.6 s instead of 1.9 s of CPU), as
// V8 spends about as much CPU compiling SaxonJS functions in background threads as running them;
// a collection still reaches optimized code within its first documents. V8 flags are per process:
// set before any module loads, it holds for every function and for the worker threads. Measured
// again with the worker pool as the one execution model (docs/performance.md): still 14% less CPU.
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

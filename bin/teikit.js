#!/usr/bin/env node
// The `teikit` command: the CLI lives in the compiled library (lib/), built by `npm install`.
const { main } = await import('../lib/cli/main.js');

// A reader that stops early (`teikit transform … | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv);

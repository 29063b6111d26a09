#!/usr/bin/env node
// The `teikit` command: the CLI lives in the compiled library (lib/), built by `npm install`.
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv);

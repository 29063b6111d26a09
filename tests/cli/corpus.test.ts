/**
 * Real TEI from other projects through the real CLI: every document of ../shared/corpus
 * transforms to each target with exit 0, whatever its root element in the TEI namespace.
 * The corpus is shared material beside the project, absent from a user's clone: skipped then.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, teikit } from '../helpers/cli.js';

const CORPUS = join(SHARED, 'corpus');
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).sort() : [];

describe.skipIf(!present)('teikit transform on ../shared/corpus (skipped: ../shared/corpus is absent)', () => {
  it.each(['text', 'json', 'html'])('transforms every corpus document to %s without a crash', (to) => {
    for (const f of files) {
      const r = teikit(['transform', join(CORPUS, f), '--to', to]);
      expect({ file: f, status: r.status, trace: /^\s+at /m.test(r.stderr) }).toEqual({ file: f, status: 0, trace: false });
      expect(r.stdout.length).toBeGreaterThan(100);
    }
  });
});

/**
 * A target whose stylesheet fails (issue 11): the document gets a `build-target` diagnostic naming
 * the target, and none of its outputs is handed on to be written, not even those of the targets
 * that rendered. The worker's task runs here in-process with the JSON target made to fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runTask } from '../../lib/exec/document-job.js';
import { loadCheckers } from '../../lib/validate/document.js';
import { EDITION } from '../helpers/edition.js';

vi.mock('../../lib/targets/index.js', async (original) => {
  const real = await original<typeof import('../../lib/targets/index.js')>();
  return {
    ...real,
    renderFiles: (input: Parameters<typeof real.renderFiles>[0], target: Parameters<typeof real.renderFiles>[1]) => {
      if (target === 'json') throw new Error('XTDE0640: injected\nfailure');
      return real.renderFiles(input, target);
    },
  };
});

describe('a failing target', () => {
  it('is a build-target error on the document, and nothing of the document is to be written', async () => {
    const reply = await runTask({ kind: 'build', file: EDITION, bytes: readFileSync(EDITION), targets: ['html', 'text', 'json'] }, { checks: true }, () => loadCheckers());
    expect(reply.result.diagnostics).toEqual([
      expect.objectContaining({ file: EDITION, line: 1, column: 1, ruleId: 'build-target', source: 'io', message: expect.stringMatching(/^Unexpected failure of the `json` target \(XTDE0640: injected failure\)/) }),
    ]);
    expect(reply.files).toBeUndefined();
    expect(reply.entry).toBeUndefined();
  });
});

import fc from 'fast-check';
import { it } from 'vitest';
import { doc } from './generate.js';
import { notes } from './model.js';
import { buildDoc, writeDoc } from './run.js';
import { tempDir } from '../helpers/edition.js';
it('dev', async () => {
  const [d] = fc.sample(doc, { seed: 20261127, numRuns: 1 });
  const w = writeDoc(tempDir(), d);
  const b = await buildDoc(w.file, d.id);
  const m = JSON.parse(b.json);
  console.log(w.file, JSON.stringify(m.notes), JSON.stringify(m.blocks), JSON.stringify(notes(d)), m.text.length);
  for (const n of m.notes) console.log(JSON.stringify(m.text.slice(n.anchor - 30, n.anchor)) + '|' + JSON.stringify(m.text.slice(n.anchor, n.anchor + 20)));
});

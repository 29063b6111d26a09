/**
 * Worker thread entry for the Schematron half of validating one large document: it builds the
 * SaxonJS tree of the text and runs the rules while the main thread parses the same text with
 * saxes and validates it against RELAX NG (see schematron-offload.ts). Only findings (paths, not
 * positions) go back; the tree stays here and is dropped after each document.
 */
import { parentPort } from 'node:worker_threads';
import type { RuleOutcome } from '../schematron/findings.js';
import { saxonDocument, saxonJs } from '../xml/saxon.js';
import { type CompiledRules, loadRules, type RulesSource, runRules } from './validate-schematron.js';

/** One document to check. */
export interface ThreadRequest {
  id: number;
  file: string;
  text: string;
  /** `CompiledRules.source`: the user's `.sch` files and whether the bundled rules run, or unset for the bundled rules alone. */
  rules?: RulesSource;
}

/** The answer to a request: the rules' outcome, or why they could not run here. */
export interface ThreadReply {
  id: number;
  outcome?: RuleOutcome;
  error?: string;
}

const rulesBySource = new Map<string, Promise<CompiledRules>>();

function rulesFor(source: RulesSource | undefined): Promise<CompiledRules> {
  const key = JSON.stringify(source ?? null);
  let rules = rulesBySource.get(key);
  if (!rules) {
    rules = loadRules(source?.files, source?.bundled);
    rulesBySource.set(key, rules);
  }
  return rules;
}

async function check(req: ThreadRequest): Promise<ThreadReply> {
  try {
    const [rules, tree] = await Promise.all([rulesFor(req.rules), saxonDocument(req.text)]);
    return { id: req.id, outcome: runRules(rules, req.file, tree) };
  } catch (err) {
    return { id: req.id, error: (err as Error).message };
  }
}

if (parentPort) {
  const port = parentPort;
  // SaxonJS loads (about half a second) while the first request is on its way.
  saxonJs();
  port.on('message', (req: ThreadRequest) => {
    void check(req).then((reply) => port.postMessage(reply));
  });
}

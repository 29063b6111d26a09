/**
 * RELAX NG in a second worker, for a large document when the pool has a thread to spare
 * (src/exec/pool.ts). The worker that gates the document records the gate's events and sends them
 * in batches over a MessagePort; the helper replays them into the same validator the gate would
 * have fed (walk.ts) and sends its findings back over the port. The document is parsed once: the
 * helper never sees its text. While the helper validates, the first worker builds the SaxonJS tree
 * and runs the rules; it waits for the findings before it decides whether the document has errors.
 */
import type { MessagePort } from 'node:worker_threads';
import type { SaxesTagNS } from 'saxes';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ParseObserver } from '../../xml/document.js';
import type { Position } from '../../xml/positions.js';
import { type Grammar, relaxNgObserver } from './validate.js';

/** Event codes of a batch: one flat array of codes and fields, cheap to clone. */
const START = 1;
const END = 2;
const TEXT = 3;
/** Fields per batch before it is sent. */
const BATCH = 60_000;

/** What goes from the gate to the helper. */
type ToHelper = { events: unknown[] } | { end: Position } | { abort: true };
/** What comes back. */
type FromHelper = { diagnostics: Diagnostic[] } | { failure: string };

/** A gate observer that sends its events to the helper, and what the helper found. */
export interface RemoteRelaxNg {
  observer: ParseObserver;
  /** Tells the helper the gate refused the document: it stops, and nothing is validated. */
  abort(): void;
  /** The helper's findings, once it has seen the end of the document. */
  findings(): Promise<Diagnostic[]>;
}

/**
 * The gate's side.
 * @param port one end of the channel whose other end the helper has.
 * @param fields how many fields a batch holds before it is sent.
 */
export function remoteRelaxNg(port: MessagePort, fields = BATCH): RemoteRelaxNg {
  let batch: unknown[] = [];
  const send = (message: ToHelper): void => port.postMessage(message);
  const flush = (): void => {
    if (batch.length) send({ events: batch });
    batch = [];
  };
  // A batch is sent between events, never inside one.
  const room = (): unknown[] => {
    if (batch.length >= fields) flush();
    return batch;
  };
  const answer = new Promise<Diagnostic[]>((resolve, reject) => {
    port.on('message', (m: FromHelper) => ('diagnostics' in m ? resolve(m.diagnostics) : reject(new Error(m.failure))));
    port.once('close', () => reject(new Error('the RELAX NG helper thread ended before it answered')));
  });
  answer.catch(() => undefined);
  return {
    observer: {
      startElement(node, at) {
        const b = room();
        let own: Record<string, string> | 0 = 0;
        for (const _ in node.ns) {
          own = node.ns;
          break;
        }
        b.push(START, node.uri, node.local, node.name, own, at.line, at.column, 0);
        const count = b.length - 1;
        const attributes = node.attributes;
        for (const key in attributes) {
          const a = attributes[key];
          b.push(a.uri, a.local, a.name, a.value);
        }
        b[count] = (b.length - count - 1) / 4;
      },
      endElement(node, at) {
        room().push(END, node.uri, node.local, node.name, node.isSelfClosing ? 1 : 0, at.line, at.column);
      },
      text(text, at) {
        room().push(TEXT, text, at.line, at.column);
      },
      end(at) {
        flush();
        send({ end: at });
      },
    },
    abort() {
      batch = [];
      send({ abort: true });
      port.close();
    },
    async findings() {
      try {
        return await answer;
      } finally {
        port.close();
      }
    },
  };
}

/**
 * The helper's side: replays the events into the validator and answers with its findings.
 * Resolves when the document is done, refused by the gate, or the other side is gone.
 * @param port the other end of the gate's channel.
 * @param grammar the run's schema.
 * @param file the document's path, for the diagnostics.
 */
export function relaxNgHelper(port: MessagePort, grammar: Grammar, file: string): Promise<void> {
  const diagnostics: Diagnostic[] = [];
  const observer = relaxNgObserver(grammar, file, diagnostics);
  return new Promise((resolve) => {
    const done = (): void => {
      port.close();
      resolve();
    };
    port.on('message', (m: ToHelper) => {
      try {
        if ('events' in m) replay(m.events, observer);
        else if ('end' in m) {
          observer.end(m.end);
          port.postMessage({ diagnostics } satisfies FromHelper);
          done();
        } else done();
      } catch (err) {
        port.postMessage({ failure: err instanceof Error ? err.message : String(err) } satisfies FromHelper);
        done();
      }
    });
    port.once('close', resolve);
  });
}

/** Feeds one batch of recorded events to an observer. */
function replay(events: unknown[], observer: ParseObserver): void {
  let i = 0;
  const next = (): unknown => events[i++];
  while (i < events.length) {
    const code = next();
    if (code === START) {
      const uri = next() as string;
      const local = next() as string;
      const name = next() as string;
      const ns = (next() || {}) as Record<string, string>;
      const at = { line: next() as number, column: next() as number };
      const count = next() as number;
      const attributes: SaxesTagNS['attributes'] = {};
      for (let a = 0; a < count; a++) {
        const [aUri, aLocal, aName, value] = [next(), next(), next(), next()] as string[];
        attributes[aName] = { uri: aUri, local: aLocal, name: aName, value, prefix: aName.includes(':') ? aName.slice(0, aName.indexOf(':')) : '' };
      }
      observer.startElement({ uri, local, name, ns, attributes, prefix: '', isSelfClosing: false } as SaxesTagNS, at);
    } else if (code === END) {
      const uri = next() as string;
      const local = next() as string;
      const name = next() as string;
      const isSelfClosing = next() === 1;
      const at = { line: next() as number, column: next() as number };
      observer.endElement({ uri, local, name, isSelfClosing, ns: {}, attributes: {}, prefix: '' } as SaxesTagNS, at);
    } else if (code === TEXT) {
      const text = next() as string;
      observer.text(text, { line: next() as number, column: next() as number });
    } else {
      throw new Error(`unexpected event code ${String(code)} from the gate`);
    }
  }
}

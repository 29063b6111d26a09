/**
 * The ids that name each document's outputs, known before anything is written: the root's
 * `xml:id`, read by the same conforming parser as the gate (saxes) and stopped at the root's start
 * tag, so comments, CDATA and character references before it are read as XML. Two documents with
 * one id, or with ids that differ only in case (one file on a case-insensitive file system), are
 * found here, and neither is built.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

class Stop extends Error {}

/**
 * The root element's `xml:id`, or undefined when the text has none or breaks before the root.
 * @param text the decoded document.
 */
export function rootId(text: string): string | undefined {
  const reader = rootReader();
  // Documents are read in slices: the root's start tag is near the top.
  for (let i = 0; i < text.length && !reader.done(); i += 4096) reader.write(text.slice(i, i + 4096));
  return reader.id();
}

/** Reads text slice by slice until the root's start tag (or an error) is met. */
function rootReader(): { write(text: string): void; done(): boolean; id(): string | undefined } {
  const parser = new SaxesParser({ xmlns: true });
  let id: string | undefined;
  let done = false;
  parser.on('opentag', (node) => {
    const a = node.attributes['xml:id'];
    id = a === undefined ? undefined : typeof a === 'string' ? a : a.value;
    throw new Stop();
  });
  parser.on('error', () => {
    throw new Stop();
  });
  return {
    write(text) {
      if (done) return;
      try {
        parser.write(text);
      } catch (err) {
        if (!(err instanceof Stop)) throw err;
        done = true;
      }
    },
    done: () => done,
    id: () => id,
  };
}

/**
 * The root's `xml:id`, read from the start of a file only, as far as the root's start tag: the
 * plan knows every id before the documents are read (once each, by the run) and anything is
 * written. Not a regular file, unreadable or not XML: undefined (the run reports why).
 * @param file the path.
 * @param maxBytes read no further than this.
 */
export async function readRootId(file: string, maxBytes: number): Promise<string | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch {
    return undefined;
  }
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    const reader = rootReader();
    const chunk = Buffer.alloc(16384);
    let decoder: TextDecoder | undefined;
    for (let read = 0; read < maxBytes && !reader.done(); ) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, maxBytes - read), null);
      if (!bytesRead) break;
      const bytes = chunk.subarray(0, bytesRead);
      decoder ??= new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8');
      reader.write(decoder.decode(bytes, { stream: true }));
      read += bytesRead;
    }
    return reader.id();
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Ids whose outputs would overwrite the collection's own pages (index.html, collection.json, …). */
const RESERVED = new Set(['index', 'names', 'search', 'search-index', 'collection']);

/** One document of the collection with the id that names its outputs. */
export interface Named {
  /** Its manifest key (relative real path). */
  key: string;
  /** The path to report. */
  file: string;
  id: string;
}

/**
 * Documents whose ids clash: the same id, or ids equal but for case, or an id of the collection's
 * own pages. Every document of a clash gets an error naming the others.
 * @param docs the documents of the collection (this run's and those the manifest still knows).
 */
export function idClashes(docs: readonly Named[]): Map<string, Diagnostic> {
  const groups = new Map<string, Named[]>();
  for (const d of docs) {
    const k = d.id.toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  const found = new Map<string, Diagnostic>();
  for (const d of docs) {
    if (!RESERVED.has(d.id.toLowerCase())) continue;
    found.set(d.key, {
      file: d.file, line: 1, column: 1, severity: 'error', ruleId: 'build-reserved-id', source: 'io',
      message: `Unexpected document id \`${d.id}\`, expected an id other than ${[...RESERVED].map((r) => `\`${r}\``).join(', ')} (the collection's own pages have these names); the document is not written`,
    });
  }
  for (const group of groups.values()) {
    const keys = new Set(group.map((d) => d.key));
    if (keys.size < 2) continue;
    for (const d of group) {
      const others = group.filter((o) => o.key !== d.key);
      const same = others.every((o) => o.id === d.id);
      const list = others.map((o) => `\`${o.id}\` in \`${o.key}\``).join(', ');
      found.set(d.key, {
        file: d.file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: same ? 'build-duplicate-id' : 'build-id-case',
        source: 'io',
        message: same
          ? `Unexpected document id \`${d.id}\` already used by ${list}, expected ids unique in the collection; neither document is written`
          : `Unexpected document id \`${d.id}\` that differs only in case from ${list}, expected ids that stay distinct on case-insensitive file systems; neither document is written`,
      });
    }
  }
  return found;
}

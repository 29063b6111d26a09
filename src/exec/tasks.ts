/**
 * What goes between the main thread and the worker pool. The main thread reads each document
 * (src/io/read.ts) and writes its outputs (src/io/write.ts); a worker decodes, parses, validates and renders it.
 * Everything here survives structured cloning.
 */
import type { MessagePort } from 'node:worker_threads';
import type { FileResult } from '../diagnostics/diagnostic.js';
import type { IndexEntry, OutputFile, TargetName, TextOptions, TransformOptions } from '../targets/index.js';
import type { ValidateOptions } from '../validate/document.js';
import type { CollectionContext } from './page-params.js';

/** What every task of a run shares: the worker loads the schema and rules from it once. */
export interface RunConfig extends ValidateOptions {
  /** Whether the tasks need the schema and rules (not for `transform`). */
  checks: boolean;
  /** For `build`: the collection the pages belong to (register, base URL, title, downloads). */
  collection?: CollectionContext;
}

/**
 * The part of a run's configuration that is known only once the run is planned (a build starts its
 * pool before it reads the register): sent with each task, and preferred to the pool's own.
 */
export type RunContext = Pick<RunConfig, 'register' | 'collection'>;

/** One document for a worker. */
export interface DocumentTask {
  /** `validate`: the checks; `build`: the checks, then every target; `transform`: the gate, then one target. */
  kind: 'validate' | 'build' | 'transform';
  file: string;
  /** The document's bytes, read by the main thread. */
  bytes: Uint8Array;
  /** For `validate`: also return the document's pointers into other files (the register's unused entries). */
  uses?: boolean;
  /** For `build`. */
  targets?: readonly TargetName[];
  /** For `build`: the plain-text options. */
  text?: TextOptions;
  /** For `transform`. */
  transform?: TransformOptions & { to: TargetName };
  /** The run's register and collection, when the pool was started without them. */
  context?: RunContext;
  /** Set by the dispatcher: RELAX NG may go to a helper thread (a large document, a thread to spare). */
  split?: boolean;
  /** Set by the pool when it split the task: the channel to the RELAX NG helper (src/validate/relaxng/remote.ts). */
  helper?: MessagePort;
  /** Set by the pool: the worker says here when it starts the document (the budget's clock). */
  port?: MessagePort;
}

/** A RELAX NG helper's task: the events of one document's gate come over the port. */
export interface HelperTask {
  file: string;
  port: MessagePort;
  context?: RunContext;
}

/** What a worker made of a document. Nothing is written yet. */
export interface TaskReply {
  result: FileResult;
  /** `build`: the outputs to write, when the document has no errors. */
  files?: OutputFile[];
  /** `build`: the collection index's entry, without its file list. */
  entry?: Omit<IndexEntry, 'files'>;
  /** `transform`: the output. */
  output?: string;
  /** `validate` with `uses`: the document's pointers into other files, prefixes expanded. */
  uses?: string[];
  /** Set instead of a result when the run's schema or rules could not be loaded. */
  config?: string;
}

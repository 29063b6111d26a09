/**
 * `build --watch`: watch first, then build, then build again whenever a document, the schema or
 * the rules change. Folders are watched, not files (a file is watched through its folder), so an
 * editor's atomic save (write a temporary file, rename it over the document) is seen like any
 * other; chokidar does the watching. A watched path that disappears is reported and watching goes
 * on (its folder's parent is watched too, so it is seen when it comes back). The schema and rules
 * are loaded again for every build, and a build during which they changed runs again, so the
 * manifest's key always matches the schema and rules the documents were checked with.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import { build, type BuildOptions, type BuildRun } from './build.js';

/** A running watch. */
export interface Watcher {
  /** Stops watching; resolves once a build under way has finished. */
  close(): Promise<void>;
}

/** The schema and rules files of a build's options. */
function configFiles(options: BuildOptions): string[] {
  const rules = options.rules === undefined ? [] : typeof options.rules === 'string' ? [options.rules] : [...options.rules];
  return [options.schema, ...rules].filter((f): f is string => Boolean(f));
}

/** Content of the schema and rules files, to tell whether they changed during a build. */
async function configState(options: BuildOptions): Promise<string> {
  const h = createHash('sha256');
  for (const f of configFiles(options)) if (f) h.update(f).update('\0').update(await readFile(f).catch(() => '')).update('\0');
  return h.digest('hex');
}

/**
 * Starts watching the paths, the schema and the rules; once the watchers are live, builds, then
 * rebuilds on every change.
 * @param paths files or folders to build and watch.
 * @param options the build's options.
 * @param onRun called with each build's result, or with an Error that says what went wrong (a
 *   build that failed, a watched path that was removed).
 * @param debounceMs quiet time after the last change before rebuilding.
 */
export async function watchBuild(
  paths: readonly string[],
  options: BuildOptions,
  onRun: (run: BuildRun | Error) => void,
  debounceMs = 150,
): Promise<Watcher> {
  const roots = paths.map((p) => resolve(p));
  const config = configFiles(options).map((f) => resolve(f));
  const isDir = new Map<string, boolean>();
  for (const r of roots) isDir.set(r, (await stat(r).catch(() => undefined))?.isDirectory() ?? false);
  const inScope = (path: string): boolean =>
    config.includes(path) ||
    roots.some((r) => (isDir.get(r) ? (path === r || path.startsWith(`${r}/`)) && (path === r || path.endsWith('.xml')) : path === r));
  // A folder is watched whole; a file through its folder; every root's parent too, to see it go and come back.
  const folders = new Set<string>([...roots.filter((r) => isDir.get(r)), ...roots.map((r) => dirname(r)), ...config.map((f) => dirname(f))]);
  const watcher: FSWatcher = watch([...folders], {
    ignoreInitial: true,
    depth: undefined,
    ignored: (path: string) => !(folders.has(path) || inScope(path) || roots.some((r) => isDir.get(r) && path.startsWith(`${r}/`))),
  });

  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  let closed = false;
  const once = async (): Promise<void> => {
    for (;;) {
      const before = await configState(options);
      try {
        onRun(await build(paths, options));
      } catch (err) {
        onRun(err instanceof Error ? err : new Error(String(err)));
      }
      if ((await configState(options)) === before || closed) return;
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (pending || closed) return;
      pending = true;
      running = running.then(() => {
        pending = false;
        return once();
      });
    }, debounceMs);
  };
  watcher.on('all', (event, path) => {
    const p = resolve(path);
    if (!inScope(p)) return;
    if ((event === 'unlinkDir' || event === 'unlink') && roots.includes(p)) {
      onRun(new Error(`\`${basename(p)}\` (${p}) was removed; still watching for it to come back (Ctrl-C to stop)`));
    }
    schedule();
  });
  watcher.on('error', (err) => onRun(err instanceof Error ? err : new Error(String(err))));
  await new Promise<void>((ready) => watcher.once('ready', ready));
  running = once();
  await running;
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

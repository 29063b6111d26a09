/**
 * `build --watch`: build once, then again whenever a file under the watched paths changes. The
 * manifest makes each rebuild touch only the documents that changed.
 */
import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { build, type BuildOptions, type BuildRun } from './build.js';

/** A running watch. */
export interface Watcher {
  /** Stops watching; resolves once a build under way has finished. */
  close(): Promise<void>;
}

/**
 * Builds, then rebuilds on every change.
 * @param paths files or folders to build and watch.
 * @param options the build's options.
 * @param onRun called with each build's result (or the error that stopped it).
 * @param debounceMs quiet time after the last change before rebuilding.
 */
export async function watchBuild(
  paths: readonly string[],
  options: BuildOptions,
  onRun: (run: BuildRun | Error) => void,
  debounceMs = 150,
): Promise<Watcher> {
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  const once = async () => {
    try {
      onRun(await build(paths, options));
    } catch (err) {
      onRun(err instanceof Error ? err : new Error(String(err)));
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (pending) return;
      pending = true;
      running = running.then(() => {
        pending = false;
        return once();
      });
    }, debounceMs);
  };
  running = once();
  await running;
  const watchers: FSWatcher[] = [];
  for (const p of paths) {
    const isDir = (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
    watchers.push(
      watch(p, { recursive: isDir }, (_event, name) => {
        if (!isDir || !name || String(name).endsWith('.xml')) schedule();
      }),
    );
  }
  return {
    async close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      await running;
    },
  };
}

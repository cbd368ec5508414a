import { watch, type FSWatcher } from 'node:fs';
import { contentDirectory } from './load';

/** Editors save in several steps (write, rename, touch): one change is told once. */
const SETTLE_MS = 100;

const listeners = new Set<() => void>();
let watcher: FSWatcher | undefined;
let settling: NodeJS.Timeout | undefined;

/**
 * A watcher that cannot start or fails later (the folder is gone, the system
 * is out of watches) is dropped with a warning: pages then need a reload by
 * hand, and the dev server goes on.
 */
function startWatching(directory: string): FSWatcher | undefined {
  const stopped = (error: Error) => console.warn(`Open pages will not refresh on their own: watching ${directory} failed (${error.message}).`);
  try {
    const started = watch(/*turbopackIgnore: true*/ directory, { recursive: true }, () => {
      clearTimeout(settling);
      settling = setTimeout(() => listeners.forEach((notify) => notify()), SETTLE_MS);
    });
    started.on('error', (error) => {
      stopped(error);
      started.close();
      if (watcher === started) watcher = undefined;
    });
    return started;
  } catch (error) {
    stopped(error as Error);
    return undefined;
  }
}

/**
 * Calls `listener` once each time something in the content folder changes,
 * until the returned function is called. One watcher serves every listener
 * and closes with the last one, so nothing runs while nobody listens.
 */
export function onContentChange(listener: () => void): () => void {
  listeners.add(listener);
  watcher ??= startWatching(contentDirectory());
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    clearTimeout(settling);
    watcher?.close();
    watcher = undefined;
  };
}

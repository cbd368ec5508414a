import { watch, type FSWatcher } from 'node:fs';
import { contentDirectory } from './load';

/** Editors save in several steps (write, rename, touch): one change is told once. */
const SETTLE_MS = 100;

const listeners = new Set<() => void>();
let watcher: FSWatcher | undefined;
let settling: NodeJS.Timeout | undefined;

/**
 * Calls `listener` once each time something in the content folder changes,
 * until the returned function is called. One watcher serves every listener
 * and closes with the last one, so nothing runs while nobody listens.
 */
export function onContentChange(listener: () => void): () => void {
  listeners.add(listener);
  watcher ??= watch(/*turbopackIgnore: true*/ contentDirectory(), { recursive: true }, () => {
    clearTimeout(settling);
    settling = setTimeout(() => listeners.forEach((notify) => notify()), SETTLE_MS);
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    clearTimeout(settling);
    watcher?.close();
    watcher = undefined;
  };
}

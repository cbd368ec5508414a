import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Compiled MDX, kept by a hash of everything that decides the output: the
 * source, what it is checked against, and the compiler's own version and
 * settings. Two layers: memory (one process: the dev server, one build
 * worker) and disk (across builds, dev restarts and `npm run check`).
 */
function versionOf(name: string): string {
  try {
    const manifest = path.join(process.cwd(), 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(/*turbopackIgnore: true*/ manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Bump when the compile settings or the shape of a cached result change. */
const SETTINGS_VERSION = '3';
const COMPILER = `${SETTINGS_VERSION}/mdx-bundler@${versionOf('mdx-bundler')}/esbuild@${versionOf('esbuild')}`;

const memory = new Map<string, Promise<unknown>>();

/** `MDX_CACHE_DIR` overrides the folder; `MDX_CACHE_DIR=off` keeps the cache in memory only. */
function cacheDirectory(): string | undefined {
  const configured = process.env.MDX_CACHE_DIR;
  if (configured === 'off') return undefined;
  return path.resolve(/*turbopackIgnore: true*/ configured ?? path.join(process.cwd(), 'node_modules', '.cache', 'postmortem-viewer', 'mdx'));
}

export function cacheKey(parts: readonly string[]): string {
  return createHash('sha256').update([COMPILER, ...parts].join('\0')).digest('hex');
}

export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  let entry = memory.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = fromDiskOrCompute(key, compute);
    memory.set(key, entry);
  }
  return entry;
}

async function fromDiskOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const directory = cacheDirectory();
  if (!directory) return compute();
  const file = path.join(/*turbopackIgnore: true*/ directory, `${key}.json`);
  try {
    return JSON.parse(await readFile(/*turbopackIgnore: true*/ file, 'utf8')) as T;
  } catch {
    // not cached yet, or unreadable: compile
  }
  const value = await compute();
  try {
    await mkdir(/*turbopackIgnore: true*/ directory, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(/*turbopackIgnore: true*/ temporary, JSON.stringify(value));
    await rename(temporary, file);
  } catch {
    // a read-only or full disk only costs a recompile next time
  }
  return value;
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeModulesFolders } from '../files/node-modules';

/**
 * Compiled MDX, kept by a hash of everything that decides the output: the
 * source, what it is checked against, the source of the checks and the
 * compile step, and the version of every package that takes part. Two layers:
 * memory (one process: the dev server, one build worker) and disk (across
 * builds, dev restarts and `npm run check`). Only successful compiles are kept.
 */

/** Packages whose code turns a body into compiled code; a new version of any may change the result. */
export const COMPILER_PACKAGES = [
  'mdx-bundler',
  'esbuild',
  '@mdx-js/mdx',
  '@mdx-js/esbuild',
  'remark-frontmatter',
  'remark-mdx-frontmatter',
  'remark-mdx',
  'remark-parse',
  'remark-rehype',
  'rehype-slug',
  'rehype-recma',
  'github-slugger',
  'unified',
  'micromark',
  'micromark-extension-mdxjs',
  'mdast-util-mdx-jsx',
  'mdast-util-to-hast',
  'hast-util-to-estree',
  'estree-util-to-js',
] as const;

/** Project files whose code decides the result: the checks on the body and the compile step. */
export const COMPILER_SOURCES = ['lib/content/body-rules.ts', 'lib/content/clock-times.ts', 'lib/content/compile-mdx.ts', 'lib/content/narrative.ts', 'lib/content/compile-cache.ts'] as const;

function readTextFile(file: string): string | undefined {
  try {
    return readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  } catch {
    return undefined;
  }
}

const readProjectFile = (relative: string) => readTextFile(path.join(/*turbopackIgnore: true*/ process.cwd(), relative));

function versionOf(name: string): string | undefined {
  for (const modules of nodeModulesFolders()) {
    // Hoisted, or kept beside mdx-bundler when the versions differ.
    for (const folder of [path.join(modules, name), path.join(modules, 'mdx-bundler', 'node_modules', name)]) {
      const manifest = readTextFile(path.join(folder, 'package.json'));
      if (manifest) return (JSON.parse(manifest) as { version: string }).version;
    }
  }
  return undefined;
}

/**
 * What the key adds to every entry, or undefined when a package or source
 * file cannot be read: then nothing is kept on disk, since an incomplete key
 * could serve a result that a changed rule no longer gives.
 */
function compilerFingerprint(): string | undefined {
  const parts: string[] = [];
  for (const name of COMPILER_PACKAGES) {
    const version = versionOf(name);
    if (version === undefined) return undefined;
    parts.push(`${name}@${version}`);
  }
  for (const file of COMPILER_SOURCES) {
    const source = readProjectFile(file);
    if (source === undefined) return undefined;
    parts.push(`${file}#${createHash('sha256').update(source).digest('hex')}`);
  }
  return parts.join('\n');
}

const FINGERPRINT = compilerFingerprint();

/** At most this many entries and bytes stay on disk; the least recently used go first. */
export const CACHE_LIMITS = { entries: 4_000, bytes: 256 * 1024 * 1024 };

const memory = new Map<string, Promise<unknown>>();

/** `MDX_CACHE_DIR` overrides the folder; `MDX_CACHE_DIR=off` keeps the cache in memory only. */
function cacheDirectory(): string | undefined {
  const configured = process.env.MDX_CACHE_DIR;
  if (configured === 'off' || FINGERPRINT === undefined) return undefined;
  return path.resolve(/*turbopackIgnore: true*/ configured ?? path.join(process.cwd(), 'node_modules', '.cache', 'postmortem-viewer', 'mdx'));
}

/** True when compiled bodies are kept on disk (every package and source of the key could be read). */
export function isDiskCacheEnabled(): boolean {
  return cacheDirectory() !== undefined;
}

export function cacheKey(parts: readonly string[]): string {
  return createHash('sha256').update([FINGERPRINT ?? 'incomplete', ...parts].join('\0')).digest('hex');
}

/** The value for `key`, computed once; `keep` says whether a value may be kept (a failed compile may not). */
export function cached<T>(key: string, compute: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
  let entry = memory.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = fromDiskOrCompute(key, compute, keep);
    memory.set(key, entry);
    void entry.then((value) => {
      if (!keep(value)) memory.delete(key);
    });
  }
  return entry;
}

async function fromDiskOrCompute<T>(key: string, compute: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
  const directory = cacheDirectory();
  if (!directory) return compute();
  const file = path.join(/*turbopackIgnore: true*/ directory, `${key}.json`);
  try {
    const value = JSON.parse(await readFile(/*turbopackIgnore: true*/ file, 'utf8')) as T;
    if (keep(value)) {
      // The modification time is the last use, for evicting the least recently used.
      const now = new Date();
      await utimes(/*turbopackIgnore: true*/ file, now, now).catch(() => undefined);
      return value;
    }
  } catch {
    // not cached yet, or unreadable: compile
  }
  const value = await compute();
  if (!keep(value)) return value;
  try {
    await mkdir(/*turbopackIgnore: true*/ directory, { recursive: true });
    await pruneOnce(directory);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(/*turbopackIgnore: true*/ temporary, JSON.stringify(value));
    await rename(temporary, file);
  } catch {
    // a read-only or full disk only costs a recompile next time
  }
  return value;
}

const pruned = new Set<string>();

/** Once per process, before its first write: the folder is cut back to the limits, least recently used first. */
function pruneOnce(directory: string): Promise<void> {
  if (pruned.has(directory)) return Promise.resolve();
  pruned.add(directory);
  return pruneCache(directory);
}

export async function pruneCache(directory: string, limits = CACHE_LIMITS): Promise<void> {
  const names = (await readdir(/*turbopackIgnore: true*/ directory)).filter((name) => name.endsWith('.json'));
  const entries = (
    await Promise.all(
      names.map(async (name) => {
        const file = path.join(/*turbopackIgnore: true*/ directory, name);
        const info = await stat(/*turbopackIgnore: true*/ file).catch(() => undefined);
        return info ? { file, bytes: info.size, used: info.mtimeMs } : undefined;
      }),
    )
  ).filter((entry) => entry !== undefined);
  entries.sort((a, b) => b.used - a.used);
  let count = 0;
  let bytes = 0;
  for (const entry of entries) {
    count += 1;
    bytes += entry.bytes;
    if (count > limits.entries || bytes > limits.bytes) await unlink(/*turbopackIgnore: true*/ entry.file).catch(() => undefined);
  }
}

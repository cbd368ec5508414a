import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const MINIMAL = path.resolve('tests/fixtures/valid/minimal.mdx');

/** The loader as a new process has it: fresh modules, and nothing loaded yet (the loader keeps what it loaded on globalThis). */
async function freshLoader() {
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('postmortems.loader-memory')];
  return import('@/lib/content/load');
}

afterEach(() => vi.unstubAllEnvs());

describe('the compile cache', () => {
  it('keeps compiled bodies on disk and serves them to a later process', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'mdx-cache-'));
    vi.stubEnv('MDX_CACHE_DIR', cacheDir);

    const first = await (await freshLoader()).loadIncidentFile(MINIMAL);
    expect(first.ok).toBe(true);
    const entries = await readdir(cacheDir);
    expect(entries).toHaveLength(1);

    // A later process (fresh modules) finds the entry on disk rather than compiling again.
    const entry = path.join(cacheDir, entries[0]!);
    const stored = JSON.parse(await readFile(entry, 'utf8')) as { code: string };
    await writeFile(entry, JSON.stringify({ ...stored, code: `/* from the cache */${stored.code}` }));
    const second = await (await freshLoader()).loadIncidentFile(MINIMAL);
    expect(second.ok && second.incident.code.startsWith('/* from the cache */')).toBe(true);
  });

  it('compiles again when the source changes', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'mdx-cache-'));
    const contentDir = await mkdtemp(path.join(tmpdir(), 'content-'));
    vi.stubEnv('MDX_CACHE_DIR', cacheDir);
    const file = path.join(contentDir, 'incident.mdx');
    const source = await readFile(MINIMAL, 'utf8');

    await writeFile(file, source);
    await (await freshLoader()).loadIncidentFile(file);
    await writeFile(file, `${source}\nOne more sentence.\n`);
    const changed = await (await freshLoader()).loadIncidentFile(file);
    expect(changed.ok).toBe(true);
    expect(await readdir(cacheDir)).toHaveLength(2);
  });

  it('ignores an unreadable entry and compiles instead', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'mdx-cache-'));
    vi.stubEnv('MDX_CACHE_DIR', cacheDir);
    await (await freshLoader()).loadIncidentFile(MINIMAL);
    const [entry] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, entry!), '{ not json');
    const result = await (await freshLoader()).loadIncidentFile(MINIMAL);
    expect(result.ok).toBe(true);
  });
});

describe('the compile cache key and limits', () => {
  it('is used by the tests in a temporary folder, never in node_modules', () => {
    expect(process.env.MDX_CACHE_DIR).toContain(tmpdir());
  });

  it('finds every package and source file its key names, so the disk cache is on', async () => {
    const cache = await import('@/lib/content/compile-cache');
    expect(cache.isDiskCacheEnabled()).toBe(true);
  });

  it('is on in a copy of the project inside it, which finds its packages in the project’s node_modules', async () => {
    // The benchmarks build such copies in .bench/; the key must still find every package version.
    const { COMPILER_SOURCES } = await import('@/lib/content/compile-cache');
    await mkdir('.bench', { recursive: true });
    const copy = await mkdtemp(path.resolve('.bench', 'cache-test-'));
    const projectDir = process.cwd();
    try {
      for (const file of COMPILER_SOURCES) await cp(file, path.join(copy, file));
      process.chdir(copy);
      vi.resetModules();
      expect((await import('@/lib/content/compile-cache')).isDiskCacheEnabled()).toBe(true);
    } finally {
      process.chdir(projectDir);
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('never keeps a failed compile, in memory or on disk', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'mdx-cache-'));
    const contentDir = await mkdtemp(path.join(tmpdir(), 'content-'));
    vi.stubEnv('MDX_CACHE_DIR', cacheDir);
    const file = path.join(contentDir, 'broken.mdx');
    await writeFile(file, await readFile(path.resolve('tests/fixtures/invalid/mdx-syntax-error.mdx')));
    const result = await (await freshLoader()).loadIncidentFile(file);
    expect(result.ok).toBe(false);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
  });

  it('keeps a different entry when a checked rule changes, because the rules\' source is in the key', async () => {
    vi.resetModules();
    const { cacheKey } = await import('@/lib/content/compile-cache');
    const before = cacheKey(['same body']);
    vi.resetModules();
    vi.doMock('node:fs', async (original) => {
      const fs = await original<typeof import('node:fs')>();
      const readFileSync = ((file: string, ...rest: unknown[]) => {
        const text = (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
        return String(file).endsWith('body-rules.ts') ? `${String(text)}\n// a changed rule` : text;
      }) as typeof fs.readFileSync;
      return { ...fs, readFileSync, default: { ...fs, readFileSync } };
    });
    const changed = (await import('@/lib/content/compile-cache')).cacheKey(['same body']);
    vi.doUnmock('node:fs');
    expect(changed).not.toBe(before);
  });

  it('removes the least recently used entries beyond its limits', async () => {
    const { pruneCache } = await import('@/lib/content/compile-cache');
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'mdx-cache-'));
    for (let i = 0; i < 5; i++) {
      const entry = path.join(cacheDir, `entry-${i}.json`);
      await writeFile(entry, '{"code":"x"}');
      await utimes(entry, new Date(1_000_000 * (i + 1)), new Date(1_000_000 * (i + 1)));
    }
    await pruneCache(cacheDir, { entries: 3, bytes: Infinity });
    expect((await readdir(cacheDir)).sort()).toEqual(['entry-2.json', 'entry-3.json', 'entry-4.json']);
    await pruneCache(cacheDir, { entries: 10, bytes: 24 });
    expect((await readdir(cacheDir)).sort()).toEqual(['entry-3.json', 'entry-4.json']);
  });
});

import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const MINIMAL = path.resolve('tests/fixtures/valid/minimal.mdx');

async function freshLoader() {
  vi.resetModules();
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

import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress';

const PAGE = `<!DOCTYPE html><html><body>${'<p>The control plane fell, and with it DNS.</p>'.repeat(200)}</body></html>`;

async function exportFolder(files: Record<string, string | Buffer>): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'export-'));
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), body);
  }
  return folder;
}

describe('precompressing the static export', () => {
  it('writes a Brotli and a gzip copy beside each text file, each decoding to the file', async () => {
    const folder = await exportFolder({ 'incidents/dec-11.html': PAGE, '_next/static/chunks/app.js': `var a=${JSON.stringify(PAGE)};` });
    const totals = await precompress(folder);
    for (const name of ['incidents/dec-11.html', '_next/static/chunks/app.js']) {
      const raw = await readFile(path.join(folder, name));
      const br = await readFile(path.join(folder, `${name}.br`));
      const gz = await readFile(path.join(folder, `${name}.gz`));
      expect(brotliDecompressSync(br).equals(raw), name).toBe(true);
      expect(gunzipSync(gz).equals(raw), name).toBe(true);
      expect(br.length, name).toBeLessThan(gz.length);
    }
    expect(totals.files).toBe(2);
    expect(totals.brotli).toBeLessThan(totals.gzip);
    expect(totals.gzip).toBeLessThan(totals.raw);
  });

  it('leaves alone what is not text, and writes no copy that would be larger than its file', async () => {
    const folder = await exportFolder({
      'opengraph-image': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
      'pagefind/fragment/en_1.pf_fragment': Buffer.from([0x1f, 0x8b, 8, 0]),
      'robots.txt': 'a',
      'index.html': PAGE,
    });
    await writeFile(path.join(folder, 'robots.txt.br'), 'left from an earlier export');
    await precompress(folder);
    expect((await readdir(folder, { recursive: true })).sort()).toEqual([
      'index.html',
      'index.html.br',
      'index.html.gz',
      'opengraph-image',
      'pagefind',
      'pagefind/fragment',
      'pagefind/fragment/en_1.pf_fragment',
      'robots.txt',
    ]);
  });

  it('run again, compresses the files and not its own copies', async () => {
    const folder = await exportFolder({ 'index.html': PAGE });
    await precompress(folder);
    const again = await precompress(folder);
    expect(again.files).toBe(1);
    expect((await readdir(folder)).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
  });
});

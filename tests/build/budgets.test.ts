import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Size budgets, measured on the production build in .next (run `next build`
 * first). Sizes are gzip at the default level, as a server would send them.
 */
const root = path.resolve(import.meta.dirname, '../..');
const KB = 1024;
const FIRST_LOAD_BUDGET = 150 * KB;
const OWN_CLIENT_CODE_BUDGET = 15 * KB;
/* Issue 8's budgets for the December 11 page: 120 KB raw and 15 KB gzipped, its payload included. */
const HTML_GZIPPED_BUDGET = 15 * KB;
const HTML_RAW_BUDGET = 120 * KB;

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).byteLength;

async function prerenderedIncidentHtml(): Promise<string> {
  const dir = path.join(root, '.next/server/app/incidents');
  const page = (await readdir(dir)).find((name) => name.startsWith('2024-12-11-openai') && name.endsWith('.html'));
  if (!page) throw new Error(`no prerendered OpenAI incident page in ${dir}; run next build first`);
  return readFile(path.join(dir, page), 'utf8');
}

/** Scripts a modern browser loads: `nomodule` ones are for legacy browsers only. */
function loadedScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="\/_next\/([^"]+)"[^>]*>/g)]
    .filter(([tag]) => !/\bnomodule\b/i.test(tag))
    .map(([, src]) => src!);
}

describe('the December 11 incident page', () => {
  it('loads at most 150 KB of gzipped JavaScript on first load', async () => {
    const scripts = [...new Set(loadedScripts(await prerenderedIncidentHtml()))];
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = await Promise.all(
      scripts.map(async (src) => gzipped(await readFile(path.join(root, '.next', src)))),
    );
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total, `first-load JS is ${(total / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it(`is at most ${HTML_GZIPPED_BUDGET / KB} KB of gzipped HTML and ${HTML_RAW_BUDGET / KB} KB raw, the payload included`, async () => {
    const html = await prerenderedIncidentHtml();
    const size = gzipped(html);
    expect(size, `the page is ${(size / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(HTML_GZIPPED_BUDGET);
    const raw = Buffer.byteLength(html);
    expect(raw, `the page is ${(raw / KB).toFixed(1)} KB raw`).toBeLessThanOrEqual(HTML_RAW_BUDGET);
  });

  it("ships at most 15 KB of the project's own gzipped client code", async () => {
    const clientFiles: string[] = [];
    for (const entry of await readdir(path.join(root, 'components'), { recursive: true })) {
      if (!/\.tsx?$/.test(entry)) continue;
      const file = path.join(root, 'components', entry);
      if (/^\s*['"]use client['"]/.test(await readFile(file, 'utf8'))) clientFiles.push(file);
    }
    expect(clientFiles.length).toBeGreaterThan(0);
    // Bundle every client island with what it imports from lib/, leaving out React and Next.
    const result = await build({
      stdin: {
        contents: clientFiles.map((file) => `export * from ${JSON.stringify(file)};`).join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      jsx: 'automatic',
      alias: { '@': root },
      external: ['react', 'react-dom', 'react/*', 'next', 'next/*'],
      logLevel: 'silent',
    });
    const size = gzipped(Buffer.from(result.outputFiles[0]!.contents));
    expect(size, `own client code is ${(size / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(OWN_CLIENT_CODE_BUDGET);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * Runs against the export only (playwright.config.ts), after `npm run export`
 * and then `npm run build` (the order of `npm test`), so that `out/` holds the
 * export and `.next` the server build of the same sources. What it shows is
 * why the export skips the tests tagged @rendering (support.ts): every page of
 * the export is the server build's page, byte for byte, once the build id and
 * the names of the scripts are set aside. The scripts differ because Next's
 * router loads pages differently from a static host; the tests that run on
 * both targets cover that.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverPages = path.join(root, '.next/server/app');
const exported = path.join(root, 'out');

/** Next's error page for a failing root layout: a server answers with it, a static host cannot. */
const SERVER_ONLY = new Set(['_global-error.html']);

const SCRIPT_NAME = /static\/chunks\/[\w-]+\.js/g;
/** A script carrying a piece of the App Router's payload, the piece as a JavaScript string. */
const PAYLOAD_SCRIPT = /<script>self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)<\/script>/g;
/** Between two rows of the payload: a newline, written `\n` in the string. */
const ROW_END = /(?<!\\)\\n/;

/** A row's id at its start: `1a:…`. */
const ROW_ID = /^([0-9a-f]+):/;
/** A reference to another row, in the payload's escaped JSON: `"$1a"`, or `"$L1a"` (an element), `"$Q1a"` (a map), `"$@1a"` (a promise). */
const ROW_REFERENCE = /(\\"\$[LQ@]?)([0-9a-f]+)(?=\\")/g;

/**
 * The payload's rows, numbered in the order a walk from the root row (0)
 * first meets them, and sorted. A row's number is the order in which the
 * render finished it, so a part that finished sooner in one build (the
 * metadata, say) numbers every row after it differently, and the references
 * to them, for the same page.
 */
function canonicalRows(rows: string[]): string[] {
  const contents = new Map<string, string[]>();
  const unnumbered: string[] = [];
  for (const row of rows) {
    const id = ROW_ID.exec(row)?.[1];
    if (id === undefined) unnumbered.push(row);
    else contents.set(id, [...(contents.get(id) ?? []), row.slice(id.length + 1)].sort());
  }
  const numbers = new Map([['0', 'r0']]);
  for (const id of numbers.keys()) {
    for (const [, , next] of (contents.get(id) ?? []).join('\n').matchAll(ROW_REFERENCE)) {
      if (contents.has(next!) && !numbers.has(next!)) numbers.set(next!, `r${numbers.size}`);
    }
  }
  const renumbered = (text: string) => text.replace(ROW_REFERENCE, (reference, prefix: string, id: string) => (numbers.has(id) ? prefix + numbers.get(id) : reference));
  return [
    ...[...contents].flatMap(([id, texts]) => texts.map((text) => `${numbers.get(id) ?? id}:${renumbered(text)}`)),
    ...unnumbered.map(renumbered),
  ].sort();
}

/**
 * The page with its payload as a sorted list of renumbered rows: how the
 * payload was cut into scripts, the order of its rows and their numbers
 * depend on how the render streamed.
 */
function comparable(html: string, buildId: string): string {
  const page = html.replaceAll(buildId, '<build id>').replace(SCRIPT_NAME, 'static/chunks/<script>.js');
  const rows = canonicalRows([...page.matchAll(PAYLOAD_SCRIPT)].map((match) => match[1]!).join('').split(ROW_END));
  return `${page.replace(PAYLOAD_SCRIPT, '')}\n${rows.join('\n')}`;
}

test('every page of the export is the server build’s page, but for the build id and the script names', () => {
  for (const folder of [serverPages, exported]) {
    if (!existsSync(folder)) throw new Error(`${path.relative(root, folder)} is missing: run npm run export, then npm run build`);
  }
  const serverBuildId = readFileSync(path.join(root, '.next/BUILD_ID'), 'utf8').trim();
  // The export keeps its build id only as the name of a folder of its assets.
  const exportBuildId = readdirSync(path.join(exported, '_next/static')).find((name) => !['chunks', 'media'].includes(name));
  if (exportBuildId === undefined) throw new Error('out/_next/static holds no build folder: run npm run export again');
  if (exportBuildId === serverBuildId) {
    throw new Error('.next holds the export’s own build, not the server’s: run npm run build after npm run export');
  }

  const pages = readdirSync(serverPages, { recursive: true, encoding: 'utf8' }).filter((page) => page.endsWith('.html') && !SERVER_ONLY.has(page));
  expect(pages.length).toBeGreaterThan(10);
  const missing = pages.filter((page) => !existsSync(path.join(exported, page)));
  expect(missing, 'pages of the server build the export does not have').toEqual([]);

  const differing = pages.filter(
    (page) =>
      comparable(readFileSync(path.join(serverPages, page), 'utf8'), serverBuildId) !==
      comparable(readFileSync(path.join(exported, page), 'utf8'), exportBuildId),
  );
  expect(differing, 'pages whose HTML differs between the server build and the export (both from the same sources? npm run export, then npm run build)').toEqual([]);

  // The same stylesheets, by name and by content.
  const stylesheets = new Set(pages.flatMap((page) => [...readFileSync(path.join(exported, page), 'utf8').matchAll(/\/_next\/(static\/[\w/-]+\.css)/g)].map((match) => match[1]!)));
  expect(stylesheets.size).toBeGreaterThan(0);
  for (const stylesheet of stylesheets) {
    expect(readFileSync(path.join(exported, '_next', stylesheet)).equals(readFileSync(path.join(root, '.next', stylesheet))), stylesheet).toBe(true);
  }
});

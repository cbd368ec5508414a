/**
 * npm run bench:pages (and the end of npm run bench): incident pages in
 * Lighthouse with its mobile defaults. Builds two scratch copies of the project
 * with `next build` and serves each with `next start`, and exports two more and
 * serves each export with nginx as `npm run serve:export` does (Brotli and gzip
 * copies beside each file; BENCH_PAGE_SERVERS=next or =nginx picks one):
 *
 * - copies of the December 11, 2024 writeup with 30, 300 and 3,000 events
 *   (scripts/bench/expand-timeline.ts; BENCH_PAGE_EVENTS=30 picks others),
 *   beside the real incidents, plus a bare page (`/bare`, a heading and a
 *   paragraph in the site's root layout) that exists in that copy only;
 * - the December 11 page as it is: the real content folder (CONTENT_DIR), so
 *   its history from git is the real one too.
 *
 * Runs Lighthouse (from npm, pinned) BENCH_PAGE_RUNS times (5) on each page in
 * turn against the system Chromium, and writes the medians, each run's score
 * and largest paint, the HTML sizes and the budgets to BENCHMARKS.md. A missed
 * budget is reported, not fatal; a failed build or Lighthouse run is.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitSource } from '../../lib/content/frontmatter';
import { writeBenchmarksSection } from './benchmarks-file';
import { ADDED_EVENT_PREFIX, expandTimeline } from './expand-timeline';
import { htmlSize, type HtmlSize } from './html-size';
import type { LighthouseFigures } from './lighthouse-figures';
import { runLighthouse, startChromium } from './lighthouse-run';
import { machine, median, run, seconds, kb } from './measure';
import { startExportServer, startNextServer, type RunningServer } from './servers';
import { checkPageBudgets, verdict, type PageFigures } from './page-budgets';
import { precompress } from '../precompress';
import { scratchProject } from './scratch-project';

const root = process.cwd();
const EVENT_COUNTS = (process.env.BENCH_PAGE_EVENTS ?? '30,300,3000')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
if (EVENT_COUNTS.some((events) => !Number.isInteger(events) || events < 1) || !Number.isInteger(RUNS) || RUNS < 1) {
  throw new Error('BENCH_PAGE_EVENTS takes whole numbers separated by commas (30,300,3000), BENCH_PAGE_RUNS a whole number from 1');
}
const SERVED_BY = { next: 'next start', nginx: 'export behind nginx' } as const;
type Serving = keyof typeof SERVED_BY;
const SERVINGS = (process.env.BENCH_PAGE_SERVERS ?? 'next,nginx').split(',') as Serving[];
if (SERVINGS.length === 0 || SERVINGS.some((serving) => !(serving in SERVED_BY))) {
  throw new Error('BENCH_PAGE_SERVERS takes next, nginx or both, separated by a comma');
}
/** Chromium's debugging port; the servers on the ones after it. */
const PORT = Number(process.env.BENCH_PAGES_PORT ?? 3220);
const CONTENT = path.join(root, 'content', 'incidents');
const SOURCE_DATE = '2024-12-11';
const BARE_PAGE = `export default function BarePage() {
  return (
    <>
      <h1>A bare page</h1>
      <p>One heading and one paragraph, in the root layout of the site, to compare the incident pages with.</p>
    </>
  );
}
`;

type Project = 'copies' | 'real';
type Page = { name: string; events: number | undefined; project: Project; serving: Serving; path: string; mustContain: string };
type Measured = Page & { size: HtmlSize; runs: LighthouseFigures[]; lighthouse: LighthouseFigures };

function sourceFile(): string {
  const names = readdirSync(CONTENT).filter((name) => name.startsWith(`${SOURCE_DATE}-`) && name.endsWith('.mdx'));
  if (names.length !== 1) throw new Error(`expected one ${SOURCE_DATE}-*.mdx in ${CONTENT}, found ${names.length}`);
  return path.join(CONTENT, names[0]!);
}

const copySlug = (events: number) => `${SOURCE_DATE}-page-bench-${events}-events`;
const count = (n: number) => n.toLocaleString('en-US');

/** Builds a scratch project for `next start`, or exports it and precompresses the export as `npm run export` does; returns the milliseconds taken. */
async function build(dir: string, what: string, serving: Serving, env: Record<string, string> = {}): Promise<number> {
  console.log(`${serving === 'nginx' ? 'exporting' : 'building'} ${what}…`);
  const result = await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    env: { MDX_CACHE_DIR: path.join(dir, '.mdx-cache'), NEXT_TELEMETRY_DISABLED: '1', ...(serving === 'nginx' ? { NEXT_OUTPUT: 'export' } : {}), ...env },
  });
  if (!result.ok) throw new Error(`next build of ${what} failed:\n${result.output.slice(-4000)}`);
  if (serving === 'nginx') await precompress(path.join(dir, 'out'));
  return result.ms;
}

async function fetchHtml(server: RunningServer, page: Page): Promise<HtmlSize> {
  const response = await fetch(`${server.url}${page.path}`);
  const html = await response.text();
  if (!response.ok) throw new Error(`${page.path} answered ${response.status}`);
  if (!html.includes(page.mustContain)) throw new Error(`${page.path} does not hold ${page.mustContain}: not the page meant`);
  return htmlSize(html);
}

const medianFigures = (runs: LighthouseFigures[]): LighthouseFigures => ({
  performance: median(runs.map((figures) => figures.performance)),
  totalBlockingTimeMs: median(runs.map((figures) => figures.totalBlockingTimeMs)),
  timeToInteractiveMs: median(runs.map((figures) => figures.timeToInteractiveMs)),
  largestContentfulPaintMs: median(runs.map((figures) => figures.largestContentfulPaintMs)),
  domElements: median(runs.map((figures) => figures.domElements)),
});

const source = sourceFile();
const sourceText = readFileSync(source, 'utf8');
const realSlug = path.basename(source, '.mdx');
const realEvents = (splitSource(source, sourceText).data as { timeline: unknown[] }).timeline.length;

const BARE_PATH = '/bare';
const pagesOfOneServer: Omit<Page, 'serving'>[] = [
  { name: 'bare page (root layout)', events: undefined, project: 'copies', path: BARE_PATH, mustContain: '<h1>A bare page</h1>' },
  ...EVENT_COUNTS.map((events) => ({
    name: `December 11 copy, ${count(events)} events`,
    events,
    project: 'copies' as const,
    path: `/incidents/${copySlug(events)}`,
    // The last added event, so a page that lost events is caught; a copy with nothing added holds the original's events.
    mustContain: events > realEvents ? `id="${ADDED_EVENT_PREFIX}${events - realEvents}"` : '<h1',
  })),
  { name: 'December 11 as it is', events: realEvents, project: 'real', path: `/incidents/${realSlug}`, mustContain: '<h1' },
];
const pages: Page[] = SERVINGS.flatMap((serving) => pagesOfOneServer.map((page) => ({ ...page, serving })));

/** The copies and the bare page beside the real incidents, in a scratch project. */
function writeCopies(dir: string) {
  mkdirSync(path.join(dir, 'content', 'incidents'), { recursive: true });
  for (const name of readdirSync(CONTENT).filter((file) => file.endsWith('.mdx'))) {
    cpSync(path.join(CONTENT, name), path.join(dir, 'content', 'incidents', name));
  }
  for (const events of EVENT_COUNTS) {
    writeFileSync(path.join(dir, 'content', 'incidents', `${copySlug(events)}.mdx`), expandTimeline(sourceText, events));
  }
  mkdirSync(path.join(dir, 'app', 'bare'), { recursive: true });
  writeFileSync(path.join(dir, 'app', 'bare', 'page.tsx'), BARE_PAGE);
}

const serverKey = (project: Project, serving: Serving) => `${project} ${serving}`;
const dirs: string[] = [];
const servers: RunningServer[] = [];
let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
try {
  const buildMs = new Map<string, number>();
  const byServer = new Map<string, RunningServer>();
  let port = PORT + 1;
  for (const serving of SERVINGS) {
    for (const project of ['copies', 'real'] as const) {
      const dir = scratchProject(root);
      dirs.push(dir);
      if (project === 'copies') writeCopies(dir);
      const what = project === 'copies' ? `the copies (${EVENT_COUNTS.map(count).join(', ')} events) and the bare page` : 'the project with its real content';
      const env: Record<string, string> = project === 'real' ? { CONTENT_DIR: CONTENT } : {};
      buildMs.set(serverKey(project, serving), await build(dir, what, serving, env));
      const server = serving === 'nginx' ? await startExportServer(dir, port++) : await startNextServer(dir, port++, env);
      servers.push(server);
      byServer.set(serverKey(project, serving), server);
    }
  }
  const serverOf = (page: Page) => byServer.get(serverKey(page.project, page.serving))!;

  // Fetching each page once also warms the servers before Lighthouse.
  const sizes = new Map<Page, HtmlSize>();
  for (const page of pages) sizes.set(page, await fetchHtml(serverOf(page), page));

  chromium = await startChromium(PORT);
  const runs = new Map<Page, LighthouseFigures[]>(pages.map((page) => [page, []]));
  const loads: number[] = [];
  const benchmarkIndexes: number[] = [];
  const loadAtStart = os.loadavg();
  let lighthouseVersion = '';
  for (let round = 1; round <= RUNS; round++) {
    for (const page of pages) {
      loads.push(os.loadavg()[0]!);
      const result = await runLighthouse(`${serverOf(page).url}${page.path}`, chromium);
      lighthouseVersion = result.lighthouseVersion;
      benchmarkIndexes.push(result.benchmarkIndex);
      runs.get(page)!.push(result.figures);
      console.log(`run ${round}/${RUNS} ${page.name} (${SERVED_BY[page.serving]}): ${JSON.stringify(result.figures)}`);
      for (const warning of result.warnings) console.warn(`  Lighthouse warns: ${warning}`);
    }
  }

  const measured: Measured[] = pages.map((page) => ({ ...page, size: sizes.get(page)!, runs: runs.get(page)!, lighthouse: medianFigures(runs.get(page)!) }));
  const figuresOf = (page: Measured): PageFigures => ({ size: page.size, lighthouse: page.lighthouse });
  // The page's size budgets once, from the first server: both send the same HTML.
  const budgets = SERVINGS.flatMap((serving, index) => {
    const served = measured.filter((page) => page.serving === serving);
    return checkPageBudgets(
      {
        copies: new Map(served.filter((page) => page.project === 'copies' && page.events !== undefined).map((page) => [page.events!, figuresOf(page)])),
        bare: figuresOf(served.find((page) => page.path === BARE_PATH)!),
        december11: index === 0 ? figuresOf(served.find((page) => page.project === 'real')!) : undefined,
      },
      SERVED_BY[serving],
    );
  });

  const perEvent = (value: number, events: number | undefined, digits: number) => (events === undefined ? '—' : (value / events).toFixed(digits));
  const table = [
    '| page | served by | events | performance | total blocking time | time to interactive | largest contentful paint | DOM elements | HTML raw | of it RSC payload | HTML gzipped | HTML with Brotli | RSC payload alone, gzipped | HTML bytes per event | DOM elements per event |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...measured.map(
      (page) =>
        `| ${page.name} | ${SERVED_BY[page.serving]} | ${page.events === undefined ? '—' : count(page.events)} | ${page.lighthouse.performance} | ${count(Math.round(page.lighthouse.totalBlockingTimeMs))} ms | ${seconds(page.lighthouse.timeToInteractiveMs)} | ${seconds(page.lighthouse.largestContentfulPaintMs)} | ${count(page.lighthouse.domElements)} | ${kb(page.size.rawBytes)} | ${kb(page.size.rscRawBytes)} (${Math.round((100 * page.size.rscRawBytes) / page.size.rawBytes)}%) | ${kb(page.size.gzipBytes)} | ${kb(page.size.brotliBytes)} | ${kb(page.size.rscGzipBytes)} | ${perEvent(page.size.rawBytes, page.events, 0)} | ${perEvent(page.lighthouse.domElements, page.events, 1)} |`,
    ),
  ].join('\n');
  const copies = measured.filter((page) => page.serving === SERVINGS[0] && page.project === 'copies' && page.events !== undefined);
  const [fewest, most] = [copies[0], copies.at(-1)];
  const marginal =
    fewest && most && most.events! > fewest.events!
      ? `Each event added between the ${count(fewest.events!)}- and the ${count(most.events!)}-event copy costs ${Math.round((most.size.rawBytes - fewest.size.rawBytes) / (most.events! - fewest.events!))} bytes of raw HTML (${Math.round((most.size.gzipBytes - fewest.size.gzipBytes) / (most.events! - fewest.events!))} gzipped) and ${((most.lighthouse.domElements - fewest.lighthouse.domElements) / (most.events! - fewest.events!)).toFixed(1)} DOM elements.`
      : '';
  // The medians hide how far apart the runs are; the budget against the bare page turns on them.
  const runsTable = [
    '| page | served by | performance, run by run | largest contentful paint, run by run |',
    '| --- | --- | --- | --- |',
    ...measured.map(
      (page) =>
        `| ${page.name} | ${SERVED_BY[page.serving]} | ${page.runs.map((figures) => figures.performance).join(', ')} | ${page.runs.map((figures) => seconds(figures.largestContentfulPaintMs)).join(', ')} |`,
    ),
  ].join('\n');
  const budgetTable = [
    '| budget | measured | result |',
    '| --- | ---: | --- |',
    ...budgets.map((budget) => `| ${budget.budget} | ${budget.measured} | ${verdict(budget.pass)} |`),
  ].join('\n');
  const tables = [table, marginal, runsTable, budgetTable].filter(Boolean).join('\n\n');
  const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (1-minute average, sampled before each run; at the start ${loadAtStart.map((value) => value.toFixed(1)).join(', ')} over 1, 5 and 15 minutes) on ${os.cpus().length} cores`;

  writeBenchmarksSection(
    'pages',
    'Incident pages in Lighthouse',
    `Measured ${new Date().toISOString().replace(/:\d\d\.\d{3}Z$/, ' UTC').replace('T', ' ')} on ${machine()} by \`npm run bench:pages\` (also run by \`npm run bench\`).
Lighthouse ${lighthouseVersion} from npm, driven from Node with its defaults (mobile, simulated throttling; performance category only), against ${chromium.version} (/usr/bin/chromium, headless).
${RUNS === 1 ? 'Each Lighthouse figure is from 1 run' : `Each Lighthouse figure is the median of ${RUNS} runs, taken figure by figure`}; the pages were run in turn, round after round. Load average while measuring: ${load}; Lighthouse's CPU benchmark index ${Math.round(Math.min(...benchmarkIndexes))}–${Math.round(Math.max(...benchmarkIndexes))} (higher is faster; a busy machine lowers it and raises blocking time).
${SERVINGS.map((serving) => {
  const took = `${seconds(buildMs.get(serverKey('copies', serving))!)} and ${seconds(buildMs.get(serverKey('real', serving))!)}`;
  return serving === 'next'
    ? `Served by \`next start\` from two production builds (${took})`
    : `served by nginx from two static exports (${took}; Brotli and gzip copies beside each file, as \`npm run export\` writes them, and nginx as \`npm run serve:export\` runs it)`;
}).join('; and ')} of scratch copies of the project, each holding:
copies of the December 11, 2024 writeup whose timeline holds ${EVENT_COUNTS.map(count).join(', ')} events (its ${realEvents} events kept, the others copies of them spread
over the incident; scripts/bench/expand-timeline.ts), built beside the real incidents (so their related and similar incidents list each other);
a bare page (a heading and a paragraph in the site's root layout: header, navigation, footer and the global stylesheet), which exists only in that scratch copy;
and the December 11 page as it is (the real content folder, with its history from git).
HTML is the document as served, its inline RSC payload (the \`self.__next_f.push\` scripts) included; the payload's share is shown beside it. \`next start\` sends it gzipped, nginx with Brotli (quality 11) to Chromium. Per event: raw bytes and DOM elements divided by the events.

${tables}`,
  );
  console.log(`\n${tables}\n\nwritten to scripts/bench/BENCHMARKS.md`);
  for (const budget of budgets) console.log(`${verdict(budget.pass).padEnd(4)}  ${budget.budget}: ${budget.measured}`);
} finally {
  await chromium?.close();
  for (const server of servers) server.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

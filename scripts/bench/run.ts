/**
 * npm run bench: builds synthetic libraries of 10, 100 and 1,000 incidents in
 * a scratch copy of the project and writes the figures to BENCHMARKS.md.
 * BENCH_SIZES=10,100 picks other sizes.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchmarksSection } from './benchmarks-file';
import { firstIncidentHtml, optionalPageHtmlBytes, pageSizes } from './build-sizes';
import { kb, machine, mb, run, seconds } from './measure';
import { scratchProject } from './scratch-project';
import { KEY_INTERVAL_MS, measureSearchTransfer, type SearchTransfer } from './search-transfer';
import { syntheticIncident, writeSyntheticIncidents } from './synthetic-incidents';

const root = process.cwd();
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const BUILD_BUDGET_MS_AT_1000 = 3 * 60_000;
const INDEX_BUDGET_BYTES = 250 * 1024;
const FIRST_SEARCH_BUDGET_BYTES = 150 * 1024;
const FURTHER_WORD_BUDGET_BYTES = 60 * 1024;
/** The server the search measure starts on each built project. */
const SEARCH_PORT = Number(process.env.BENCH_PORT ?? 3102);
/** A reader looks for an incident they remember: three words of the first incident's title. */
const SEARCH_WORDS = /^Incident \d+: (.*)$/.exec(/^title: "(.*)"$/m.exec(syntheticIncident(1).text)![1]!)![1]!.toLowerCase().split(' ').slice(0, 3);

type Row = {
  incidents: number;
  checkCold: number;
  checkWarm: number;
  compilePerIncident: number;
  buildCold: number;
  buildWarm: number;
  peakRss: number;
  incidentHtml: number;
  incidentJs: number;
  indexHtml: number;
  indexJs: number;
  followUpsHtml: number | undefined;
  insightsHtml: number | undefined;
  search: SearchTransfer;
};

async function measure(count: number): Promise<Row> {
  const dir = scratchProject(root);
  const env = { MDX_CACHE_DIR: path.join(dir, '.mdx-cache'), NEXT_TELEMETRY_DISABLED: '1' };
  await writeSyntheticIncidents(path.join(dir, 'content', 'incidents'), count);
  const node = process.execPath;
  const check = ['--import', 'tsx', 'scripts/check-content.ts'];
  const build = [path.join(root, 'node_modules/next/dist/bin/next'), 'build'];

  const checkCold = await run(node, check, { cwd: dir, env });
  const checkWarm = await run(node, check, { cwd: dir, env });
  rmSync(env.MDX_CACHE_DIR, { recursive: true, force: true });
  const buildCold = await run(node, build, { cwd: dir, env });
  if (!buildCold.ok) throw new Error(`build of ${count} incidents failed:\n${buildCold.output.slice(-3000)}`);
  const buildWarm = await run(node, build, { cwd: dir, env });
  if (!checkCold.ok || !buildWarm.ok) throw new Error(`a run of ${count} incidents failed`);

  const incident = pageSizes(dir, firstIncidentHtml(dir));
  const index = pageSizes(dir, 'index.html');
  const row = {
    incidents: count,
    checkCold: checkCold.ms,
    checkWarm: checkWarm.ms,
    compilePerIncident: Math.max(0, checkCold.ms - checkWarm.ms) / count,
    buildCold: buildCold.ms,
    buildWarm: buildWarm.ms,
    peakRss: Math.max(buildCold.peakRssBytes, buildWarm.peakRssBytes),
    incidentHtml: incident.htmlBytes,
    incidentJs: incident.firstLoadJsBytes,
    indexHtml: index.htmlBytes,
    indexJs: index.firstLoadJsBytes,
    followUpsHtml: optionalPageHtmlBytes(dir, 'follow-ups.html'),
    insightsHtml: optionalPageHtmlBytes(dir, 'insights.html'),
    search: await measureSearchTransfer(dir, SEARCH_WORDS, SEARCH_PORT),
  };
  rmSync(dir, { recursive: true, force: true });
  return row;
}

const rows: Row[] = [];
const loadAverages: number[] = [];
for (const count of sizes) {
  console.log(`measuring ${count} incidents…`);
  loadAverages.push(os.loadavg()[0]!);
  rows.push(await measure(count));
  console.log(rows.at(-1));
}
loadAverages.push(os.loadavg()[0]!);

const table = [
  '| incidents | check cold | check warm | compile per incident | build cold | build warm | peak memory | incident page HTML | incident page JS | index HTML | index JS | /follow-ups HTML | /insights HTML | first search | further words |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) =>
    [
      row.incidents,
      seconds(row.checkCold),
      seconds(row.checkWarm),
      `${row.compilePerIncident.toFixed(1)} ms`,
      seconds(row.buildCold),
      seconds(row.buildWarm),
      mb(row.peakRss),
      kb(row.incidentHtml),
      kb(row.incidentJs),
      kb(row.indexHtml),
      kb(row.indexJs),
      row.followUpsHtml === undefined ? '—' : kb(row.followUpsHtml),
      row.insightsHtml === undefined ? '—' : kb(row.insightsHtml),
      kb(row.search.firstSearchBytes),
      row.search.furtherWordBytes.map(kb).join(', '),
    ].join(' | '),
  ).map((line) => `| ${line} |`),
].join('\n');

const section = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()} by \`npm run bench\`.
Load average while measuring: ${loadAverages.map((load) => load.toFixed(1)).join(', ')} (at the start of each size and at the end; a busy machine stretches every time).
Synthetic incidents (scripts/bench/synthetic-incidents.ts): 20–60 events, a vocabulary of 6,000 words, hostnames and ticket ids,
forking and joining causes, two or three waves with degrees and measures, remediations with owners, due dates, priorities,
trackers and statuses, tags, related incidents, lessons, four headed parts of prose.
"Cold" is with an empty compile cache and no earlier build; "warm" runs again with both kept.
Compile per incident is (cold check − warm check) ÷ incidents. Sizes are gzipped; JS is what a
modern browser loads on first visit. A dash: the page does not exist in this build.
Search: bytes of /pagefind/ responses in Chromium against \`next start\`, for the first search
(focus, Pagefind's script and WebAssembly, the index parts and the first results) and for each
further word, typing "${SEARCH_WORDS.join(' ')}" (words of one incident's title) at ${KEY_INTERVAL_MS} ms a key.

${table}`;

writeBenchmarksSection('build', 'Building', section);
console.log(`\n${table}\n\nwritten to scripts/bench/BENCHMARKS.md`);

const large = rows.find((row) => row.incidents === 1000);
const problems = [
  ...(large && large.buildCold > BUILD_BUDGET_MS_AT_1000 ? [`1,000 incidents built in ${seconds(large.buildCold)}, over 3 min`] : []),
  ...rows.filter((row) => row.indexHtml > INDEX_BUDGET_BYTES).map((row) => `index of ${row.incidents} is ${kb(row.indexHtml)}, over 250 KB`),
  ...(large && large.search.firstSearchBytes > FIRST_SEARCH_BUDGET_BYTES ? [`a first search at 1,000 incidents transfers ${kb(large.search.firstSearchBytes)}, over 150 KB`] : []),
  ...(large?.search.furtherWordBytes.filter((bytes) => bytes > FURTHER_WORD_BUDGET_BYTES).map((bytes) => `a further word at 1,000 incidents transfers ${kb(bytes)}, over 60 KB`) ?? []),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}

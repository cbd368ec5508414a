/**
 * npm run bench: builds synthetic libraries of 10, 100 and 1,000 incidents in
 * a scratch copy of the project and writes the figures to BENCHMARKS.md.
 * BENCH_SIZES=10,100 picks other sizes.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstIncidentHtml, pageSizes, searchIndexBytes } from './build-sizes';
import { kb, mb, run, seconds } from './measure';
import { scratchProject } from './scratch-project';
import { writeSyntheticIncidents } from './synthetic-incidents';

const root = process.cwd();
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const BUILD_BUDGET_MS_AT_1000 = 3 * 60_000;
const INDEX_BUDGET_BYTES = 250 * 1024;

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
  searchIndex: number;
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
    searchIndex: searchIndexBytes(dir),
  };
  rmSync(dir, { recursive: true, force: true });
  return row;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${mb(os.totalmem())} memory, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const rows: Row[] = [];
for (const count of sizes) {
  console.log(`measuring ${count} incidents…`);
  rows.push(await measure(count));
  console.log(rows.at(-1));
}

const table = [
  '| incidents | check cold | check warm | compile per incident | build cold | build warm | peak memory | incident page HTML | incident page JS | index HTML | index JS | search index |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
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
      kb(row.searchIndex),
    ].join(' | '),
  ).map((line) => `| ${line} |`),
].join('\n');

const section = `<!-- bench:start -->
Measured ${new Date().toISOString().slice(0, 10)} on ${machine()} by \`npm run bench\`.
Synthetic incidents of 20–60 events and about a page of prose each (scripts/bench/synthetic-incidents.ts).
"Cold" is with an empty compile cache and no earlier build; "warm" runs again with both kept.
Compile per incident is (cold check − warm check) ÷ incidents. Sizes are gzipped; JS is what a
modern browser loads on first visit. The search index is fetched only when a reader searches.

${table}
<!-- bench:end -->`;

const file = path.join(root, 'BENCHMARKS.md');
const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
writeFileSync(file, previous.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, section));
console.log(`\n${table}\n\nwritten to BENCHMARKS.md`);

const large = rows.find((row) => row.incidents === 1000);
const problems = [
  ...(large && large.buildCold > BUILD_BUDGET_MS_AT_1000 ? [`1,000 incidents built in ${seconds(large.buildCold)}, over 3 min`] : []),
  ...rows.filter((row) => row.indexHtml > INDEX_BUDGET_BYTES).map((row) => `index of ${row.incidents} is ${kb(row.indexHtml)}, over 250 KB`),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}

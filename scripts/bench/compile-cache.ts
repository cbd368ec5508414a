/**
 * npm run bench:cache: does the compile cache earn its keep? Builds a synthetic
 * library (BENCH_CACHE_SIZE incidents, 1,000 by default) three times in a scratch
 * project: cold (empty cache, no earlier build), warm (cache and .next kept),
 * and with the disk cache off (MDX_CACHE_DIR=off, .next kept); `npm run check`
 * likewise. Writes the figures to its own section of BENCHMARKS.md.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchmarksSection } from './benchmarks-file';
import { run, seconds } from './measure';
import { scratchProject } from './scratch-project';
import { writeSyntheticIncidents } from './synthetic-incidents';

const root = process.cwd();
const count = Number(process.env.BENCH_CACHE_SIZE ?? 1000);
const dir = scratchProject(root);
const cacheDir = path.join(dir, '.mdx-cache');
await writeSyntheticIncidents(path.join(dir, 'content', 'incidents'), count);
const node = process.execPath;
const check = ['--import', 'tsx', 'scripts/check-content.ts'];
const build = [path.join(root, 'node_modules/next/dist/bin/next'), 'build'];
const withCache = { MDX_CACHE_DIR: cacheDir, NEXT_TELEMETRY_DISABLED: '1' };
const withoutCache = { MDX_CACHE_DIR: 'off', NEXT_TELEMETRY_DISABLED: '1' };

async function timed(label: string, args: string[], env: Record<string, string>) {
  const result = await run(node, args, { cwd: dir, env });
  if (!result.ok) throw new Error(`${label} failed:\n${result.output.slice(-3000)}`);
  console.log(`${label}: ${seconds(result.ms)}`);
  return result.ms;
}

const loadBefore = os.loadavg()[0]!;
const checkCold = await timed('check, empty cache', check, withCache);
const checkWarm = await timed('check, warm cache', check, withCache);
const checkOff = await timed('check, no disk cache', check, withoutCache);
rmSync(cacheDir, { recursive: true, force: true });
const buildCold = await timed('build, empty cache, no .next', build, withCache);
const buildWarm = await timed('build, warm cache and .next', build, withCache);
const buildOff = await timed('build, no disk cache, warm .next', build, withoutCache);
rmSync(dir, { recursive: true, force: true });
const load = `${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after, on ${os.cpus().length} cores`;

const section = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:cache\` at ${count.toLocaleString('en-US')} synthetic incidents:
the same library checked and built with the compile cache empty, warm, and off (\`MDX_CACHE_DIR=off\`).
Load average while measuring: ${load}.

| run | empty cache | warm cache | no disk cache |
| --- | ---: | ---: | ---: |
| \`npm run check\` | ${seconds(checkCold)} | ${seconds(checkWarm)} | ${seconds(checkOff)} |
| \`next build\` | ${seconds(buildCold)} (no .next) | ${seconds(buildWarm)} | ${seconds(buildOff)} |`;

writeBenchmarksSection('compile-cache', 'Compile cache', section);
console.log(`\n${section}\n\nwritten to scripts/bench/BENCHMARKS.md`);

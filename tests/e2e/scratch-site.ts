import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { expandTimeline } from '../../scripts/bench/expand-timeline';
import { listening } from '../../scripts/bench/listening';
import { run } from '../../scripts/bench/measure';
import { scratchProject } from '../../scripts/bench/scratch-project';
import type { SourceEvent } from './support';

/**
 * A second site, built from content the real library must not hold, for the
 * browser tests that need it: a copy of the December 11 writeup grown to 300
 * events, and the made-up incident of tests/fixtures/valid/wide-causes.mdx whose
 * cause diagram has ranks of five. Built once per test run and target (next
 * start, or the static export behind nginx) in a scratch copy of the project
 * (scripts/bench/scratch-project.ts), served on E2E_SCRATCH_PORT.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const staticExport = process.env.E2E_TARGET === 'static-export';
const mainPort = Number(process.env.E2E_PORT ?? (staticExport ? 3101 : 3100));
export const SCRATCH_URL = `http://127.0.0.1:${Number(process.env.E2E_SCRATCH_PORT ?? mainPort + 10)}`;

export const LONG_SLUG = '2024-12-11-openai-outage-300-events';
export const WIDE_SLUG = 'wide-causes';
export const LONG_EVENT_COUNT = 300;

const SOURCE = path.join(root, 'content/incidents/2024-12-11-openai-api-chatgpt-sora-outage.mdx');
const WIDE_SOURCE = path.join(root, 'tests/fixtures/valid/wide-causes.mdx');

/**
 * The December 11 writeup grown to 300 events, as the page benchmark grows it
 * (scripts/bench/expand-timeline.ts), under a title that says so, and without
 * its related incident, which the scratch library does not hold.
 */
export function longIncidentSource(): string {
  return expandTimeline(readFileSync(SOURCE, 'utf8'), LONG_EVENT_COUNT)
    .replace(/^title: "?/m, '$&300-event copy for the tests: ')
    .replace(/^related: .*\n/m, '');
}

/** The frontmatter of an incident file, read straight from its text (not through the app's loader). */
const frontmatterOf = <T>(text: string) => parseDocument(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!).toJS() as T;

/** The events of the 300-event copy, read from the text written, as the tests of the real writeup read theirs. */
export function longIncidentEvents(): SourceEvent[] {
  return frontmatterOf<{ timeline: SourceEvent[] }>(longIncidentSource()).timeline;
}

/** The cause diagram of the wide fixture: each cause's id and what it led to. */
export function wideIncidentCauses(): { id: string; leadsTo?: string[] }[] {
  return frontmatterOf<{ causes: { id: string; leadsTo?: string[] }[] }>(readFileSync(WIDE_SOURCE, 'utf8')).causes;
}

/** Where a run's scratch site is built: one folder per target, reused within one test run. */
const buildDir = path.join(root, '.bench', `e2e-${staticExport ? 'export' : 'next'}`);

/**
 * Builds the scratch site unless this test run already did (a worker starts
 * again after a failed test), then serves it; returns the function that stops
 * the server. The run is told apart by E2E_RUN_ID, set once by the Playwright config.
 */
export async function serveScratchSite(): Promise<() => Promise<void>> {
  const runId = process.env.E2E_RUN_ID ?? 'unknown';
  const stamp = path.join(buildDir, '.built-for-run');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== runId) await build(runId, stamp);
  // Another server on the port would answer in place of this one.
  if (await fetch(SCRATCH_URL).then(() => true, () => false)) throw new Error(`${SCRATCH_URL} is taken: set E2E_SCRATCH_PORT to a free port`);
  const server = staticExport
    ? spawn('bash', [path.join(root, 'scripts/nginx/serve-export.sh'), path.join(buildDir, 'out')], {
        cwd: root,
        env: { ...process.env, PORT: new URL(SCRATCH_URL).port, HOST: '127.0.0.1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', new URL(SCRATCH_URL).port], {
        cwd: buildDir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      });
  let errors = '';
  server.stderr!.on('data', (chunk) => (errors = `${errors}${chunk}`.slice(-3000)));
  try {
    await listening(`${SCRATCH_URL}/incidents/${WIDE_SLUG}`);
  } catch (error) {
    await stop(server);
    throw new Error(`${(error as Error).message}; the server said:\n${errors}`);
  }
  return () => stop(server);
}

async function build(runId: string, stamp: string): Promise<void> {
  rmSync(buildDir, { recursive: true, force: true });
  // scratchProject names its folder at random; the build goes where a restarted worker finds it.
  renameSync(scratchProject(root), buildDir);
  const content = path.join(buildDir, 'content', 'incidents');
  mkdirSync(content, { recursive: true });
  writeFileSync(path.join(content, `${LONG_SLUG}.mdx`), longIncidentSource());
  writeFileSync(path.join(content, `${WIDE_SLUG}.mdx`), readFileSync(WIDE_SOURCE, 'utf8'));
  const result = await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: buildDir,
    env: {
      MDX_CACHE_DIR: path.join(buildDir, '.mdx-cache'),
      NEXT_TELEMETRY_DISABLED: '1',
      ...(staticExport ? { NEXT_OUTPUT: 'export' } : {}),
    },
  });
  if (!result.ok) throw new Error(`the scratch site did not build:\n${result.output.slice(-3000)}`);
  writeFileSync(stamp, runId);
}

/** Stops a server started detached, with everything it started (nginx's workers, next's). */
function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    process.kill(-server.pid!, 'SIGTERM');
  });
}

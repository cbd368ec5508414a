import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium-launch';

/**
 * End-to-end tests against a production build, on one of two targets:
 * - `next start` on the build in .next (`npm run build` first; the default);
 * - E2E_TARGET=static-export: the exported site in out/ (`npm run export`
 *   first), served by nginx with the config the README shows
 *   (scripts/nginx/postmortems.conf, through scripts/nginx/serve-export.sh).
 * Locally an already running server on the port is reused. E2E_PORT picks
 * another port, for running the suite while something else holds the default.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const staticExport = process.env.E2E_TARGET === 'static-export';
const port = Number(process.env.E2E_PORT ?? (staticExport ? 3101 : 3100));
const baseURL = `http://127.0.0.1:${port}`;
// One id per test run, inherited by every worker: the scratch site (scratch-site.ts) is built once per run.
process.env.E2E_RUN_ID ??= `${process.pid}-${Date.now()}`;

/**
 * What the browser alone does with a page once loaded (keys, the zone and kind
 * controls, copying a link, printing), tested once, on `next start`: the
 * export's files are the server build's (export-identity.spec.ts), and nothing
 * in these tests asks the server for more than the page. The zone switch and
 * the filter on a long timeline (scratch-site.spec.ts) and the cause diagram
 * run on both, as issue 8 asks.
 */
const BROWSER_ONLY_SPECS = ['keyboard.spec.ts', 'time-zones.spec.ts', 'filter.spec.ts', 'copy-link.spec.ts', 'print.spec.ts'];

export default defineConfig({
  testDir: '.',
  // The export's pages are the server build's (export-identity.spec.ts): what the browser
  // draws from a page's HTML and CSS alone (tests tagged @rendering) is tested once, on `next start`.
  grepInvert: staticExport ? /@rendering/ : undefined,
  projects: [
    // Builds a site of its own before its tests (scratch-site.ts): first in the queue,
    // so one worker builds while the other runs the rest.
    { name: 'scratch-site', testMatch: ['scratch-site.spec.ts'] },
    // nginx.spec.ts checks nginx's own answers, export-identity.spec.ts the export's files: only for the export.
    {
      name: 'site',
      testIgnore: ['dev-loop.spec.ts', 'scratch-site.spec.ts', ...(staticExport ? BROWSER_ONLY_SPECS : ['nginx.spec.ts', 'export-identity.spec.ts'])],
    },
    // The dev server compiles on demand: it runs alone, after the rest, so a busy
    // machine does not starve it. A static host has no dev server.
    ...(staticExport ? [] : [{ name: 'dev-loop', testMatch: ['dev-loop.spec.ts'], dependencies: ['site', 'scratch-site'] }]),
  ],
  outputDir: path.join(root, 'test-results', 'e2e'),
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one browser per core at most (one worker would take twice as long).
  workers: 2,
  fullyParallel: true,
  reporter: 'list',
  timeout: 30_000,
  // Web-first assertions return as soon as they pass; the margin is for a busy machine.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    // Pinned, so a test never depends on the machine's zone or language; tests
    // about the reader's own zone set their own.
    timezoneId: 'UTC',
    locale: 'en-US',
    colorScheme: 'light',
    viewport: { width: 1280, height: 720 },
    // One browser context per worker, reset between tests (cookies, storage, cache, routes,
    // init scripts, viewport and emulation) rather than a new one for each: a new context
    // costs about 2.7 core-seconds on the two-core CI machine, a quarter of the browser
    // tests' time. The trade is safe here because the site keeps nothing in the browser
    // (tests/unit/browser-state.test.ts holds it to that). Each test starts on about:blank;
    // what the reset leaves, the tab's history behind it, no test goes back into.
    reuseContext: true,
    // A failed test keeps its trace: actions and DOM snapshots, without the screencast, which costs two busy cores a frame at every step.
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  webServer: {
    command: staticExport ? 'bash scripts/nginx/serve-export.sh out' : `npx next start -H 127.0.0.1 -p ${port}`,
    env: { PORT: String(port), HOST: '127.0.0.1' },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    cwd: root,
    timeout: 60_000,
  },
});

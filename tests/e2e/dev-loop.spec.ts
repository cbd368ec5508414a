import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Request } from '@playwright/test';
import { SLUG, incident } from './support';

/**
 * The author's loop: `npm run dev` on a copy of the content, then edit, break
 * and fix a file while its page is open. No restart, no reload; the page is
 * told of each change and makes no request while nothing changes.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.E2E_DEV_PORT ?? 3199);
const base = `http://127.0.0.1:${PORT}`;
/** The dev server's stream of content changes (app/dev/content-changes/route.dev.ts). */
const CHANGES_PATH = '/dev/content-changes';
/** How long a tab is watched for requests it should not make. */
const IDLE_MS = 10_000;

async function waitForServer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the dev server did not answer at ${url}`);
}

test('editing, breaking and fixing an incident file shows in the open page of the dev server', async ({ page, context }) => {
  test.setTimeout(240_000);
  const content = mkdtempSync(path.join(tmpdir(), 'dev-content-'));
  cpSync(path.join(root, 'content', 'incidents'), content, { recursive: true });
  const file = path.join(content, `${SLUG}.mdx`);
  const original = readFileSync(file, 'utf8');

  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    await waitForServer(`${base}/`, Date.now() + 90_000);
    const changeStream = page.waitForRequest(`${base}${CHANGES_PATH}`, { timeout: 90_000 });
    await page.goto(`${base}/incidents/${SLUG}`, { timeout: 90_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.title);
    await changeStream;
    // Let the page finish loading (a font is fetched once text is laid out) before counting what an idle tab asks for:
    // settled is two seconds with no new request (the open event stream does not count as one).
    let loading = 0;
    const countLoading = () => loading++;
    page.on('request', countLoading);
    for (let before = -1; before !== loading; ) {
      before = loading;
      await page.waitForTimeout(2_000);
    }
    page.off('request', countLoading);

    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.waitForTimeout(IDLE_MS);
    expect(requests.map((request) => request.url()), 'requests of an idle tab').toEqual([]);

    writeFileSync(file, original.replace(`title: "${incident.title}"`, `title: "Edited: ${incident.title}"`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edited: ${incident.title}`, { timeout: 60_000 });
    await page.waitForTimeout(IDLE_MS);
    // One refresh: the payload, then the page's HTML, which holds the sections the payload
    // names only by key (components/ui/HtmlSlot.tsx). The dev overlay may fetch its font again.
    expect(
      requests
        .filter((request) => !new URL(request.url()).pathname.startsWith('/__nextjs_font/'))
        .map((request) => `${request.method()} ${new URL(request.url()).pathname} rsc=${request.headers()['rsc']}`),
      'one refresh for one change, then quiet again',
    ).toEqual([`GET /incidents/${SLUG} rsc=1`, `GET /incidents/${SLUG} rsc=undefined`]);
    page.removeAllListeners('request');

    writeFileSync(file, original.replace('severity: sev1', 'severity: critical'));
    const problem = page.getByRole('alert').filter({ hasText: 'Invalid content' });
    await expect(problem).toContainText(`${SLUG}.mdx:11:11  error[invalid-choice]  severity  expected one of "sev1"`, { timeout: 60_000 });

    const fresh = await context.newPage();
    await fresh.goto(`${base}/incidents/${SLUG}`);
    await expect(fresh.getByRole('alert').filter({ hasText: 'Invalid content' })).toContainText(`${SLUG}.mdx:11:11  error[invalid-choice]  severity`);
    await fresh.close();

    const index = await context.newPage();
    await index.goto(`${base}/`);
    await expect(index.getByRole('alert').filter({ hasText: 'have problems' })).toContainText(`${SLUG}.mdx:11:11  error[invalid-choice]  severity`);
    await expect(index.getByRole('article').first()).toBeVisible();

    writeFileSync(file, original);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.title, { timeout: 60_000 });
  } finally {
    writeFileSync(file, original);
    server.kill();
  }
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldIncident } from '../../lib/content/scaffold';
import { scratchProject } from '../../scripts/bench/scratch-project';

const root = path.resolve(import.meta.dirname, '../..');
const dir = scratchProject(root);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a production build of a library with a fresh scaffold (a draft) and a published incident', () => {
  it('builds as of BUILD_TIME, and publishes the incident but not the draft', () => {
    const content = path.join(dir, 'content', 'incidents');
    mkdirSync(content, { recursive: true });
    const draft = scaffoldIncident({ title: 'Payments API outage', date: '2025-03-04', timeZone: 'Europe/Berlin' });
    writeFileSync(path.join(content, draft.fileName), draft.text);
    cpSync(path.join(root, 'tests/fixtures/valid/minimal.mdx'), path.join(content, '2024-12-11-minimal.mdx'));

    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      // A time late on 3 February in New York, 4 February in UTC: every page is built as of the UTC day.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', MDX_CACHE_DIR: path.join(dir, '.mdx-cache'), BUILD_TIME: '2031-02-03T23:30:00-05:00' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);

    const app = path.join(dir, '.next/server/app');
    expect(existsSync(path.join(app, 'incidents/2024-12-11-minimal.html'))).toBe(true);
    expect(existsSync(path.join(app, 'incidents/2025-03-04-payments-api-outage.html'))).toBe(false);
    for (const file of ['index.html', 'feed.xml.body', 'sitemap.xml.body']) {
      const text = readFileSync(path.join(app, file), 'utf8');
      expect(text, file).toContain('2024-12-11-minimal');
      expect(text, file).not.toContain('payments-api-outage');
    }
    // The search index (Pagefind's fragments are gzipped JSON, one per incident) holds the incident, not the draft.
    const fragmentDir = path.join(dir, 'public/pagefind/fragment');
    const fragments = readdirSync(fragmentDir).map((name) => gunzipSync(readFileSync(path.join(fragmentDir, name))).toString('utf8'));
    expect(fragments.some((fragment) => fragment.includes('"url":"/incidents/2024-12-11-minimal"'))).toBe(true);
    expect(fragments.join('\n')).not.toContain('payments-api-outage');
    expect(existsSync(path.join(dir, 'public/incidents/2024-12-11-minimal/events/error-alert.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'public/incidents/2025-03-04-payments-api-outage'))).toBe(false);

    // Every page counts overdue and open follow-ups as of BUILD_TIME, whichever worker built it.
    for (const file of ['follow-ups.html', 'insights.html']) {
      const html = readFileSync(path.join(app, file), 'utf8');
      const dates = [...html.matchAll(/<time dateTime="(\d{4}-\d\d-\d\d)">\1<\/time>/g)].map((match) => match[1]);
      expect(dates, file).toEqual(['2031-02-04']);
    }
  }, 240_000);
});

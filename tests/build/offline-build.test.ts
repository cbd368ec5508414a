import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../../scripts/bench/scratch-project';

const root = path.resolve(import.meta.dirname, '../..');
const dir = scratchProject(root);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TITLE = 'Сбой платежей · Ελληνικά · تعطل الخدمة · 东京服务中断 · サービス停止 🔥🚀 𓀀';

describe('a production build without network', () => {
  it('draws preview images of titles in many scripts and emoji from its own fonts, and gives a non-Latin service its page', () => {
    const content = path.join(dir, 'content', 'incidents');
    mkdirSync(content, { recursive: true });
    const minimal = readFileSync(path.join(root, 'tests/fixtures/valid/minimal.mdx'), 'utf8');
    writeFileSync(
      path.join(content, '2024-12-11-unicode.mdx'),
      minimal
        .replace('title: Minimal incident', `title: ${JSON.stringify(TITLE)}`)
        .replace('services: [API, Dashboard]', 'services: [API, Dashboard, Платежи]'),
    );
    const log = path.join(dir, 'connections.log');
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        MDX_CACHE_DIR: path.join(dir, '.mdx-cache'),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${path.join(root, 'tests/build/offline.mjs')}`.trim(),
        OFFLINE_LOG: log,
      },
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');

    const app = path.join(dir, '.next/server/app');
    const image = readFileSync(path.join(app, 'incidents/2024-12-11-unicode/opengraph-image.body'));
    expect([...image.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(existsSync(path.join(app, 'services', `${encodeURIComponent('платежи')}.html`)) || existsSync(path.join(app, 'services', 'платежи.html'))).toBe(true);
  }, 600_000);
});

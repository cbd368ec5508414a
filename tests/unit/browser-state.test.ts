import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The browser tests share one browser context per worker (reuseContext in
 * tests/e2e/playwright.config.ts). That is sound only while the site leaves
 * nothing in the browser for one test to hand the next: no cookies, storage,
 * databases, caches or service workers, from its pages or its proxy.
 */
const BROWSER_STATE = /\b(localStorage|sessionStorage|indexedDB|document\.cookie|cookieStore|serviceWorker|caches\.open|Set-Cookie)\b|\bcookies\(\)/;

const siteSources = () =>
  execFileSync('git', ['ls-files', 'app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file));

describe('the site', () => {
  it('keeps nothing in the browser, so the browser tests may share a context', () => {
    const sources = siteSources();
    expect(sources.length).toBeGreaterThan(50);
    const stateful = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (BROWSER_STATE.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(stateful).toEqual([]);
  });
});

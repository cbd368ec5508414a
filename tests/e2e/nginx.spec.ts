import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../lib/security-headers';
import { INCIDENT_PATH } from './support';

// Runs against the export only (playwright.config.ts): nginx with scripts/nginx/postmortems.conf.

const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';

async function assetsOf(request: import('@playwright/test').APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const assets = [...html.matchAll(/"(\/_next\/static\/[^"?]+\.(css|js))"/g)].map((match) => ({ path: match[1]!, type: match[2]! }));
  return { css: assets.find((asset) => asset.type === 'css')!.path, js: assets.find((asset) => asset.type === 'js')!.path };
}

test('every kind of text is sent with Brotli to a client that takes it, else gzipped, the same text either way', async ({ request }) => {
  const { css, js } = await assetsOf(request, INCIDENT_PATH);
  for (const [path, type] of [
    [INCIDENT_PATH, 'text/html'],
    [css, 'text/css'],
    [js, 'application/javascript'],
    ['/schema/incident.schema.json', 'application/json'],
    [`${INCIDENT_PATH}.json`, 'application/json'],
    ['/sitemap.xml', 'text/xml'],
    ['/feed.xml', 'application/atom+xml'],
    ['/services/api/feed.xml', 'application/atom+xml'],
    ['/icon.svg', 'image/svg+xml'],
  ] as const) {
    const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.status(), path).toBe(200);
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    for (const [accepted, sent] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': accepted } });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toContain(type);
      expect(response.headers()['content-encoding'], `${path} to ${accepted}`).toBe(sent);
      expect(response.headers()['vary'], path).toBe('Accept-Encoding');
      expect((await response.body()).equals(await plain.body()), `${path} to ${accepted}`).toBe(true);
    }
  }
});

test('hashed assets are cached for a year, everything else revalidates', async ({ request }) => {
  const { css, js } = await assetsOf(request, '/');
  for (const path of [css, js]) expect((await request.get(path)).headers()['cache-control'], path).toBe(IMMUTABLE);
  for (const path of ['/', INCIDENT_PATH, '/feed.xml', '/schema/incident.schema.json', '/nope']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe(REVALIDATE);
  }
});

test('every answer carries the security headers of lib/security-headers.ts', async ({ request }) => {
  const { js } = await assetsOf(request, '/');
  for (const path of ['/', INCIDENT_PATH, js, '/nope', '/services/%ZZ']) {
    const headers = (await request.get(path)).headers();
    for (const { key, value } of securityHeaders()) expect(headers[key.toLowerCase()], `${path} ${key}`).toBe(value);
  }
});

test('addresses are clean: no .html, and a trailing slash redirects to the page', async ({ request }) => {
  const page = await request.get(INCIDENT_PATH);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toContain('text/html');
  const slashed = await request.get(`${INCIDENT_PATH}/`, { maxRedirects: 0 });
  expect(slashed.status()).toBe(308);
  expect(slashed.headers()['location']).toBe(INCIDENT_PATH);
});

test('a missing page is the 404 page with status 404', async ({ request }) => {
  for (const path of ['/incidents/no-such-incident', '/no/such/page', '/_next/static/missing.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('No such page');
  }
});

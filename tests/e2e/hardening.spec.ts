import { expect, test, type APIRequestContext } from '@playwright/test';
import { INCIDENT_PATH, publishedIncidents } from './support';

const staticExport = process.env.E2E_TARGET === 'static-export';

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', INCIDENT_PATH, '/feed.xml', '/incidents/nope']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

for (const path of [
  '/incidents/..%2F..%2Fetc%2Fpasswd',
  '/incidents/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/incidents/..%5C..%5Cpackage.json',
  '/incidents/%00',
  '/incidents/%E0%A4%A',
  '/services/%ZZ',
  '/incidents/nope/events/first-alert.html',
  `/incidents/${'a-'.repeat(2000)}x`,
  '/package.json',
  '/.env',
]) {
  test(`an odd address gives the 404 page, never a 500 or a file: ${path.slice(0, 60)}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('root:');
    expect(body).not.toContain('"devDependencies"');
  });
}


/** Every internal link and fragment, from the index, the feed and the sitemap on. */
async function crawl(request: APIRequestContext, origin: string) {
  const pages = new Map<string, string>();
  const broken: string[] = [];
  const fragments: { from: string; page: string; id: string }[] = [];
  const queue = ['/', '/feed.xml', '/sitemap.xml', '/robots.txt'];
  const seen = new Set(queue);

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!/html|xml|text\/plain/.test(type)) continue;
    const text = await response.text();
    pages.set(path, text);
    const links = [
      ...[...text.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1]!),
      ...[...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!),
      ...[...text.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => match[1]!),
    ];
    for (const raw of links) {
      const url = new URL(raw.replaceAll('&amp;', '&'), `${origin}${path}`);
      const internal = url.origin === origin || url.origin === 'http://localhost:3000';
      if (!internal) continue;
      const target = url.pathname + url.search;
      if (url.hash.length > 1) fragments.push({ from: path, page: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const { from, page, id } of fragments) {
    const html = pages.get(page) ?? (await (await request.get(page)).text());
    if (!html.includes(`id="${id}"`)) broken.push(`${from} → ${page}#${id}`);
  }
  return { broken, pages: pages.size, fragments: fragments.length };
}

test('every internal link and every #fragment on the site resolves', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const { broken, pages, fragments } = await crawl(request, new URL(baseURL!).origin);
  expect(broken).toEqual([]);
  // The index, every incident and service page, the feed, the sitemap and robots.txt.
  expect(pages).toBeGreaterThanOrEqual(publishedIncidents.length + 4);
  expect(fragments).toBeGreaterThan(50);
});

// A static host has no renderer to avoid; this holds for next start.
if (!staticExport) test('pages come prerendered: next start serves them without rendering per request', async ({ request }) => {
  for (const path of ['/', INCIDENT_PATH, '/services/api']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-nextjs-prerender'], path).toContain('1');
    expect(headers['x-nextjs-cache'], path).toBe('HIT');
  }
});

import { expect, test } from '@playwright/test';
import { INCIDENT_PATH, incident, publishedIncidents, sourceEvent } from './support';

const SITE = 'http://localhost:3000';

test('the Atom feed has one entry per published incident', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const feed = await response.text();
  const ids = [...feed.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]);
  expect(ids.sort()).toEqual(publishedIncidents.map((published) => `${SITE}/incidents/${published.slug}`).sort());
});

test('the sitemap lists the index, insights, follow-ups, the services and tags, every published incident and its history, every service and tag page, and robots.txt points at it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const services = new Set(publishedIncidents.flatMap((published) => published.services));
  // Tags are read from the source: the incidents' own and their contributing factors'.
  const tags = new Set(
    publishedIncidents.flatMap((published) => {
      const source = published as unknown as { tags?: string[]; contributingFactors?: { tags?: string[] }[] };
      return [...(source.tags ?? []), ...(source.contributingFactors ?? []).flatMap((factor) => factor.tags ?? [])];
    }),
  );
  expect(tags.size).toBeGreaterThan(0);
  expect(urls).toHaveLength(5 + 2 * publishedIncidents.length + services.size + tags.size);
  for (const pathname of ['/', '/insights', '/follow-ups', '/services', '/tags']) expect(urls).toContain(`${SITE}${pathname}`);
  for (const published of publishedIncidents) {
    expect(urls).toContain(`${SITE}/incidents/${published.slug}`);
    expect(urls).toContain(`${SITE}/incidents/${published.slug}/history`);
  }
  for (const tag of tags) expect(urls).toContain(`${SITE}/tags/${tag}`);
  expect(urls).toContain(`${SITE}/services/api`);
  for (const url of urls) expect((await request.get(new URL(url).pathname)).status()).toBe(200);

  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test('an incident page carries title, description, canonical URL and a generated preview image', async ({ page, request }) => {
  await page.goto(INCIDENT_PATH);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', incident.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /telemetry service/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${INCIDENT_PATH}`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
  expect(image.pathname).toBe(`${INCIDENT_PATH}/opengraph-image`);
  const response = await request.get(image.pathname + image.search);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).byteLength).toBeGreaterThan(10_000);
});

test('a shared event link previews the event and lands the reader on it', async ({ page }) => {
  const event = sourceEvent('first-cluster-recovered');
  const response = await page.request.get(`${INCIDENT_PATH}/events/${event.id}.html`);
  expect(response.headers()['content-type']).toContain('text/html');
  const html = await response.text();
  expect(html).toContain(`<meta property="og:title" content="${event.title} · `);
  expect(html).toContain(`<meta property="og:image" content="${SITE}${INCIDENT_PATH}/opengraph-image">`);
  expect(html).toMatch(/<meta property="og:description" content="Dec 11, 16:36 PST \(T\+1h20m\) · recovery: First cluster recovered/);

  await page.goto(`${INCIDENT_PATH}/events/${event.id}.html`);
  await expect(page).toHaveURL(`${INCIDENT_PATH}#${event.id}`);
  await expect(page.locator(`li[id="${event.id}"]`)).toBeInViewport();
});

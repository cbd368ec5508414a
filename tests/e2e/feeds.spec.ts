import { expect, test, type APIRequestContext } from '@playwright/test';
import { SaxesParser } from 'saxes';
import { gitHistoryOf } from './git-truth';
import { publishedIncidents } from './support';

const SITE = 'http://localhost:3000';

type Entry = { id: string; updated: string; published: string; title: string };

/** Parses a feed with a strict XML parser (any well-formedness error throws) and returns its entries. */
function parseFeed(xml: string): { title: string; entries: Entry[] } {
  const parser = new SaxesParser({ xmlns: true });
  const entries: Entry[] = [];
  let feedTitle = '';
  let current: Partial<Entry> | undefined;
  const path: string[] = [];
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    path.push(tag.local);
    text = '';
    if (tag.local === 'entry') current = {};
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    path.pop();
    if (tag.local === 'entry') entries.push(current as Entry);
    else if (current && ['id', 'updated', 'published', 'title'].includes(tag.local)) current[tag.local as keyof Entry] = text;
    else if (!current && tag.local === 'title' && path.at(-1) === 'feed') feedTitle = text;
  });
  parser.write(xml).close();
  return { title: feedTitle, entries };
}

async function getFeed(request: APIRequestContext, pathname: string) {
  const response = await request.get(pathname);
  expect(response.status(), pathname).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  return parseFeed(await response.text());
}

async function servicePages(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  return [...sitemap.matchAll(/<loc>[^<]*?(\/services\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
}

const incidentUrl = (slug: string) => `${SITE}/incidents/${slug}`;

test('each service page links its own Atom feed, a well-formed feed of exactly that service’s incidents', async ({ page, request }) => {
  const pages = await servicePages(request);
  expect(pages.length).toBeGreaterThan(0);
  for (const pathname of pages) {
    await page.goto(pathname);
    const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const feeds = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) =>
      links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname),
    );
    expect(feeds).toContain(`${pathname}/feed.xml`);
    await expect(page.getByRole('link', { name: `Atom feed for ${name}` })).toHaveAttribute('href', `${pathname}/feed.xml`);

    const feed = await getFeed(request, `${pathname}/feed.xml`);
    expect(feed.title).toBe(`${name} incidents`);
    const expected = publishedIncidents.filter((incident) => incident.services.includes(name)).map((incident) => incidentUrl(incident.slug));
    expect(feed.entries.map((entry) => entry.id).sort()).toEqual(expected.sort());
  }
});

test('every feed’s entries are updated when git last changed the file, or when published where git cannot tell', async ({ request }) => {
  const feeds = ['/feed.xml', ...(await servicePages(request)).map((pathname) => `${pathname}/feed.xml`)];
  for (const pathname of feeds) {
    for (const entry of (await getFeed(request, pathname)).entries) {
      const incident = publishedIncidents.find((candidate) => incidentUrl(candidate.slug) === entry.id);
      if (!incident) throw new Error(`${pathname}: an entry for no published incident, ${entry.id}`);
      const facts = incident as unknown as { publishedAt?: string; impactWindows: { end: string }[] };
      const fallback = facts.publishedAt ?? facts.impactWindows.map((window) => window.end).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1)!;
      const answer = gitHistoryOf(incident.slug);
      const expected = answer.available && !answer.uncommitted ? answer.changes[0]!.date : fallback;
      expect(Date.parse(entry.updated), `${pathname} ${incident.slug}`).toBe(Date.parse(expected));
      expect(Date.parse(entry.published)).toBe(Date.parse(fallback));
    }
  }
});

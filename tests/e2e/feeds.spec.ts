import { expect, test, type APIRequestContext } from '@playwright/test';
import { SaxesParser } from 'saxes';
import { gitHistoryOf, remediationChangedAt } from './git-truth';
import { publishedIncidents } from './support';

const SITE = 'http://localhost:3000';

type Entry = { id: string; updated: string; published: string; title: string; content: string; href: string };

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
    if (current && tag.local === 'link') current.href = tag.attributes.href?.value;
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    path.pop();
    if (tag.local === 'entry') entries.push(current as Entry);
    else if (current && ['id', 'updated', 'published', 'title', 'content'].includes(tag.local)) current[tag.local as keyof Entry] = text;
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

/** When an incident was published (or its impact ended), and when git last changed its file, or that fallback where git cannot tell. */
function expectedDates(incident: (typeof publishedIncidents)[number]): { published: string; changed: string } {
  const facts = incident as unknown as { publishedAt?: string; impactWindows: { end: string }[] };
  const published = facts.publishedAt ?? facts.impactWindows.map((window) => window.end).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1)!;
  const answer = gitHistoryOf(incident.slug);
  return { published, changed: answer.available && !answer.uncommitted ? answer.changes[0]!.date : published };
}

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
      const { changed, published } = expectedDates(incident);
      expect(Date.parse(entry.updated), `${pathname} ${incident.slug}`).toBe(Date.parse(changed));
      expect(Date.parse(entry.published)).toBe(Date.parse(published));
    }
  }
});

type SourceRemediation = { id: string; title: string; status: string; timing?: string; owner?: string; due?: string; priority?: string; completed?: string };

test('/follow-ups links its Atom feed: one entry per follow-up, linking to it, saying its status, owner, due date and priority, dated honestly', async ({ page, request }) => {
  await page.goto('/follow-ups');
  const feeds = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) =>
    links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname),
  );
  expect(feeds).toContain('/follow-ups/feed.xml');
  await expect(page.getByRole('link', { name: 'Atom feed', exact: true })).toHaveAttribute('href', '/follow-ups/feed.xml');

  const feed = await getFeed(request, '/follow-ups/feed.xml');
  expect(feed.title).toBe('Follow-ups');
  const followUps = publishedIncidents.flatMap((incident) =>
    (incident.remediations as SourceRemediation[]).filter((remediation) => remediation.timing !== 'during').map((remediation) => ({ incident, remediation })),
  );
  expect(followUps.length).toBeGreaterThan(0);
  expect(feed.entries.map((entry) => entry.href).sort()).toEqual(followUps.map(({ incident, remediation }) => `${incidentUrl(incident.slug)}#${remediation.id}`).sort());

  for (const { incident, remediation } of followUps) {
    const entry = feed.entries.find((candidate) => candidate.href === `${incidentUrl(incident.slug)}#${remediation.id}`)!;
    expect(entry.title).toBe(remediation.title);
    const lines = entry.content.split('\n');
    expect(lines).toContain(`Status: ${remediation.status}`);
    expect(lines).toContain(`Owner: ${remediation.owner ?? 'none'}`);
    expect(lines).toContain(`Due: ${remediation.due ?? 'none'}`);
    expect(lines).toContain(`Priority: ${remediation.priority ?? 'none'}`);

    const expected =
      remediationChangedAt(incident.slug, remediation.id) ??
      (remediation.status === 'done' && remediation.completed ? `${remediation.completed}T00:00:00Z` : expectedDates(incident).published);
    expect(Date.parse(entry.updated), `${incident.slug}#${remediation.id}`).toBe(Date.parse(expected));
  }
  const updated = feed.entries.map((entry) => Date.parse(entry.updated));
  expect(updated).toEqual([...updated].sort((a, b) => b - a));
});

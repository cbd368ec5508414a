import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllIncidents } from '@/lib/content/load';
import { searchHit, type PagefindResultData } from '@/lib/search/search-hit';
import { wordsNotFound, type MatchedText } from '@/lib/search/words-not-found';
import { writeSearchIndex } from '@/lib/search/write-search-index';

/**
 * The index as the browser uses it: built by writeSearchIndex from the
 * library plus one incident about a "rapid" rollback (and no API), then
 * searched with the pagefind.js it wrote, its files read from disk.
 */
type Pagefind = {
  options(options: object): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: { data(): Promise<PagefindResultData & MatchedText> }[] }>;
};

let directory: string;
let pagefind: Pagefind;

async function urlsFor(term: string | null, options: object = {}): Promise<string[]> {
  const found = await pagefind.search(term, options);
  return Promise.all(found.results.map(async (result) => searchHit(await result.data()).url));
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'search-index-'));
  const content = path.join(directory, 'content');
  await cp(path.resolve('content/incidents'), content, { recursive: true });
  await cp(path.resolve('tests/fixtures/search/2024-01-02-rapid-rollback.mdx'), path.join(content, '2024-01-02-rapid-rollback.mdx'));
  const { incidents, errors } = await loadAllIncidents(content);
  expect(errors).toEqual([]);
  const output = path.join(directory, 'pagefind');
  await writeSearchIndex(incidents.filter((incident) => !incident.draft), output);
  globalThis.fetch = (async (url: string | URL) => {
    const file = String(url).replace(/^\/pagefind\//, '').replace(/\?.*$/, '');
    return new Response(await readFile(path.join(output, file)));
  }) as typeof fetch;
  pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(output, 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({ basePath: '/pagefind/' });
}, 60_000);

afterAll(() => rm(directory, { recursive: true, force: true }));

describe('the search index', () => {
  it('matches whole words and their beginnings: "api" never finds "rapid"', async () => {
    const api = await urlsFor('api');
    expect(api.length).toBeGreaterThan(0);
    expect(api.some((url) => url.startsWith('/incidents/2024-01-02-rapid-rollback'))).toBe(false);
    expect(await urlsFor('rapid')).toEqual([expect.stringMatching(/^\/incidents\/2024-01-02-rapid-rollback/)]);
  });

  it('tells the words Pagefind matched only through a shorter word ("overdue" through "over") from those it found, stemmed', async () => {
    const notFound = async (words: string) => {
      const [best] = (await pagefind.search(words)).results;
      return best ? wordsNotFound(words, await best.data()) : 'no result';
    };
    expect(await notFound('overdue')).toEqual(['overdue']);
    expect(await notFound('owner')).toEqual(['owner']);
    expect(await notFound('dns overdue')).toEqual(['overdue']);
    expect(await notFound('expired')).toEqual([]);
    expect(await notFound('APIs')).toEqual([]);
    expect(await notFound('Kubernetes control-plane')).toEqual([]);
    expect(await notFound('rapid')).toEqual([]);
  });

  it('lands a search for an event title on that event', async () => {
    const [best] = await urlsFor('first cluster recovered');
    expect(best).toBe('/incidents/2024-12-11-openai-api-chatgpt-sora-outage#first-cluster-recovered');
  });

  it('lands a word of the narrative on its narrative heading', async () => {
    expect(await urlsFor('administers')).toEqual([
      '/incidents/2024-12-11-openai-api-chatgpt-sora-outage#why-an-outage-of-the-control-plane-took-the-products-down',
    ]);
    expect(await urlsFor('damage small')).toEqual(['/incidents/2024-01-02-rapid-rollback#narrative']);
  });

  it('filters by severity, service and year, newest first without words', async () => {
    const sev1 = await urlsFor(null, { filters: { severity: 'sev1' }, sort: { date: 'desc' } });
    expect(sev1).toEqual(['/incidents/2024-12-11-openai-api-chatgpt-sora-outage', '/incidents/2022-08-19-openai-api-load-balancer-outage']);
    expect(await urlsFor(null, { filters: { service: 'dashboard', year: '2024' } })).toEqual(['/incidents/2024-01-02-rapid-rollback']);
    expect(await urlsFor('rollback', { filters: { year: '2022' } })).toEqual([]);
  });
});

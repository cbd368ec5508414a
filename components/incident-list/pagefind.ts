'use client';

import type { IndexQuery } from '@/lib/incidents/index-query';
import type { PagefindResultData } from '@/lib/search/search-hit';
import type { MatchedText } from '@/lib/search/words-not-found';

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the index page uses. */
export type PagefindResult = { id: string; data(): Promise<PagefindResultData & MatchedText> };
type PagefindApi = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
};

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefindRequest: Promise<PagefindApi> | undefined;

/**
 * Pagefind is built with the site into public/pagefind/ and loaded only when
 * a reader starts to search; the bundler must leave this import alone.
 */
export function loadPagefind(): Promise<PagefindApi> {
  pagefindRequest ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL) as Promise<PagefindApi>).then(
    async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    },
  );
  pagefindRequest.catch(() => {
    pagefindRequest = undefined;
  });
  return pagefindRequest;
}

export type FoundIncidents = {
  results: PagefindResult[];
  /** The query's words no incident has, which Pagefind matched through a shorter word instead: then no result. */
  missingWords: string[];
};

/** Every incident matching the query: best match first for words, newest first for filters alone. */
export async function findIncidents(query: IndexQuery): Promise<FoundIncidents> {
  const pagefind = await loadPagefind();
  const filters: Record<string, string> = {};
  if (query.severity) filters.severity = query.severity;
  if (query.service) filters.service = query.service;
  if (query.year) filters.year = query.year;
  const words = query.q.trim();
  const found = await pagefind.search(words === '' ? null : words, words === '' ? { filters, sort: { date: 'desc' } } : { filters });
  const results = found?.results ?? [];
  const best = results[0];
  if (words === '' || best === undefined) return { results, missingWords: [] };
  // Loaded with the first search, not with the page: only searching needs the stemmer.
  const [{ wordsNotFound }, data] = await Promise.all([import('@/lib/search/words-not-found'), best.data()]);
  const missingWords = wordsNotFound(words, data);
  return missingWords.length > 0 ? { results: [], missingWords } : { results, missingWords };
}

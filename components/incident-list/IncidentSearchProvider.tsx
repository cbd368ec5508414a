'use client';

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isActiveQuery, matchesQuery, parseIndexQuery, serializeIndexQuery, type IndexQuery } from '@/lib/incidents/search';
import type { SearchEntry } from '@/lib/incidents/summary';
import { replaceUrl, useUrl } from '../url-state/use-url';

type IncidentSearch = {
  hydrated: boolean;
  query: IndexQuery;
  setQuery(query: IndexQuery): void;
  active: boolean;
  /** Matches across the whole library; undefined while the index loads. */
  results: SearchEntry[] | undefined;
  total: number | undefined;
  failed: boolean;
  /** Start loading the index early, e.g. when the search box gets focus. */
  prefetch(): void;
};

const IncidentSearchContext = createContext<IncidentSearch | undefined>(undefined);
const INDEX_URL = '/search-index.json';

let indexRequest: Promise<SearchEntry[]> | undefined;
function loadIndex(): Promise<SearchEntry[]> {
  indexRequest ??= fetch(INDEX_URL).then((response) => {
    if (!response.ok) throw new Error(`${INDEX_URL}: ${response.status}`);
    return response.json() as Promise<SearchEntry[]>;
  });
  indexRequest.catch(() => {
    indexRequest = undefined;
  });
  return indexRequest;
}

/**
 * Search across the whole library while the page lists one page of it. The
 * index is static JSON built with the site and fetched only once a reader
 * searches, so the index page stays small however many incidents there are.
 */
export function IncidentSearchProvider({ children }: { children: ReactNode }) {
  const url = useUrl();
  const search = url === null ? null : url.split('#')[0]!;
  const [entries, setEntries] = useState<SearchEntry[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const query = useMemo(() => (search === null ? { q: '' } : parseIndexQuery(search)), [search]);
  const active = isActiveQuery(query);

  useEffect(() => {
    if (!active || entries) return;
    let current = true;
    loadIndex().then(
      (loaded) => current && setEntries(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [active, entries]);

  const value = useMemo<IncidentSearch>(
    () => ({
      hydrated: search !== null,
      query,
      setQuery: (next) => replaceUrl(serializeIndexQuery(next)),
      active,
      results: entries?.filter((entry) => matchesQuery(entry, query)),
      total: entries?.length,
      failed,
      prefetch: () => void loadIndex().then(setEntries, () => setFailed(true)),
    }),
    [search, query, active, entries, failed],
  );

  return <IncidentSearchContext value={value}>{children}</IncidentSearchContext>;
}

export function useIncidentSearch(): IncidentSearch {
  const search = useContext(IncidentSearchContext);
  if (!search) throw new Error('useIncidentSearch must be used inside <IncidentSearchProvider>');
  return search;
}

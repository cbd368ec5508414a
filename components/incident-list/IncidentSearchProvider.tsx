'use client';

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isActiveQuery, parseIndexQuery, serializeIndexQuery, type IndexQuery } from '@/lib/incidents/index-query';
import { searchHit, type SearchHit } from '@/lib/search/search-hit';
import { replaceUrl, useUrlSearch } from '../url-state/use-url';
import { findIncidents, loadPagefind, type FoundIncidents } from './pagefind';

type IncidentSearch = {
  hydrated: boolean;
  query: IndexQuery;
  setQuery(query: IndexQuery): void;
  active: boolean;
  /** How many incidents match; undefined while searching. */
  matches: number | undefined;
  /** The query's words that no incident has. */
  missingWords: string[];
  /** The first matches, as shown (a further step may still be loading); undefined while they load. */
  hits: SearchHit[] | undefined;
  /** Every incident in the library. */
  total: number;
  failed: boolean;
  showMore(): void;
  /** Start loading search early, e.g. when the search box gets focus. */
  prefetch(): void;
};

const IncidentSearchContext = createContext<IncidentSearch | undefined>(undefined);
/**
 * Results shown at first and added by "Show more". Each result costs its own
 * fragment of the index (a few KB, the incident's text): five, as Pagefind's own
 * interface shows, keep a first search within its 150 KB budget at 1,000 incidents.
 */
export const RESULTS_STEP = 5;
/**
 * A search waits for this pause in typing (Pagefind's own default): each search
 * loads the index part its words fall in and a fragment for each result shown,
 * so a reader typing at an ordinary pace, 150 ms a key, searches once for the
 * words typed and not for every letter (with 120 ms, a first search fetched
 * twice its budget).
 */
const TYPING_PAUSE_MS = 300;

type Found = ({ key: string } & FoundIncidents) | { key: string; failed: true };

/**
 * Search across the whole library while the page lists one page of it.
 * Pagefind's index is built with the site and loaded in parts, only once a
 * reader searches; the query and filters live in the URL.
 */
export function IncidentSearchProvider({ total, children }: { total: number; children: ReactNode }) {
  const search = useUrlSearch();
  const query = useMemo(() => (search === null ? { q: '' } : parseIndexQuery(search)), [search]);
  const key = serializeIndexQuery(query);
  const active = isActiveQuery(query);
  const [found, setFound] = useState<Found | undefined>(undefined);
  const [limit, setLimit] = useState({ key, count: RESULTS_STEP });
  const [shown, setShown] = useState<{ key: string; hits: SearchHit[] } | undefined>(undefined);
  const count = limit.key === key ? limit.count : RESULTS_STEP;

  useEffect(() => {
    if (!active) return;
    let current = true;
    const timer = setTimeout(() => {
      findIncidents(query).then(
        (found) => current && setFound({ key, ...found }),
        () => current && setFound({ key, failed: true }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [active, key, query]);

  useEffect(() => {
    if (found?.key !== key || !('results' in found)) return;
    let current = true;
    Promise.all(found.results.slice(0, count).map((result) => result.data())).then(
      (data) => current && setShown({ key, hits: data.map(searchHit) }),
      () => current && setFound({ key, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [found, key, count]);

  const value = useMemo<IncidentSearch>(() => {
    const settled = found?.key === key ? found : undefined;
    return {
      hydrated: search !== null,
      query,
      setQuery: (next) => replaceUrl(serializeIndexQuery(next)),
      active,
      matches: settled && 'results' in settled ? settled.results.length : undefined,
      missingWords: settled && 'missingWords' in settled ? settled.missingWords : [],
      hits: shown?.key === key ? shown.hits : undefined,
      total,
      failed: settled !== undefined && 'failed' in settled,
      showMore: () => setLimit({ key, count: count + RESULTS_STEP }),
      prefetch: () => void loadPagefind().catch(() => setFound({ key, failed: true })),
    };
  }, [search, query, key, active, found, shown, count, total]);

  return <IncidentSearchContext value={value}>{children}</IncidentSearchContext>;
}

export function useIncidentSearch(): IncidentSearch {
  const search = useContext(IncidentSearchContext);
  if (!search) throw new Error('useIncidentSearch must be used inside <IncidentSearchProvider>');
  return search;
}

'use client';

import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { matchesQuery, parseIndexQuery, serializeIndexQuery, type IndexQuery, type SearchDocument } from '@/lib/incidents/search';

type IncidentSearch = {
  query: IndexQuery;
  setQuery(query: IndexQuery): void;
  /** Slugs that match, or undefined before hydration (everything is shown). */
  matching: ReadonlySet<string> | undefined;
  total: number;
};

const IncidentSearchContext = createContext<IncidentSearch | undefined>(undefined);
const QUERY_CHANGE = 'incident-search-change';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(QUERY_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(QUERY_CHANGE, onChange);
  };
}

/** Filters the prerendered list in the browser; the query is kept in the URL. */
export function IncidentSearchProvider({ documents, children }: { documents: SearchDocument[]; children: ReactNode }) {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => null);

  const value = useMemo<IncidentSearch>(() => {
    const query = search === null ? { q: '' } : parseIndexQuery(search);
    return {
      query,
      setQuery(next) {
        window.history.replaceState(null, '', `${window.location.pathname}${serializeIndexQuery(next)}`);
        window.dispatchEvent(new Event(QUERY_CHANGE));
      },
      matching:
        search === null
          ? undefined
          : new Set(documents.filter((document) => matchesQuery(document, query)).map((document) => document.slug)),
      total: documents.length,
    };
  }, [search, documents]);

  return <IncidentSearchContext value={value}>{children}</IncidentSearchContext>;
}

export function useIncidentSearch(): IncidentSearch | undefined {
  return useContext(IncidentSearchContext);
}

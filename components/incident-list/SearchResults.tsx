'use client';

import type { ReactNode } from 'react';
import { SearchHitCard } from './SearchHitCard';
import { RESULTS_STEP, useIncidentSearch } from './IncidentSearchProvider';

/** While a search or filter is active: its results across the library. Otherwise: the page it wraps. */
export function SearchResults({ children }: { children: ReactNode }) {
  const search = useIncidentSearch();
  if (!search.active) return children;

  const { matches, missingWords, hits, total, failed, query } = search;
  const order = query.q.trim() === '' ? 'newest first' : 'best match first';
  const status = failed
    ? 'Search could not be loaded. Reload the page to try again.'
    : matches === undefined
      ? 'Searching…'
      : matches === 0
        ? `${missingWords.length > 0 ? `No incident has a word beginning with ${quoted(missingWords)}.` : 'No incident matches.'} ${query.q.trim() === '' ? 'Try other filters.' : 'Try fewer words or another filter.'}`
        : `${matches} of ${total} incidents match, ${order}.`;
  return (
    <>
      <p role="status" className="mb-6 text-sm text-soft">
        {status}
      </p>
      {!failed && matches !== undefined && hits && hits.length > 0 && (
        <ol className="flex flex-col gap-6">
          {hits.map((hit) => (
            <li key={hit.url}>
              <SearchHitCard hit={hit} />
            </li>
          ))}
        </ol>
      )}
      {!failed && matches !== undefined && hits && matches > hits.length && (
        <button type="button" onClick={search.showMore} className="link mt-6">
          Show {Math.min(RESULTS_STEP, matches - hits.length)} more
        </button>
      )}
    </>
  );
}

const quoted = (words: string[]) => new Intl.ListFormat('en', { type: 'disjunction' }).format(words.map((word) => `“${word}”`));

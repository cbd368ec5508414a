'use client';

import { useState, type ReactNode } from 'react';
import { IncidentSummaryCard } from './IncidentSummaryCard';
import { useIncidentSearch } from './IncidentSearchProvider';

const RESULTS_STEP = 50;

/** While a search or filter is active: its results across the library. Otherwise: the page it wraps. */
export function SearchResults({ children }: { children: ReactNode }) {
  const search = useIncidentSearch();
  const [limit, setLimit] = useState(RESULTS_STEP);
  if (!search.active) return children;

  const { results, total, failed } = search;
  const status = failed
    ? 'The search index could not be loaded. Reload the page to try again.'
    : results === undefined
      ? 'Searching…'
      : results.length === 0
        ? 'No incident matches. Try fewer words or another filter.'
        : `${results.length} of ${total} incidents match, newest first.`;
  return (
    <>
      <p role="status" className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
      {results && results.length > 0 && (
        <ol className="flex flex-col gap-6">
          {results.slice(0, limit).map((incident) => (
            <li key={incident.slug}>
              <IncidentSummaryCard incident={incident} />
            </li>
          ))}
        </ol>
      )}
      {results && results.length > limit && (
        <button type="button" onClick={() => setLimit(limit + RESULTS_STEP)} className="mt-6 underline underline-offset-2">
          Show {Math.min(RESULTS_STEP, results.length - limit)} more
        </button>
      )}
    </>
  );
}

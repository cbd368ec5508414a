'use client';

import { useId } from 'react';
import type { Severity } from '@/lib/content/vocabulary';
import { useIncidentSearch } from './IncidentSearchProvider';

type IncidentFiltersProps = {
  severities: { value: Severity; label: string }[];
  services: { slug: string; name: string }[];
  years: string[];
};

const selectClass = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900';

export function IncidentFilters({ severities, services, years }: IncidentFiltersProps) {
  const search = useIncidentSearch();
  const id = useId();
  const hydrated = search?.matching !== undefined;
  const query = search?.query ?? { q: '' };
  const set = (change: Partial<typeof query>) => search?.setQuery({ ...query, ...change });
  const shown = search?.matching?.size ?? search?.total ?? 0;

  return (
    <search className="mb-6 print:hidden">
      <form role="search" onSubmit={(event) => event.preventDefault()} className="flex flex-wrap items-end gap-3 text-sm">
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-q`} className="font-medium">
            Search
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={query.q}
            disabled={!hydrated}
            placeholder="Titles, summaries, events"
            onChange={(event) => set({ q: event.target.value })}
            className={selectClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-severity`} className="font-medium">
            Severity
          </label>
          <select
            id={`${id}-severity`}
            value={query.severity ?? ''}
            disabled={!hydrated}
            onChange={(event) => set({ severity: (event.target.value || undefined) as Severity | undefined })}
            className={selectClass}
          >
            <option value="">Any</option>
            {severities.map((severity) => (
              <option key={severity.value} value={severity.value}>
                {severity.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-service`} className="font-medium">
            Service
          </label>
          <select
            id={`${id}-service`}
            value={query.service ?? ''}
            disabled={!hydrated}
            onChange={(event) => set({ service: event.target.value || undefined })}
            className={selectClass}
          >
            <option value="">Any</option>
            {services.map((service) => (
              <option key={service.slug} value={service.slug}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-year`} className="font-medium">
            Year
          </label>
          <select
            id={`${id}-year`}
            value={query.year ?? ''}
            disabled={!hydrated}
            onChange={(event) => set({ year: event.target.value || undefined })}
            className={selectClass}
          >
            <option value="">Any</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {shown === 0
          ? 'No incident matches. Try fewer words or another filter.'
          : `${shown} of ${search?.total ?? 0} incidents${shown === search?.total ? '' : ' match'}, newest first.`}
      </p>
    </search>
  );
}

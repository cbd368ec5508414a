'use client';

import { useId } from 'react';
import type { Severity } from '@/lib/content/vocabulary';
import { FilterSelect, filterFormClass, selectClass } from '../ui/FilterSelect';
import { useIncidentSearch } from './IncidentSearchProvider';
import type { ServiceName } from '@/lib/incidents/services';

type IncidentFiltersProps = {
  severities: { value: Severity; label: string }[];
  services: ServiceName[];
  years: string[];
};

export function IncidentFilters({ severities, services, years }: IncidentFiltersProps) {
  const { hydrated, query, setQuery, prefetch } = useIncidentSearch();
  const id = useId();
  const set = (change: Partial<typeof query>) => setQuery({ ...query, ...change });

  return (
    <search className="mb-6 print:hidden">
      <form role="search" onSubmit={(event) => event.preventDefault()} className={filterFormClass}>
        <div className="col-span-2 flex min-w-56 flex-1 flex-col gap-1 sm:basis-0">
          <label htmlFor={`${id}-q`} className="font-medium">
            Search
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={query.q}
            disabled={!hydrated}
            placeholder="Titles, events, causes, follow-ups, narrative"
            onFocus={prefetch}
            onChange={(event) => set({ q: event.target.value })}
            className={selectClass}
          />
        </div>
        <FilterSelect
          label="Severity"
          value={query.severity}
          options={severities}
          disabled={!hydrated}
          onChange={(value) => set({ severity: value as Severity | undefined })}
        />
        <FilterSelect
          label="Service"
          value={query.service}
          options={services.map((service) => ({ value: service.slug, label: service.name }))}
          disabled={!hydrated}
          onChange={(value) => set({ service: value })}
        />
        <FilterSelect
          label="Year"
          value={query.year}
          options={years.map((year) => ({ value: year, label: year }))}
          disabled={!hydrated}
          onChange={(value) => set({ year: value })}
        />
      </form>
    </search>
  );
}

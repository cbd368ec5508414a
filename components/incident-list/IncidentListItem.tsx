'use client';

import type { ReactNode } from 'react';
import { useIncidentSearch } from './IncidentSearchProvider';

/** One entry of an incident list; hidden while a search on the index does not match it. */
export function IncidentListItem({ slug, children }: { slug: string; children: ReactNode }) {
  const search = useIncidentSearch();
  const hidden = search?.matching !== undefined && !search.matching.has(slug);
  return (
    <li data-incident={slug} hidden={hidden}>
      {children}
    </li>
  );
}

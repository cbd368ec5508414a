import type { Diagnostic } from '@/lib/content/diagnostic';
import type { Severity } from '@/lib/content/vocabulary';
import { INDEX_PAGE_SIZE } from '@/lib/incidents/pagination';
import type { ServiceName } from '@/lib/incidents/services';
import type { IncidentSummary } from '@/lib/incidents/summary';
import { SEVERITY_STYLES } from '../ui/severity';
import { DiagnosticList } from './DiagnosticList';
import { IncidentFilters } from './IncidentFilters';
import { IncidentList } from './IncidentList';
import { IncidentSearchProvider } from './IncidentSearchProvider';
import { Pagination } from './Pagination';
import { SearchResults } from './SearchResults';

type IncidentIndexProps = {
  /** This page's incidents. */
  incidents: IncidentSummary[];
  page: number;
  pages: number;
  total: number;
  /** What the filters offer, from the whole library. */
  facets: { severities: Severity[]; services: ServiceName[]; years: string[] };
  errors: Diagnostic[];
};

/** The home page: one page of the newest incidents, and search and filters over all of them. */
export function IncidentIndex({ incidents, page, pages, total, facets, errors }: IncidentIndexProps) {
  const first = (page - 1) * INDEX_PAGE_SIZE + 1;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Incident postmortems</h1>
      <p className="mt-2 mb-6 text-soft">
        What broke, for whom, for how long, why, and what is being done about it.{' '}
        <a href="/feed.xml" className="link">
          Atom feed
        </a>
      </p>
      {errors.length > 0 && <DiagnosticList errors={errors} />}
      <IncidentSearchProvider total={total}>
        <IncidentFilters
          severities={facets.severities.map((severity) => ({
            value: severity,
            label: `${SEVERITY_STYLES[severity].label} ${SEVERITY_STYLES[severity].description}`,
          }))}
          services={facets.services}
          years={facets.years}
        />
        <SearchResults>
          <p className="mb-6 text-sm text-soft">
            {total === 0
              ? 'No incidents yet.'
              : pages === 1
                ? `${total} ${total === 1 ? 'incident' : 'incidents'}, newest first.`
                : `Incidents ${first}–${first + incidents.length - 1} of ${total}, newest first.`}
            <noscript> Search and filters need JavaScript: without it, every incident is listed, page by page.</noscript>
          </p>
          <IncidentList incidents={incidents} />
          <Pagination page={page} pages={pages} />
        </SearchResults>
      </IncidentSearchProvider>
    </>
  );
}

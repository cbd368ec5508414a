import type { Incident } from '@/lib/content/load';
import type { ContentError } from '@/lib/content/content-error';
import { SEVERITIES } from '@/lib/content/vocabulary';
import { servicesOf } from '@/lib/incidents/services';
import { searchDocument } from '@/lib/incidents/search';
import { SEVERITY_STYLES } from '../incident/severity';
import { ContentErrorList } from './ContentErrorList';
import { IncidentFilters } from './IncidentFilters';
import { IncidentList } from './IncidentList';
import { IncidentSearchProvider } from './IncidentSearchProvider';

/** The home page: every incident, searchable and filterable in the browser. */
export function IncidentIndex({ incidents, errors }: { incidents: Incident[]; errors: ContentError[] }) {
  const severities = SEVERITIES.filter((severity) => incidents.some((incident) => incident.severity === severity)).map(
    (severity) => ({ value: severity, label: `${SEVERITY_STYLES[severity].label} ${SEVERITY_STYLES[severity].description}` }),
  );
  const years = [...new Set(incidents.map((incident) => incident.metrics.impactStart.slice(0, 4)))].sort().reverse();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Incident postmortems</h1>
      <p className="mt-2 mb-6 text-slate-700 dark:text-slate-300">
        What broke, for whom, for how long, why, and what is being done about it.{' '}
        <a href="/feed.xml" className="underline underline-offset-2">
          Atom feed
        </a>
      </p>
      {errors.length > 0 && <ContentErrorList errors={errors} />}
      <IncidentSearchProvider documents={incidents.map(searchDocument)}>
        <IncidentFilters
          severities={severities}
          services={servicesOf(incidents).map(({ slug, name }) => ({ slug, name }))}
          years={years}
        />
        <IncidentList incidents={incidents} />
      </IncidentSearchProvider>
    </>
  );
}

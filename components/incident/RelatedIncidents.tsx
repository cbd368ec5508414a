import type { SimilarIncident } from '@/lib/incidents/related';
import type { IncidentSummary } from '@/lib/incidents/summary';
import { incidentPath } from '@/lib/site';
import { PageSection } from '../ui/PageSection';

/** Incidents linked by `related` (either way), then a few sharing a service or a tag. */
export function RelatedIncidents({ related, similar }: { related: IncidentSummary[]; similar: SimilarIncident[] }) {
  if (related.length === 0 && similar.length === 0) return null;
  return (
    <PageSection id="related-incidents" title="Related incidents">
      {related.length > 0 && (
        <ul aria-label="Related incidents" className="mt-3 flex flex-col gap-2">
          {related.map((incident) => (
            <li key={incident.slug}>
              <a href={incidentPath(incident.slug)} className="link font-medium">
                {incident.title}
              </a>{' '}
              <span className="text-sm text-muted">({incident.date})</span>
            </li>
          ))}
        </ul>
      )}
      {similar.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">Incidents like this one</h3>
          <ul aria-label="Incidents like this one" className="mt-2 flex flex-col gap-2">
            {similar.map((incident) => (
              <li key={incident.slug}>
                <a href={incidentPath(incident.slug)} className="link">
                  {incident.title}
                </a>{' '}
                <span className="text-sm text-muted">
                  ({incident.date}; shares {[...incident.sharedServices, ...incident.sharedTags.map((tag) => `#${tag}`)].join(', ')})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageSection>
  );
}

import type { Tag } from '@/lib/incidents/tags';
import { summarize } from '@/lib/incidents/summary';
import { incidentPath } from '@/lib/site';
import { IncidentList } from '../incident-list/IncidentList';
import { ListingHeader } from '../ui/ListingHeader';
import { StaticHtml } from '../ui/StaticHtml';

export function TagPage({ tag }: { tag: Tag }) {
  return (
    <>
      <ListingHeader back={{ href: '/tags', label: 'All tags' }} title={`#${tag.tag}`}>
        {tag.incidents.length} {tag.incidents.length === 1 ? 'incident' : 'incidents'} and {tag.factors.length} contributing{' '}
        {tag.factors.length === 1 ? 'factor' : 'factors'} tagged #{tag.tag}.
      </ListingHeader>
      {tag.incidents.length > 0 && (
        <StaticHtml>
          <IncidentList incidents={tag.incidents.map(summarize)} />
        </StaticHtml>
      )}
      {tag.factors.length > 0 && (
        <section aria-labelledby="tagged-factors" className="mt-10">
          <h2 id="tagged-factors" className="text-xl font-semibold">
            Contributing factors
          </h2>
          <ul className="mt-3 flex flex-col gap-3">
            {tag.factors.map((factor) => (
              <li key={`${factor.incident.slug}#${factor.id}`}>
                <a href={`${incidentPath(factor.incident.slug)}#${factor.id}`} className="link">
                  {factor.statement}
                </a>
                <span className="text-sm text-muted"> — {factor.incident.title}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

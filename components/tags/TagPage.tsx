import type { Tag } from '@/lib/incidents/tags';
import { summarize } from '@/lib/incidents/summary';
import { incidentsCarrying } from '@/lib/incidents/tags';
import { incidentPath } from '@/lib/site';
import { IncidentList } from '../incident-list/IncidentList';
import { ListingHeader } from '../ui/ListingHeader';
import { StaticHtml } from '../ui/StaticHtml';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function TagPage({ tag }: { tag: Tag }) {
  // The count /tags gives: incidents carrying the tag, themselves or through a factor, once each.
  const carrying = incidentsCarrying(tag).length;
  return (
    <>
      <ListingHeader back={{ href: '/tags', label: 'All tags' }} title={`#${tag.tag}`}>
        {count(carrying, 'incident carries', 'incidents carry')} #{tag.tag}. Tagged: {count(tag.incidents.length, 'incident', 'incidents')} as a
        whole and {count(tag.factors.length, 'contributing factor', 'contributing factors')}.
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

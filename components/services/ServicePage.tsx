import type { Service } from '@/lib/incidents/services';
import { serviceFeedPath } from '@/lib/feed/atom';
import { summarize } from '@/lib/incidents/summary';
import { insightGroupPath } from '@/lib/insights/groups';
import { followUpGroupPath } from '@/lib/insights/open-follow-ups';
import { IncidentList } from '../incident-list/IncidentList';
import { ListingHeader } from '../ui/ListingHeader';
import { StaticHtml } from '../ui/StaticHtml';

export function ServicePage({ service }: { service: Service }) {
  return (
    <>
      <ListingHeader back={{ href: '/services', label: 'All services' }} title={service.name}>
        {service.incidents.length} {service.incidents.length === 1 ? 'incident' : 'incidents'} affected {service.name}, newest
        first.{' '}
        <a href={insightGroupPath('service', service.slug)} className="link">
          Its figures
        </a>
        ,{' '}
        <a href={followUpGroupPath('service', service.slug)} className="link">
          its open follow-ups
        </a>{' '}
        and an{' '}
        <a href={serviceFeedPath(service.slug)} className="link">
          Atom feed for {service.name}
        </a>
        .
      </ListingHeader>
      <StaticHtml>
        <IncidentList incidents={service.incidents.map(summarize)} />
      </StaticHtml>
    </>
  );
}

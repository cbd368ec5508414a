import Link from 'next/link';
import type { Service } from '@/lib/incidents/services';
import { serviceFeedPath } from '@/lib/feed/atom';
import { summarize } from '@/lib/incidents/summary';
import { IncidentList } from '../incident-list/IncidentList';

export function ServicePage({ service }: { service: Service }) {
  return (
    <>
      <p className="text-sm">
        <Link href="/" className="underline underline-offset-2">
          All incidents
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{service.name}</h1>
      <p className="mt-2 mb-8 text-slate-700 dark:text-slate-300">
        {service.incidents.length} {service.incidents.length === 1 ? 'incident' : 'incidents'} affected {service.name}, newest
        first.{' '}
        <a href={serviceFeedPath(service.slug)} className="underline underline-offset-2">
          Atom feed for {service.name}
        </a>
      </p>
      <IncidentList incidents={service.incidents.map(summarize)} />
    </>
  );
}

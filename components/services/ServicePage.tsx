import Link from 'next/link';
import type { Service } from '@/lib/incidents/services';
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
        first.
      </p>
      <IncidentList incidents={service.incidents.map(summarize)} />
    </>
  );
}

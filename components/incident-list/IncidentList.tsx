import Link from 'next/link';
import type { Incident } from '@/lib/content/load';
import { formatClock, formatDuration, isoDuration } from '@/lib/time/format';
import { serviceSlug } from '@/lib/incidents/services';
import { incidentPath, servicePath } from '@/lib/site';
import { DraftBadge } from '../incident/DraftBadge';
import { SeverityBadge } from '../incident/SeverityBadge';
import { IncidentListItem } from './IncidentListItem';

/** Every incident, newest first; dates are in each incident's own zone, as its page shows them. */
export function IncidentList({ incidents }: { incidents: readonly Incident[] }) {
  return (
    <ol className="flex flex-col gap-6">
      {incidents.map((incident) => {
        const start = formatClock(incident.metrics.impactStart, incident.timeZone);
        return (
          <IncidentListItem key={incident.slug} slug={incident.slug}>
            <article className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
                <time dateTime={incident.metrics.impactStart}>{start.date}</time>
                <span aria-hidden="true">·</span>
                <span>{incident.organization}</span>
                <span aria-hidden="true">·</span>
                <SeverityBadge severity={incident.severity} />
                {incident.draft && <DraftBadge />}
                <span aria-hidden="true">·</span>
                <span>
                  Impact{' '}
                  <time dateTime={isoDuration(incident.metrics.customerImpactMs)}>
                    {formatDuration(incident.metrics.customerImpactMs)}
                  </time>
                </span>
              </p>
              <h2 className="mt-2 text-xl font-semibold tracking-tight">
                <Link href={incidentPath(incident.slug)} className="hover:underline">
                  {incident.title}
                </Link>
              </h2>
              <p className="mt-2 text-slate-700 dark:text-slate-300">{incident.summary}</p>
              <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Affected services">
                {incident.services.map((service) => (
                  <li key={service}>
                    <Link href={servicePath(serviceSlug(service))} className="rounded bg-slate-100 px-2 py-0.5 hover:underline dark:bg-slate-800">
                      {service}
                    </Link>
                  </li>
                ))}
              </ul>
            </article>
          </IncidentListItem>
        );
      })}
    </ol>
  );
}

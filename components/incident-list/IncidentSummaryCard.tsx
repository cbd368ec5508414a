import type { IncidentSummary } from '@/lib/incidents/summary';
import { incidentPath, servicePath } from '@/lib/site';
import { DraftBadge } from '../ui/DraftBadge';
import { SeverityBadge } from '../ui/SeverityBadge';

/** One incident in a list. Plain markup, so both server lists and browser search results use it. */
export function IncidentSummaryCard({ incident }: { incident: IncidentSummary }) {
  return (
    <article className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <p className="facts">
        <time dateTime={incident.impactStart}>{incident.date}</time>
        <span>{incident.organization}</span>
        <span>
          <SeverityBadge severity={incident.severity} />
        </span>
        {incident.draft && (
          <span>
            <DraftBadge />
          </span>
        )}
        <span>
          Impact <time dateTime={incident.impact.iso}>{incident.impact.text}</time>
        </span>
      </p>
      <h2 className="mt-2 text-xl font-semibold tracking-tight">
        <a href={incidentPath(incident.slug)} className="hover:underline">
          {incident.title}
        </a>
      </h2>
      <p className="mt-2 text-soft">{incident.summary}</p>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Affected services">
        {incident.services.map((service) => (
          <li key={service.slug}>
            <a href={servicePath(service.slug)} className="service-chip">
              {service.name}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}

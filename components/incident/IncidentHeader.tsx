import type { Incident } from '@/lib/content/load';
import { serviceNames } from '@/lib/incidents/services';
import { servicePath } from '@/lib/site';
import { DraftBadge } from '../ui/DraftBadge';
import { LocalTime } from '../time/LocalTime';
import { IncidentMetrics } from './IncidentMetrics';
import { TagLinks } from '../tags/TagLinks';
import { SeverityBadge } from '../ui/SeverityBadge';

const STATUS_LABELS: Record<Incident['status'], string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

export function IncidentHeader({ incident }: { incident: Incident }) {
  return (
    <header id="summary">
      <p className="flex flex-wrap items-center gap-2 text-sm text-soft">
        <span className="font-medium">{incident.organization}</span>
        <span aria-hidden="true">·</span>
        <LocalTime incidentZone={incident.timeZone} iso={incident.metrics.impactStart} show="date" />
        <span aria-hidden="true">·</span>
        <SeverityBadge severity={incident.severity} />
        {incident.draft && <DraftBadge />}
        <span className="rounded border border-slate-300 px-1.5 py-0.5 text-xs dark:border-slate-700">{STATUS_LABELS[incident.status]}</span>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{incident.title}</h1>
      <p className="mt-4 max-w-3xl text-lg text-soft">{incident.summary}</p>
      <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">Affected:</span>
        {serviceNames(incident.services).map((service) => (
          <a key={service.slug} href={servicePath(service.slug)} className="service-chip">
            {service.name}
          </a>
        ))}
      </p>
      <TagLinks tags={incident.tags} />
      <IncidentMetrics incident={incident} />
      {incident.publishedAt && (
        <p className="mt-3 text-sm text-muted">
          Postmortem published <LocalTime incidentZone={incident.timeZone} iso={incident.publishedAt} show="datetime" />.
        </p>
      )}
    </header>
  );
}

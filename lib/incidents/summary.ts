import type { Incident } from '../content/load';
import type { Severity } from '../content/vocabulary';
import { formatClock, formatDuration, isoDuration } from '../time/format';
import { serviceSlug } from './services';

/**
 * What a list of incidents shows of each one, as plain data, for the server
 * lists and the search index. Dates read in each incident's own zone, as its
 * page shows them.
 */
export type IncidentSummary = {
  slug: string;
  title: string;
  summary: string;
  organization: string;
  severity: Severity;
  draft: boolean;
  impactStart: string;
  date: string;
  impact: { iso: string; text: string };
  services: { name: string; slug: string }[];
};

export function summarize(incident: Incident): IncidentSummary {
  return {
    slug: incident.slug,
    title: incident.title,
    summary: incident.summary,
    organization: incident.organization,
    severity: incident.severity,
    draft: incident.draft,
    impactStart: incident.metrics.impactStart,
    date: formatClock(incident.metrics.impactStart, incident.timeZone).date,
    impact: { iso: isoDuration(incident.metrics.customerImpactMs), text: formatDuration(incident.metrics.customerImpactMs) },
    services: incident.services.map((name) => ({ name, slug: serviceSlug(name) })),
  };
}

import type { Incident } from '../content/load';
import type { Severity } from '../content/vocabulary';
import { formatClock, formatDuration, isoDuration } from '../time/format';
import { foldText } from './search';
import { serviceSlug } from './services';

/**
 * What a list of incidents shows of each one, as plain data: the server lists
 * render it, and the search index (`/search-index.json`) carries it to the
 * browser. Dates read in each incident's own zone, as its page shows them.
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

/** A summary plus what search matches against. */
export type SearchEntry = IncidentSummary & {
  year: string;
  /** Title, summary and event titles, folded for matching. */
  text: string;
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

export function searchEntry(incident: Incident): SearchEntry {
  return {
    ...summarize(incident),
    year: incident.metrics.impactStart.slice(0, 4),
    text: foldText([incident.title, incident.summary, ...incident.timeline.map((event) => event.title)].join(' \n ')),
  };
}

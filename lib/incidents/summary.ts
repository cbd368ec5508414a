import type { Incident } from '../content/load';
import type { Severity } from '../content/vocabulary';
import { approximately, formatClock, formatDuration, isoDuration } from '../time/format';
import { serviceNames, type ServiceName } from './services';

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
  services: ServiceName[];
};

/** Customer impact in words, for text outside the page (a feed entry, a preview picture): `about 3 h` when it rests on a rough time. */
export function customerImpactWords(metrics: Pick<Incident['metrics'], 'customerImpactMs' | 'approximate'>): string {
  return `${metrics.approximate.includes('customerImpactMs') ? 'about ' : ''}${formatDuration(metrics.customerImpactMs)}`;
}

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
    impact: {
      iso: isoDuration(incident.metrics.customerImpactMs),
      text: approximately(formatDuration(incident.metrics.customerImpactMs), incident.metrics.approximate.includes('customerImpactMs')),
    },
    services: serviceNames(incident.services),
  };
}

/** What search results and link previews show in full: about 160 characters. */
export const DESCRIPTION_LENGTH = 160;

/**
 * An incident's page description: the summary's first sentence when it fits,
 * else the summary cut at the last word that fits, with an ellipsis. The page
 * itself opens with the whole summary.
 */
export function pageDescription(summary: string): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  const first = text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/)[0]!;
  if (first.length <= DESCRIPTION_LENGTH) return first;
  const cut = text.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`;
}

/** `2024-12-11`: the day impact began in the incident's own zone, the date its page shows, whatever offset the file wrote. */
export function impactDay(incident: { timeZone: string; metrics: { impactStart: string } }): string {
  return formatClock(incident.metrics.impactStart, incident.timeZone).day;
}

import type { Incident } from '../content/load';
import { followUpRows, type FollowUpRow } from '../follow-ups/rows';
import { atomDocument, incidentUpdated, type AtomEntry, type FeedIncident, type LastChanged } from './atom';

export const FOLLOW_UPS_FEED = {
  selfPath: '/follow-ups/feed.xml',
  pagePath: '/follow-ups',
  title: 'Follow-ups',
  subtitle: 'Follow-ups of published incidents, most recently changed first',
};

/**
 * When a follow-up last changed, as far as the content can tell: the day it
 * was completed (midnight UTC) when it is done and says so; otherwise when
 * its incident last changed, as the incident feeds tell it.
 */
function followUpUpdated(row: FollowUpRow, incident: FeedIncident, lastChanged: LastChanged | undefined): string {
  return row.status === 'done' && row.completed ? `${row.completed}T00:00:00Z` : incidentUpdated(incident, lastChanged);
}

function content(row: FollowUpRow): string {
  return [
    `Status: ${row.status}`,
    `Owner: ${row.owner ?? 'none'}`,
    `Due: ${row.due ?? 'none'}`,
    `Priority: ${row.priority ?? 'none'}`,
    `Category: ${row.category}`,
    ...(row.completed ? [`Completed: ${row.completed}`] : []),
    ...(row.tracker ? [`Tracker: ${row.tracker}`] : []),
    `Incident: ${row.incident.title} (${row.incident.severity.toUpperCase()})`,
  ].join('\n');
}

/** An Atom feed of every follow-up (a remediation with timing `after`), the most recently changed first. */
export function followUpsFeed(incidents: readonly Incident[], lastChanged?: LastChanged): string {
  const bySlug = new Map(incidents.map((incident) => [incident.slug, incident]));
  const entries = followUpRows(incidents)
    .filter((row) => row.timing === 'after')
    .map((row): AtomEntry => {
      const incident = bySlug.get(row.incident.slug)!;
      return {
        path: row.href,
        title: row.title,
        updated: followUpUpdated(row, incident, lastChanged),
        author: incident.organization,
        categories: row.services.map((service) => service.name),
        content: content(row),
      };
    });
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
  return atomDocument(FOLLOW_UPS_FEED, newestFirst);
}

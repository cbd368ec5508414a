import type { Incident } from '../content/load';
import { followUpRows, type FollowUpRow } from '../follow-ups/rows';
import { atomDocument, incidentUpdated, type AtomEntry, type FeedIncident } from './atom';

export const FOLLOW_UPS_FEED = {
  selfPath: '/follow-ups/feed.xml',
  pagePath: '/follow-ups',
  title: 'Follow-ups',
  subtitle: 'Follow-ups of published incidents, most recently changed first',
};

/** When a remediation last changed, from its incident file's git history; undefined where git cannot tell. */
export type RemediationChanged = (incident: Pick<Incident, 'file'>, remediationId: string) => string | undefined;

/**
 * When a follow-up last changed: the last commit that added or edited it, so
 * that editing the rest of its writeup does not bring it back to the top of a
 * reader's feed. Where git cannot tell, the day it was completed (midnight
 * UTC) when it is done and says so; otherwise as the incident feeds date its
 * incident without git: when it was published, or when its impact ended.
 */
function followUpUpdated(row: FollowUpRow, incident: FeedIncident, remediationChanged: RemediationChanged | undefined): string {
  const changed = remediationChanged?.(incident, row.id);
  if (changed) return changed;
  return row.status === 'done' && row.completed ? `${row.completed}T00:00:00Z` : incidentUpdated(incident, undefined);
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
export function followUpsFeed(incidents: readonly Incident[], remediationChanged?: RemediationChanged): string {
  const bySlug = new Map(incidents.map((incident) => [incident.slug, incident]));
  const entries = followUpRows(incidents)
    .filter((row) => row.timing === 'after')
    .map((row): AtomEntry => {
      const incident = bySlug.get(row.incident.slug)!;
      return {
        path: row.href,
        title: row.title,
        updated: followUpUpdated(row, incident, remediationChanged),
        author: incident.organization,
        categories: row.services.map((service) => service.name),
        content: content(row),
      };
    });
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
  return atomDocument(FOLLOW_UPS_FEED, newestFirst);
}

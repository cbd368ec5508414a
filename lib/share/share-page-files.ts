import path from 'node:path';
import type { Incident } from '../content/load';
import { eventShareFile, eventShareHtml } from './event-share';

/**
 * Event share pages are plain files under public/ (`public/incidents/<slug>/events/<id>.html`):
 * `next start` serves them and `next export` copies them. Written as files
 * rather than as routes because there are tens of thousands of them in a large
 * library, and each costs a rendered route next to nothing as a file.
 */
export const SHARE_PAGES_DIR = path.join('public', 'incidents');

/** Every event's share page, by its path under SHARE_PAGES_DIR (`<slug>/events/<id>.html`). */
export function sharePageFiles(incidents: readonly Incident[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const incident of incidents) {
    for (const event of incident.timeline) files.set(`${incident.slug}/events/${eventShareFile(event.id)}`, eventShareHtml(incident, event));
  }
  return files;
}

import { mkdir, rm, writeFile } from 'node:fs/promises';
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

export async function writeSharePages(incidents: readonly Incident[], root = process.cwd()): Promise<number> {
  const base = path.join(root, SHARE_PAGES_DIR);
  await rm(base, { recursive: true, force: true });
  let written = 0;
  for (const incident of incidents) {
    const folder = path.join(base, incident.slug, 'events');
    await mkdir(folder, { recursive: true });
    await Promise.all(
      incident.timeline.map((event) => writeFile(path.join(folder, eventShareFile(event.id)), eventShareHtml(incident, event))),
    );
    written += incident.timeline.length;
  }
  return written;
}

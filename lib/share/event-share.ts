import type { Incident } from '../content/load';
import type { TimelineEvent } from '../content/schema';
import { formatClock, formatOffset } from '../time/format';
import { toEpochMs } from '../time/iso';
import { absoluteUrl, incidentPath, SITE_NAME } from '../site';

/**
 * The page behind a shared event link, `/incidents/<slug>/events/<event-id>.html`:
 * link previews read its metadata, which names the event; readers are sent on
 * to the event on the incident page. Plain HTML, so that thousands of them
 * cost a build next to nothing.
 */
export const eventShareFile = (eventId: string) => `${eventId}.html`;
export const eventSharePath = (slug: string, eventId: string) => `${incidentPath(slug)}/events/${eventShareFile(eventId)}`;

/** "Dec 11, 16:36 PST (T+1h20m) · recovery: First cluster recovered" */
export function eventShareDescription(incident: Incident, event: TimelineEvent): string {
  const clock = formatClock(event.at, incident.timeZone);
  const when =
    event.precision === 'day'
      ? clock.shortDate
      : `${clock.shortDate}, ${clock.time} ${clock.zone} (${formatOffset(toEpochMs(event.at) - toEpochMs(incident.metrics.impactStart))})`;
  return `${when} · ${event.kind}: ${event.title}${event.detail ? `. ${event.detail}` : ''}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[char]};`);
}

export function eventShareHtml(incident: Incident, event: TimelineEvent): string {
  const title = escapeHtml(`${event.title} · ${incident.title}`);
  const description = escapeHtml(eventShareDescription(incident, event));
  const target = escapeHtml(`${incidentPath(incident.slug)}#${event.id}`);
  const image = escapeHtml(absoluteUrl(`${incidentPath(incident.slug)}/opengraph-image`));
  const url = escapeHtml(absoluteUrl(eventSharePath(incident.slug, event.id)));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${escapeHtml(SITE_NAME)}</title>
<meta name="description" content="${description}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absoluteUrl(incidentPath(incident.slug)))}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="${image}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<meta name="twitter:image" content="${image}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p><a href="${target}">${escapeHtml(event.title)}: open this event in “${escapeHtml(incident.title)}”</a></p>
</body>
</html>
`;
}

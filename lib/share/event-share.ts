import type { Incident } from '../content/load';
import type { TimelineEvent } from '../content/schema';
import { formatClock, formatOffset } from '../time/format';
import { escapeHtml } from '../html-text';
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

export function eventShareHtml(incident: Incident, event: TimelineEvent): string {
  const title = `${event.title} · ${incident.title}`;
  const description = eventShareDescription(incident, event);
  const target = `${incidentPath(incident.slug)}#${event.id}`;
  const image = absoluteUrl(`${incidentPath(incident.slug)}/opengraph-image`);
  // [attribute, its value, content]; every value is escaped when written out.
  const meta: [string, string, string][] = [
    ['name', 'description', description],
    ['name', 'robots', 'noindex'],
    ['property', 'og:type', 'article'],
    ['property', 'og:site_name', SITE_NAME],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:url', absoluteUrl(eventSharePath(incident.slug, event.id))],
    ['property', 'og:image', image],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['http-equiv', 'refresh', `0; url=${target}`],
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} · ${SITE_NAME}`)}</title>
<link rel="canonical" href="${escapeHtml(absoluteUrl(incidentPath(incident.slug)))}">
${meta.map(([attribute, key, content]) => `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`).join('\n')}
</head>
<body>
<p><a href="${escapeHtml(target)}">${escapeHtml(event.title)}: open this event in “${escapeHtml(incident.title)}”</a></p>
</body>
</html>
`;
}

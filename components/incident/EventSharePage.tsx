import type { Incident } from '@/lib/content/load';
import type { TimelineEvent } from '@/lib/content/schema';
import { formatClock, formatOffset } from '@/lib/time/format';
import { toEpochMs } from '@/lib/time/iso';
import { incidentPath } from '@/lib/site';

/** "Dec 11, 16:36 PST (T+1h20m) · Recovery: First cluster recovered" */
export function eventShareDescription(incident: Incident, event: TimelineEvent): string {
  const clock = formatClock(event.at, incident.timeZone);
  const when =
    event.precision === 'day'
      ? clock.shortDate
      : `${clock.shortDate}, ${clock.time} ${clock.zone} (${formatOffset(toEpochMs(event.at) - toEpochMs(incident.metrics.impactStart))})`;
  return `${when} · ${event.kind}: ${event.title}${event.detail ? `. ${event.detail}` : ''}`;
}

/**
 * The page behind a shared event link: its metadata names the event for link
 * previews, and readers are sent straight on to the event on the incident page.
 */
export function EventSharePage({ incident, event }: { incident: Incident; event: TimelineEvent }) {
  const target = `${incidentPath(incident.slug)}#${event.id}`;
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <h1 className="text-2xl font-bold tracking-tight">{event.title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{eventShareDescription(incident, event)}</p>
      <p className="mt-6">
        <a href={target} className="underline underline-offset-2">
          Open this event in “{incident.title}”
        </a>
      </p>
    </>
  );
}

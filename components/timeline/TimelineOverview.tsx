import type { Incident } from '@/lib/content/load';
import { LocalTime } from '../time/LocalTime';
import { EVENT_KIND_STYLES } from './event-kinds';

const percent = (position: number) => `${(position * 100).toFixed(3)}%`;

/**
 * The whole incident on one linear axis: quiet hours look as long as they were,
 * and the customer-impact window is a band across it. The list below is the
 * accessible version; this strip is a picture of it.
 */
export function TimelineOverview({ incident }: { incident: Incident }) {
  const { scale } = incident;
  return (
    <figure className="my-6" aria-labelledby="timeline-overview-caption">
      <div className="relative h-14 rounded-md border border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900" aria-hidden="true">
        {scale.windows.map((window) => (
          <div
            key={window.id}
            className="absolute inset-y-0 border-x-2 border-red-500 bg-red-500/15 print:bg-red-100"
            style={{ left: percent(window.from), width: percent(window.to - window.from) }}
          >
            <span className="absolute left-1 top-0.5 whitespace-nowrap text-[11px] font-medium text-red-800 dark:text-red-300">
              Customer impact
            </span>
          </div>
        ))}
        {scale.events.map((event) => (
          <a
            key={event.id}
            href={`#${event.id}`}
            tabIndex={-1}
            title={event.title}
            className={`absolute bottom-2 h-4 min-w-1.5 rounded-sm ${event.endPosition === undefined ? '-translate-x-1/2' : 'opacity-60'} ${EVENT_KIND_STYLES[event.kind].dot}`}
            style={{
              left: percent(event.position),
              width: event.endPosition === undefined ? undefined : percent(event.endPosition - event.position),
            }}
          />
        ))}
      </div>
      <div className="relative h-5 text-[11px] text-slate-600 dark:text-slate-400" aria-hidden="true">
        {scale.ticks.map((tick) => (
          <span key={tick.at} className="absolute top-0.5 -translate-x-1/2 whitespace-nowrap" style={{ left: percent(tick.position) }}>
            <LocalTime incidentZone={incident.timeZone} iso={tick.at} />
          </span>
        ))}
      </div>
      <figcaption id="timeline-overview-caption" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        From <LocalTime incidentZone={incident.timeZone} iso={scale.start} show="datetime" /> to <LocalTime incidentZone={incident.timeZone} iso={scale.end} show="datetime" />, to scale. The
        red band is the customer-impact window.
      </figcaption>
    </figure>
  );
}

import type { TimelineEvent } from '@/lib/content/schema';
import type { EventPlacement } from '@/lib/timeline/layout';
import { formatDuration, formatOffset } from '@/lib/time/format';
import { EventTime } from '../time/EventTime';
import { CopyLinkButton } from './CopyLinkButton';
import { EventKindIcon } from './EventKindIcon';
import { EVENT_KIND_STYLES } from './event-kinds';
import { TimelineEventFrame } from './TimelineEventFrame';

const LONG_GAP_MS = 30 * 60_000;

type TimelineEventItemProps = {
  event: TimelineEvent;
  placement: EventPlacement;
  previousAt: string | undefined;
};

export function TimelineEventItem({ event, placement, previousAt }: TimelineEventItemProps) {
  const kind = EVENT_KIND_STYLES[event.kind];
  const longGap = placement.gapBeforeMs !== undefined && placement.gapBeforeMs >= LONG_GAP_MS;
  return (
    <TimelineEventFrame
      id={event.id}
      kind={event.kind}
      style={{ marginTop: `${(placement.spacing * 3.5).toFixed(2)}rem` }}
      className={`relative rounded-md border-l-4 py-2 pl-4 pr-2 ${
        placement.inImpact ? 'border-red-500' : 'border-slate-300 dark:border-slate-700'
      }`}
    >
      {longGap && placement.gapBeforeMs !== undefined && (
        <p className="-mt-1 mb-1 text-xs italic text-slate-600 dark:text-slate-400">
          {formatDuration(placement.gapBeforeMs)} later
        </p>
      )}
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-[9.5rem_1fr]">
        <div className="text-sm">
          <EventTime
            iso={event.at}
            previousIso={previousAt}
            until={event.until}
            precision={event.precision}
            approximate={event.approximate}
          />
          {event.precision === 'minute' && (
            <span className="block text-xs tabular-nums text-slate-600 dark:text-slate-400" title="Time since customer impact began">
              {formatOffset(placement.sinceImpactStartMs)}
            </span>
          )}
        </div>
        <div>
          <p className={`flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide ${kind.color}`}>
            <EventKindIcon kind={event.kind} />
            {kind.label}
            {event.trigger && <span className="rounded bg-violet-100 px-1 normal-case text-violet-900 dark:bg-violet-900 dark:text-violet-100">trigger</span>}
            {placement.inImpact && <span className="sr-only">, during customer impact</span>}
          </p>
          <h3 className="font-medium">
            <a href={`#${event.id}`} className="hover:underline focus-visible:underline">
              {event.title}
            </a>
          </h3>
          {event.detail && <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">{event.detail}</p>}
          <div className="mt-1 flex flex-wrap items-center gap-2">
            {event.services?.map((service) => (
              <span key={service} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
                {service}
              </span>
            ))}
            <CopyLinkButton anchor={event.id} label={event.title} />
          </div>
        </div>
      </div>
    </TimelineEventFrame>
  );
}

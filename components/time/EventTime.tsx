'use client';

import { formatClock, formatExactUtc } from '@/lib/time/format';
import { useIncidentView } from '../url-state/IncidentViewProvider';

type EventTimeProps = {
  iso: string;
  /** The previous event's time: the date is printed when the day changes. */
  previousIso: string | undefined;
  until: string | undefined;
  precision: 'minute' | 'day';
  approximate: boolean;
};

/** The time column of a timeline event, in the reader's chosen zone. */
export function EventTime({ iso, previousIso, until, precision, approximate }: EventTimeProps) {
  const { timeZone, incidentTimeZone } = useIncidentView();

  if (precision === 'day') {
    // Only the date is known, and it is a date in the incident's own zone.
    const clock = formatClock(iso, incidentTimeZone);
    return (
      <time dateTime={iso.slice(0, 10)} title="Date only; the source gives no time of day" className="block font-medium">
        {clock.shortDate}
      </time>
    );
  }

  const clock = formatClock(iso, timeZone);
  const dayChanged = previousIso === undefined || formatClock(previousIso, timeZone).day !== clock.day;
  const end = until ? formatClock(until, timeZone) : undefined;
  return (
    <span className="block">
      <time dateTime={iso} title={formatExactUtc(iso)} className="font-medium">
        {dayChanged && (
          <span className="block text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{clock.shortDate}</span>
        )}
        {approximate && <span title="approximately">≈&#x202F;</span>}
        <span className="tabular-nums">{clock.time}</span>{' '}
        <span className="text-[0.85em] text-slate-600 dark:text-slate-400">{clock.zone}</span>
      </time>
      {until && end && (
        <>
          {' – '}
          <time dateTime={until} title={formatExactUtc(until)} className="font-medium">
            <span className="tabular-nums">{end.time}</span>{' '}
            <span className="text-[0.85em] text-slate-600 dark:text-slate-400">{end.zone}</span>
          </time>
        </>
      )}
    </span>
  );
}

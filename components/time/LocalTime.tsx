'use client';

import { formatClock, formatExactUtc } from '@/lib/time/format';
import { useIncidentView } from '../url-state/IncidentViewProvider';

type LocalTimeProps = {
  iso: string;
  /** `time`: 15:16 PST; `datetime`: Dec 11, 15:16 PST; `date`: Wed, Dec 11, 2024. */
  show?: 'time' | 'datetime' | 'date';
  approximate?: boolean;
  className?: string;
};

/**
 * A time in the zone the reader chose, with the zone printed beside it and the
 * exact UTC instant on hover. Prerendered in the incident's own zone.
 */
export function LocalTime({ iso, show = 'time', approximate = false, className }: LocalTimeProps) {
  const { timeZone } = useIncidentView();
  const clock = formatClock(iso, timeZone);
  return (
    <time dateTime={iso} title={formatExactUtc(iso)} className={className} data-zone={timeZone}>
      {show === 'date' ? (
        clock.date
      ) : (
        <>
          {approximate && <span title="approximately">≈&#x202F;</span>}
          {show === 'datetime' && `${clock.shortDate}, `}
          <span className="tabular-nums">{clock.time}</span> <span className="text-[0.85em] opacity-80">{clock.zone}</span>
        </>
      )}
    </time>
  );
}

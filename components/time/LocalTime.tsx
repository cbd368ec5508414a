import { formatExactUtc, type ClockDisplay } from '@/lib/time/format';
import { isIsoDate } from '@/lib/time/iso';
import { zonedTimeHtml } from './zoned-time-html';

type LocalTimeProps = {
  iso: string;
  /** The incident's own zone; UTC is rendered too, and the page shows the reader's choice. */
  incidentZone: string;
  /** `time`: 15:16 PST; `datetime`: Dec 11, 15:16 PST; `date`: Wed, Dec 11, 2024. */
  show?: ClockDisplay;
  approximate?: boolean;
  /** The start of the range this time ends, or a calendar day (`2024-12-11`): its date is shown wherever it falls on another day. */
  sameDayAs?: string;
};

/** A time with its zone printed beside it and the exact UTC instant on hover. */
export function LocalTime({ iso, incidentZone, show = 'time', approximate = false, sameDayAs }: LocalTimeProps) {
  return (
    <time
      dateTime={iso}
      title={formatExactUtc(iso)}
      data-show={show}
      data-approximate={approximate ? '' : undefined}
      data-same-day-as={sameDayAs === undefined || (!isIsoDate(sameDayAs) && Date.parse(sameDayAs) === Date.parse(iso)) ? undefined : sameDayAs}
      dangerouslySetInnerHTML={{ __html: zonedTimeHtml(iso, incidentZone, show, approximate, sameDayAs) }}
    />
  );
}

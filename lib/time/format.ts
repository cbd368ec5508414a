/**
 * Every time a reader sees is formatted here, always with a named IANA zone
 * and never with the machine's own zone, so the same page reads the same on
 * a build server, in a browser in Tokyo and in a test.
 */
import { dateTimeFormat } from './date-time-format';
import { isIsoDate } from './iso';

function parts(iso: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const result: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of dateTimeFormat(timeZone, options).formatToParts(new Date(iso))) {
    result[part.type] = part.value;
  }
  return result;
}

export type ClockTime = {
  /** `Wed, Dec 11, 2024` */
  date: string;
  /** `Dec 11` */
  shortDate: string;
  /** `15:16` on a 24-hour clock */
  time: string;
  /** The zone's abbreviation at that instant: `PST`, `UTC`, `GMT+1` */
  zone: string;
  /** `2024-12-11`, the calendar day in that zone */
  day: string;
};

/**
 * Clocks already read. A build formats the same instants again and again (each
 * event in two zones, each incident's date on every list it is in), and
 * formatToParts is the slowest step of prerendering a thousand incidents.
 */
const clocks = new Map<string, ClockTime>();
const MAX_CLOCKS = 100_000;

/** How `iso` reads on a wall clock in `timeZone`. */
export function formatClock(iso: string, timeZone: string): ClockTime {
  const key = `${timeZone} ${iso}`;
  let clock = clocks.get(key);
  if (!clock) {
    if (clocks.size >= MAX_CLOCKS) clocks.clear();
    clock = Object.freeze(readClock(iso, timeZone));
    clocks.set(key, clock);
  }
  return clock;
}

/** en-US short month names, as Intl writes them with `month: 'short'` (tests/unit/format.test.ts holds the two equal). */
export const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// One reading gives every field: the month comes as a number and is named here.
function readClock(iso: string, timeZone: string): ClockTime {
  const p = parts(iso, timeZone, {
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const month = SHORT_MONTHS[Number(p.month) - 1];
  const day = String(Number(p.day));
  return {
    date: `${p.weekday}, ${month} ${day}, ${p.year}`,
    shortDate: `${month} ${day}`,
    time: `${p.hour}:${p.minute}`,
    zone: p.timeZoneName ?? timeZone,
    day: `${p.year}-${p.month}-${p.day}`,
  };
}

/** How much of an instant a reader is shown: `15:16 PST`, `Dec 11, 15:16 PST` or `Wed, Dec 11, 2024`. */
export type ClockDisplay = 'time' | 'datetime' | 'date';

/** A time or a figure as given, or marked `≈` when it is, or rests on, a time the source gives only roughly. */
export function approximately(text: string, approximate: boolean): string {
  return approximate ? `≈\u202F${text}` : text;
}

/**
 * The words a reader sees for an instant in a zone; `≈` marks an approximate time.
 * A `time` read against a day gains its date where it falls on another: `sameDayAs`
 * is an instant (the start of the range it ends: `23:16 UTC to Dec 12, 03:38 UTC`)
 * or a calendar day, `2024-12-11` (the day prose written in the incident's zone names).
 */
export function clockText(iso: string, timeZone: string, display: ClockDisplay, approximate = false, sameDayAs?: string): string {
  const clock = formatClock(iso, timeZone);
  if (display === 'date') return clock.date;
  const day = sameDayAs === undefined || isIsoDate(sameDayAs) ? sameDayAs : formatClock(sameDayAs, timeZone).day;
  const dated = display === 'datetime' || (day !== undefined && day !== clock.day);
  return approximately(`${dated ? `${clock.shortDate}, ` : ''}${clock.time} ${clock.zone}`, approximate);
}

/** An event's time as prose referring to it reads in a zone: `15:12 PST`, `≈ 17:40 PST`, or `Tue, Dec 10, 2024` when only its day is known. */
export function eventRefText(iso: string, timeZone: string, dayOnly: boolean, approximate: boolean): string {
  return dayOnly ? formatClock(iso, timeZone).date : clockText(iso, timeZone, 'time', approximate);
}

/** The exact instant in UTC, for hover text: `2024-12-11 23:16:00 UTC`. */
export function formatExactUtc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The zone's abbreviation at a given instant (`PST` in winter, `PDT` in summer). */
export function zoneAbbreviation(timeZone: string, iso: string): string {
  return formatClock(iso, timeZone).zone;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A length of time for reading: `4 h 22 min`, `3 min`, `2 d 1 h`, `under 1 min`. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / MINUTE);
  if (total === 0) return ms === 0 ? '0 min' : 'under 1 min';
  const days = Math.floor(total / (DAY / MINUTE));
  const hours = Math.floor((total % (DAY / MINUTE)) / 60);
  const minutes = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** A compact signed offset from impact start: `T+24m`, `T+1h24m`, `T−3m`, `T−1d`. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '−' : '+';
  const total = Math.round(Math.abs(ms) / MINUTE);
  const days = Math.floor(total / (DAY / MINUTE));
  const hours = Math.floor((total % (DAY / MINUTE)) / 60);
  const minutes = total % 60;
  let text = '';
  if (days > 0) text += `${days}d`;
  if (hours > 0) text += `${hours}h`;
  if (minutes > 0 || text === '') text += `${minutes}m`;
  return `T${sign}${text}`;
}

/** A duration for machines: ISO 8601 `PT4H22M`, for `<time datetime>`. */
export function isoDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / MINUTE);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 || hours === 0 ? `${minutes}M` : ''}`;
}

/** A duration that may run before its reference point: `−3 min`, `1 h 5 min`. */
export function formatSignedDuration(ms: number): string {
  return ms < 0 && Math.round(-ms / MINUTE) > 0 ? `−${formatDuration(ms)}` : formatDuration(ms);
}

/**
 * Timestamps in content are ISO 8601 strings with an explicit UTC offset
 * (`2024-12-11T15:16:00-08:00` or `…Z`). A time without an offset is
 * ambiguous, so it is rejected rather than guessed.
 */
import { dateTimeFormat } from './date-time-format';

export const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years 0001–9999, as four digits allow; setUTCFullYear, since Date.UTC reads 0–99 as 1900–1999. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Offsets in use run from −12:00 to +14:00; anything beyond ±14:00 is a typo. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** True for a real calendar time written as ISO 8601 with a UTC offset. */
export function isIsoTimeWithOffset(text: string): boolean {
  return ISO_WITH_OFFSET.test(text) && impossibleTimePart(text) === undefined;
}

/**
 * What makes a time written in the form of ISO 8601 impossible, in words: `there is no
 * 2025-02-30`, `hours run from 00 to 23`, `offsets run from -12:00 to +14:00`; undefined
 * when it is possible, or not in that form.
 */
export function impossibleTimePart(text: string): string | undefined {
  const match = ISO_WITH_OFFSET.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '0', , zone, offsetHours, offsetMinutes] = match;
  if (!isRealDate(Number(year), Number(month), Number(day))) return `there is no ${year}-${month}-${day}${Number(year) < 1 ? ' (years start at 0001)' : ''}`;
  if (Number(hour) > 23) return 'hours run from 00 to 23';
  if (Number(minute) > 59 || Number(second) > 59) return 'minutes and seconds run from 00 to 59';
  if (zone !== 'Z' && (Number(offsetMinutes) > 59 || Number(offsetHours) * 60 + Number(offsetMinutes) > MAX_OFFSET_MINUTES)) return 'offsets run from -12:00 to +14:00';
  return undefined;
}

/** True for a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Milliseconds since the epoch; only call with text that passed `isIsoTimeWithOffset`. */
export function toEpochMs(iso: string): number {
  return Date.parse(iso);
}

// `Area/Location` (any depth) or UTC; abbreviations such as PST or EST are
// ambiguous and, where Intl accepts them, may not mean what the author thinks.
const IANA_NAME = /^(?:UTC|Etc\/[A-Za-z0-9+-]+|[A-Z][A-Za-z_-]+(?:\/[A-Z0-9][A-Za-z0-9_+-]*)+)$/;

/** The zone names this runtime lists (canonical IANA names, and UTC): the candidates when a name is misspelt. */
export function listedTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

/** True when `timeZone` is an IANA zone name (`America/Los_Angeles`, `UTC`) this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (!IANA_NAME.test(timeZone)) return false;
  try {
    dateTimeFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

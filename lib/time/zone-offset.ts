import { dateTimeFormat } from './date-time-format';

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};

/** The zone's offset from UTC at an instant, in ms (−8 h for Los Angeles in winter). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const parts = dateTimeFormat(timeZone, WALL_CLOCK).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wallClock = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wallClock - Math.floor(epochMs / 1000) * 1000;
}

function pad(value: number): string {
  return String(Math.abs(value)).padStart(2, '0');
}

/** `+01:00`, `-08:00`, `+05:30` */
export function formatUtcOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * The ISO 8601 time, with the zone's offset on that day, of a wall-clock time
 * in a zone: (`2025-03-04`, `09:00`, `Europe/Berlin`) → `2025-03-04T09:00:00+01:00`.
 */
export function wallClockToIso(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  // The offset depends on the instant; two passes settle it, also next to a DST change.
  let instant = wallClock - zoneOffsetMs(wallClock, timeZone);
  instant = wallClock - zoneOffsetMs(instant, timeZone);
  return `${date}T${time}:00${formatUtcOffset(zoneOffsetMs(instant, timeZone))}`;
}

/** An instant as ISO 8601 in a zone, to the second: (1733958963000, `America/Los_Angeles`) → `2024-12-11T15:16:03-08:00`. */
export function instantToIso(epochMs: number, timeZone: string): string {
  const offsetMs = zoneOffsetMs(epochMs, timeZone);
  const wallClock = new Date(Math.floor(epochMs / 1000) * 1000 + offsetMs).toISOString().slice(0, 19);
  return `${wallClock}${formatUtcOffset(offsetMs)}`;
}

export type WallClockReading =
  | { kind: 'exact'; iso: string }
  /** Clocks went forward over this time: it never happened in the zone. */
  | { kind: 'skipped' }
  /** Clocks went back over this time: it happened twice; the earlier reading first. */
  | { kind: 'ambiguous'; readings: [string, string] };

/** Every instant a wall-clock time names in a zone, so that a caller never silently picks one. */
export function readWallClock(date: string, time: string, timeZone: string): WallClockReading {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const oneDay = 24 * 3600_000;
  const offsets = [...new Set([zoneOffsetMs(wallClock - oneDay, timeZone), zoneOffsetMs(wallClock + oneDay, timeZone), zoneOffsetMs(wallClock, timeZone)])];
  const instants = offsets
    .map((offset) => wallClock - offset)
    .filter((instant) => zoneOffsetMs(instant, timeZone) === wallClock - instant)
    .sort((a, b) => a - b);
  const readings = [...new Set(instants)].map((instant) => instantToIso(instant, timeZone));
  if (readings.length === 0) return { kind: 'skipped' };
  if (readings.length === 1) return { kind: 'exact', iso: readings[0]! };
  return { kind: 'ambiguous', readings: [readings[0]!, readings.at(-1)!] };
}

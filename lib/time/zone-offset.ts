/** The zone's offset from UTC at an instant, in ms (−8 h for Los Angeles in winter). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
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

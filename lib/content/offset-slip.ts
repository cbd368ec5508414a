import { formatClock } from '../time/format';
import { toEpochMs } from '../time/iso';
import { formatUtcOffset, readWallClock, zoneOffsetMs } from '../time/zone-offset';

/**
 * A time written with an offset that the incident's zone does not have at that
 * instant, and that is not UTC either. Most often a daylight-saving slip
 * (`-07:00` in a Los Angeles December): the instant is then an hour away from
 * the clock time the author read.
 */
export type OffsetSlip = {
  /** The offset as written: `-07:00`. */
  written: string;
  /** The zone's offset at the written instant: `-08:00`. */
  expected: string;
  /** How the time as written reads in the zone: `Dec 11, 14:13 PST`. */
  reads: string;
  /** What to write for the clock time as written (`offsetAdvice`). */
  advice: string;
};

const OFFSET = /(?:Z|[+-]\d\d:\d\d)$/;
const DAY_MS = 86_400_000;

/**
 * The zone's offset at an instant. Checking a library reads it for every time
 * of every incident; one reading at each end of a UTC day serves the whole day
 * when the clocks do not change in it, which is almost every day.
 */
const steadyOffsets = new Map<string, string | null>();
function offsetAt(epochMs: number, timeZone: string): string {
  const day = Math.floor(epochMs / DAY_MS);
  const key = `${timeZone} ${day}`;
  let steady = steadyOffsets.get(key);
  if (steady === undefined) {
    if (steadyOffsets.size >= 10_000) steadyOffsets.clear();
    const first = zoneOffsetMs(day * DAY_MS, timeZone);
    steady = first === zoneOffsetMs((day + 1) * DAY_MS - 1000, timeZone) ? formatUtcOffset(first) : null;
    steadyOffsets.set(key, steady);
  }
  return steady ?? formatUtcOffset(zoneOffsetMs(epochMs, timeZone));
}

/** The slip in `iso` (a time that passed the schema), if its offset is neither UTC nor the zone's. */
export function offsetSlip(iso: string, timeZone: string): OffsetSlip | undefined {
  const written = OFFSET.exec(iso)?.[0];
  if (written === undefined || written === 'Z' || written === '+00:00' || written === '-00:00') return undefined;
  const expected = offsetAt(toEpochMs(iso), timeZone);
  if (written === expected) return undefined;
  const read = formatClock(iso, timeZone);
  return { written, expected, reads: `${read.shortDate}, ${read.time} ${read.zone}`, advice: offsetAdvice(iso.slice(0, iso.length - written.length), timeZone) };
}

/** `-07:00 is not the offset America/Los_Angeles has at that time (-08:00); for 15:13 in America/Los_Angeles, write "…"` */
export function describeSlip(slip: OffsetSlip, timeZone: string): string {
  return `${slip.written} is not the offset ${timeZone} has at that time (${slip.expected}); ${slip.advice}`;
}

/**
 * What to write for a clock time in a zone, given as a time without its offset
 * (`2024-12-11T15:13:00`): the same text with the zone's offset then. A time the
 * clocks went forward over never happened there, and one they went back over
 * happened twice: each is said to be so, and no offset is guessed for it.
 */
export function offsetAdvice(local: string, timeZone: string): string {
  const date = local.slice(0, 10);
  const clock = local.slice(11, 16);
  const reading = readWallClock(date, clock, timeZone);
  const withOffset = (iso: string) => `"${local}${iso.slice(-6)}"`;
  if (reading.kind === 'exact') return `for ${clock} in ${timeZone}, write ${withOffset(reading.iso)}`;
  if (reading.kind === 'skipped') return `${clock} did not happen on ${date} in ${timeZone}, as the clocks went forward over it: check the time and its zone`;
  const [first, second] = reading.readings;
  return `${clock} happened twice on ${date} in ${timeZone}, as the clocks went back: write ${withOffset(first)} for the first, ${withOffset(second)} for the second`;
}

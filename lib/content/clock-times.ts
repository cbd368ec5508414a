/**
 * Clock times written into text ("ran from 14:51 to 15:20") that name no zone.
 * The page shows every time field in the zone the reader picks, but text stays
 * as written: a bare "14:51" then reads as the reader's zone, or as nothing.
 */

/** `14:51`, `9:05`, `15:12:30`, `9:05 AM`, `11:38 a.m.`, `9am`, `3 p.m.`: not part of a longer number or an ISO time's date. */
const CLOCK = /(?<![\d:.])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.m\.|[ap]m\b))?(?![\d:])|(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m\b))/gi;
/** A zone right after the time: `PST`, `CEST`, `UTC+9`, `GMT`, `Z`, `-08:00`, `Pacific time`. */
const ZONE = /^\s*\(?(?:(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\b|Z\b|[A-Z]{1,4}T\b|[+-]\d{2}:?\d{2}\b|(?:Pacific|Eastern|Central|Mountain)\b)/;
/** Between the two times of a range, which share the zone written after the second. */
const BETWEEN = /^\s*(?:–|—|-|to|and|until|through)\s*$/i;

/** An ISO 8601 date and time, which carries its own offset. */
const ISO_DATE_TIME = /\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?/g;

/** The clock times in `text` with no zone written after them or after the range they open, each with where it starts. */
export function clockTimesWithoutZoneAt(written: string): { text: string; index: number }[] {
  const text = written.replace(ISO_DATE_TIME, (iso) => ' '.repeat(iso.length));
  const times = [...text.matchAll(CLOCK)].map((match) => ({ text: match[0], index: match.index, end: match.index + match[0].length }));
  const zoned: boolean[] = [];
  for (let i = times.length - 1; i >= 0; i--) {
    const time = times[i]!;
    const next = times[i + 1];
    zoned[i] = ZONE.test(text.slice(time.end)) || (next !== undefined && zoned[i + 1] === true && BETWEEN.test(text.slice(time.end, next.index)));
  }
  return times.filter((_, i) => !zoned[i]).map(({ text: time, index }) => ({ text: time, index }));
}

export const clockTimesWithoutZone = (written: string): string[] => clockTimesWithoutZoneAt(written).map((time) => time.text);

/** What `time-without-zone` says, with an example in the incident's zone when it is known. */
export function timeWithoutZoneMessage(bare: readonly string[], zoneAbbreviation: string | undefined): string {
  const example = zoneAbbreviation ? `, e.g. "${bare[0]} ${zoneAbbreviation}"` : '';
  return `expected a zone beside ${bare.map((time) => `"${time}"`).join(', ')}${example}: every time field follows the zone a reader picks, but text is shown as written`;
}

/** Fields whose values are instants or dates, which the page formats itself, or not text at all. */
const NOT_PROSE = new Set(['at', 'until', 'start', 'end', 'publishedAt', 'completed', 'due', 'timeZone', 'id', 'tracker']);

/** Every text value of the frontmatter, with its path, except the fields above. */
export function proseFields(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof data === 'string') return NOT_PROSE.has(String(path.at(-1))) ? [] : [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => proseFields(item, [...path, i]));
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => proseFields(value, [...path, key]));
  return [];
}

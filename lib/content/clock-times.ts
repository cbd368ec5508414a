/**
 * Clock times written into text ("ran from 14:51 to 15:20") that name no zone.
 * The page shows every time field in the zone the reader picks, but text stays
 * as written: a bare "14:51" then reads as the reader's zone, or as nothing.
 */

/** `14:51`, `9:05`, `15:12:30`, `9:05 AM`, `11:38 a.m.`: not part of a longer number or an ISO time's date. */
const CLOCK = /(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.m\.|[ap]m\b))?(?![\d:])/gi;
/** A zone right after the time: `PST`, `CEST`, `UTC+9`, `GMT`, `Z`, `-08:00`, `Pacific time`. */
const ZONE = /^\s*\(?(?:(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\b|Z\b|[A-Z]{1,4}T\b|[+-]\d{2}:?\d{2}\b|(?:Pacific|Eastern|Central|Mountain)\b)/;
/** Between the two times of a range, which share the zone written after the second. */
const BETWEEN = /^\s*(?:–|—|-|to|and|until|through)\s*$/i;

/** An ISO 8601 date and time, which carries its own offset. */
const ISO_DATE_TIME = /\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?/g;

/** The clock times in `text` with no zone written after them or after the range they open. */
export function clockTimesWithoutZone(written: string): string[] {
  const text = written.replace(ISO_DATE_TIME, (iso) => ' '.repeat(iso.length));
  const times = [...text.matchAll(CLOCK)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  const zoned: boolean[] = [];
  for (let i = times.length - 1; i >= 0; i--) {
    const time = times[i]!;
    const next = times[i + 1];
    zoned[i] = ZONE.test(text.slice(time.end)) || (next !== undefined && zoned[i + 1] === true && BETWEEN.test(text.slice(time.end, next.start)));
  }
  return times.filter((_, i) => !zoned[i]).map((time) => time.text);
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

import { stringify } from 'yaml';
import { splitSource } from '../../lib/content/frontmatter';
import { toEpochMs } from '../../lib/time/iso';

type SourceEvent = { id: string; at: string; precision?: string; kind: string; title: string; detail?: string; services?: string[] };

/** Prefix of the ids of added events; the source must use no id that starts with it. */
export const ADDED_EVENT_PREFIX = 'bench-event-';

const wholeSecondIso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The same incident with its timeline grown to `events` events, for page
 * benchmarks. Every original event stays, with its id and time, so references
 * from the body, windows and remediations still hold. The added events are
 * spread evenly, to the second, between the first event known to the minute
 * and the last event; each copies the kind, title, detail and services of an
 * original event at or before its own time (taken in turn), never a trigger,
 * so the first alert and recoveries, and with them every derived figure, stay
 * those of the original. Deterministic: the same source gives the same text.
 * The rest of the file is left byte for byte.
 */
export function expandTimeline(source: string, events: number): string {
  const split = splitSource('source.mdx', source);
  if (split.errors.length > 0) throw new Error(`the source does not split: ${split.errors[0]!.message}`);
  const timeline = (split.data as { timeline?: SourceEvent[] }).timeline;
  if (!Array.isArray(timeline) || timeline.length === 0) throw new Error('the source has no timeline');
  if (events < timeline.length) throw new Error(`cannot expand ${timeline.length} events to ${events}: the source already has more`);
  if (source.includes(ADDED_EVENT_PREFIX)) throw new Error(`the source already uses "${ADDED_EVENT_PREFIX}"`);

  const timed = timeline.filter((event) => event.precision !== 'day');
  if (timed.length === 0) throw new Error('the source has no event known to the minute');
  const start = toEpochMs(timed[0]!.at);
  const end = toEpochMs(timeline.at(-1)!.at);
  const added = events - timeline.length;
  const digits = String(added).length;

  const copies: { event: Record<string, unknown>; ms: number }[] = [];
  let turn = 0;
  for (let k = 1; k <= added; k++) {
    const ms = start + Math.floor(((end - start) * k) / (added + 1) / 1000) * 1000;
    const eligible = timed.filter((event) => toEpochMs(event.at) <= ms);
    const original = eligible[turn++ % eligible.length]!;
    copies.push({
      ms,
      event: {
        id: `${ADDED_EVENT_PREFIX}${String(k).padStart(digits, '0')}`,
        at: wholeSecondIso(ms),
        kind: original.kind,
        title: original.title,
        ...(original.detail === undefined ? {} : { detail: original.detail }),
        ...(original.services === undefined ? {} : { services: original.services }),
      },
    });
  }

  // Merge by time; at equal times the original comes first, so a copy never precedes what it copies.
  const merged: Record<string, unknown>[] = [];
  let next = 0;
  for (const event of timeline) {
    const at = toEpochMs(event.at);
    while (next < copies.length && copies[next]!.ms < at) merged.push(copies[next++]!.event);
    merged.push(event);
  }
  while (next < copies.length) merged.push(copies[next++]!.event);

  return replaceTimelineBlock(source, stringify({ timeline: merged }, { lineWidth: 0 }));
}

/** Swaps the top-level `timeline:` block of the frontmatter for `block` (which starts with `timeline:`). */
function replaceTimelineBlock(source: string, block: string): string {
  const lines = source.split('\n');
  const from = lines.findIndex((line) => /^timeline:\s*$/.test(line));
  if (from < 0) throw new Error('no top-level "timeline:" line in the source');
  let to = from + 1;
  while (to < lines.length && !/^(\S|---)/.test(lines[to]!)) to++;
  // Keep a blank line that separated the block from the next key.
  while (to > from + 1 && lines[to - 1]!.trim() === '') to--;
  return [...lines.slice(0, from), block.trimEnd(), ...lines.slice(to)].join('\n');
}

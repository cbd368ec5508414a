import { toEpochMs } from '../time/iso';
import { zoneOffsetMs } from '../time/zone-offset';
import type { ImpactWindow, TimelineEvent } from '../content/schema';
import type { ImpactDegree } from '../content/vocabulary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Where each event sits relative to impact and to the event before it. */
export type EventPlacement = {
  sinceImpactStartMs: number;
  /** The time of the event before it in the list, if any (for showing only what changed, e.g. the date). */
  previousAt: string | undefined;
  /** Time since the previous event; undefined for the first, and next to an event known only to the day. */
  gapBeforeMs: number | undefined;
  /**
   * 0–1, how much space to leave before this event in the list: grows with the
   * logarithm of the gap, so three quiet hours look long next to busy minutes
   * without pushing the list off the screen.
   */
  spacing: number;
  /** True when the event falls inside a customer-impact window. */
  inImpact: boolean;
  /** The figures above that rest on an approximate time (the event's, the one before it, or impact start), by name. */
  approximate: ('sinceImpactStartMs' | 'gapBeforeMs')[];
};

const SPACING_FULL_AT = 3 * HOUR;

/** Each event with its placement on it; `impactStartApproximate` when the start of impact is known only roughly. */
export function placeEvents<Event extends TimelineEvent>(
  timeline: readonly Event[],
  windows: readonly ImpactWindow[],
  impactStart: string,
  impactStartApproximate = false,
): (Event & { placement: EventPlacement })[] {
  const start = toEpochMs(impactStart);
  const spans = windows.map((window) => [toEpochMs(window.start), toEpochMs(window.end)] as const);
  return timeline.map((event, i) => {
    const at = toEpochMs(event.at);
    const previous = timeline[i - 1];
    // A gap from or to an event known only to the day is not a measured gap.
    const gap =
      previous && previous.precision === 'minute' && event.precision === 'minute'
        ? at - toEpochMs(previous.at)
        : undefined;
    const spacing =
      gap === undefined || gap <= 0
        ? 0
        : Math.min(1, Math.log1p(gap / MINUTE) / Math.log1p(SPACING_FULL_AT / MINUTE));
    const placement: EventPlacement = {
      sinceImpactStartMs: at - start,
      previousAt: previous?.at,
      gapBeforeMs: gap,
      spacing,
      inImpact: spans.some(([from, to]) => at >= from && at <= to),
      approximate: [
        ...(event.approximate || impactStartApproximate ? (['sinceImpactStartMs'] as const) : []),
        ...(gap !== undefined && (event.approximate || previous?.approximate) ? (['gapBeforeMs'] as const) : []),
      ],
    };
    return { ...event, placement };
  });
}

/** A linear time axis for the overview strip; positions run from 0 to 1. */
export type TimelineScale = {
  start: string;
  end: string;
  ticks: { at: string; position: number }[];
  windows: { id: string; label: string; degree: ImpactDegree; measure: string | undefined; from: number; to: number }[];
  /**
   * One mark per event, except that events of one kind closer than a strip
   * slot share a mark (`count` > 1, linking to the first): a strip is a few
   * hundred pixels wide, and thousands of marks would only cost the page.
   * Kinds never share a mark, so that the kind filter can hide a kind's marks
   * with its events; marks of several kinds in one slot are drawn over one
   * another, the latest on top. `endPosition`
   * is set for events that span time, such as a rollout window; those share a
   * mark with the spans starting in their slot, which reaches the furthest end.
   */
  markers: { id: string; kind: TimelineEvent['kind']; title: string; count: number; position: number; endPosition: number | undefined }[];
};

/**
 * How many distinct places the strip tells apart: about one per mark's width
 * (6 px) on a phone, and a few hundred marks at most even for thousands of events.
 */
export const STRIP_SLOTS = 80;

const TICK_STEPS = [HOUR / 4, HOUR / 2, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR];
const MAX_TICKS = 8;

/**
 * The axis spans every event known to the minute and every impact window;
 * events known only to the day are left off it, since they have no place on a
 * clock. Ticks fall on whole hours of the incident's own zone.
 */
export function timelineScale(
  timeline: readonly TimelineEvent[],
  windows: readonly ImpactWindow[],
  timeZone: string,
): TimelineScale {
  const timed = timeline.filter((event) => event.precision === 'minute');
  const instants = [
    ...timed.flatMap((event) => (event.until ? [event.at, event.until] : [event.at])),
    ...windows.flatMap((window) => [window.start, window.end]),
  ].map(toEpochMs);
  const start = Math.min(...instants);
  const end = Math.max(...instants);
  const length = Math.max(end - start, MINUTE);
  const position = (epochMs: number) => (epochMs - start) / length;

  const step = TICK_STEPS.find((candidate) => length / candidate <= MAX_TICKS) ?? 24 * HOUR;
  // Ticks step through the zone's wall clock, so that they stay on its whole hours across a change of daylight saving time.
  const ticks: TimelineScale['ticks'] = [];
  const wallEnd = end + zoneOffsetMs(end, timeZone);
  for (let wall = Math.ceil((start + zoneOffsetMs(start, timeZone)) / step) * step; wall <= wallEnd; wall += step) {
    const t = wall - zoneOffsetMs(wall - zoneOffsetMs(wall, timeZone), timeZone);
    const at = new Date(t).toISOString();
    if (t >= start && t <= end && ticks.at(-1)?.at !== at) ticks.push({ at, position: position(t) });
  }

  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    ticks,
    windows: windows.map((window) => ({
      id: window.id,
      label: window.label,
      degree: window.degree ?? 'outage',
      measure: window.measure,
      from: position(toEpochMs(window.start)),
      to: position(toEpochMs(window.end)),
    })),
    markers: stripMarkers(timed, position),
  };
}

function stripMarkers(timed: readonly TimelineEvent[], position: (epochMs: number) => number): TimelineScale['markers'] {
  const markers: TimelineScale['markers'] = [];
  const bySlot = new Map<string, TimelineScale['markers'][number]>();
  for (const event of timed) {
    const at = position(toEpochMs(event.at));
    const endPosition = event.until === undefined ? undefined : position(toEpochMs(event.until));
    const key = `${Math.min(STRIP_SLOTS - 1, Math.floor(at * STRIP_SLOTS))} ${event.kind} ${endPosition === undefined ? 'instant' : 'span'}`;
    const shared = bySlot.get(key);
    if (shared) {
      shared.count += 1;
      if (endPosition !== undefined) shared.endPosition = Math.max(shared.endPosition ?? endPosition, endPosition);
      continue;
    }
    const marker = { id: event.id, kind: event.kind, title: event.title, count: 1, position: at, endPosition };
    bySlot.set(key, marker);
    markers.push(marker);
  }
  return markers;
}

import { beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../lib/content/load';
import type { ImpactWindow, TimelineEvent } from '../../lib/content/schema';
import { formatClock } from '../../lib/time/format';
import { placeEvents, STRIP_SLOTS, timelineScale, type EventPlacement } from '../../lib/timeline/layout';
import { loadFrozenIncident } from './frozen-incident';

const MINUTE = 60_000;
const pst = (clock: string) => Date.parse(`2024-12-11T${clock}:00-08:00`);

let incident: Incident;
let byId: Map<string, EventPlacement>;

const placement = (id: string): EventPlacement => {
  const found = byId.get(id);
  if (!found) throw new Error(`no placement for ${id}`);
  return found;
};

beforeAll(async () => {
  incident = await loadFrozenIncident();
  byId = new Map(placeEvents(incident.timeline, incident.impactWindows, incident.metrics.impactStart).map((event) => [event.id, event.placement]));
});

describe('placeEvents on the OpenAI incident', () => {
  it('puts the same placement on each event of the loaded incident', () => {
    expect(incident.timeline.map((event) => event.placement)).toEqual([...byId.values()]);
  });

  it('marks events inside the impact window, its two ends included', () => {
    expect(placement('impact-begins').inImpact).toBe(true);
    expect(placement('first-cluster-recovered').inImpact).toBe(true);
    expect(placement('all-clusters-recovered').inImpact).toBe(true);
  });

  it('leaves events before and after the impact window outside it', () => {
    expect(placement('staging-verified').inImpact).toBe(false);
    expect(placement('telemetry-deployed').inImpact).toBe(false);
    expect(placement('alerts-fire').inImpact).toBe(false);
    expect(placement('status-monitoring').inImpact).toBe(false);
  });

  it('measures each event from impact start', () => {
    expect(placement('alerts-fire').sinceImpactStartMs).toBe(pst('15:13') - pst('15:16'));
    expect(placement('first-cluster-recovered').sinceImpactStartMs).toBe(pst('16:36') - pst('15:16'));
  });

  it('gives the first event no gap and no spacing', () => {
    expect(placement('staging-verified')).toMatchObject({ gapBeforeMs: undefined, spacing: 0 });
  });

  it('gives events at the same minute no spacing', () => {
    expect(placement('root-cause-identified')).toMatchObject({ gapBeforeMs: 0, spacing: 0 });
  });

  it('measures the gap to the previous event', () => {
    expect(placement('alerts-fire').gapBeforeMs).toBe(pst('15:13') - pst('15:12'));
    expect(placement('status-recovery-path').gapBeforeMs).toBe(pst('16:55') - pst('16:36'));
    expect(placement('chatgpt-sora-recovered').gapBeforeMs).toBe(pst('18:50') - pst('17:50'));
    expect(placement('status-resolved').gapBeforeMs).toBe(pst('22:23') - pst('19:53'));
  });

  it('grows the spacing with the gap: 1 min < 19 min < 1 h < 2 h 30 min', () => {
    const spacings = ['alerts-fire', 'status-recovery-path', 'chatgpt-sora-recovered', 'status-resolved'].map(
      (id) => placement(id).spacing,
    );
    expect(spacings[0]).toBeGreaterThan(0);
    for (let i = 1; i < spacings.length; i++) expect(spacings[i]).toBeGreaterThan(spacings[i - 1] ?? Infinity);
    expect(spacings.at(-1)).toBeLessThan(1);
  });

  it('never shrinks the spacing for a longer gap', () => {
    const placements = [...byId.values()].filter((p) => p.gapBeforeMs !== undefined);
    placements.sort((a, b) => (a.gapBeforeMs ?? 0) - (b.gapBeforeMs ?? 0));
    for (let i = 1; i < placements.length; i++) {
      expect(placements[i]?.spacing).toBeGreaterThanOrEqual(placements[i - 1]?.spacing ?? Infinity);
    }
  });

  it('measures no gap from an event known only to the day', () => {
    expect(placement('change-merged')).toMatchObject({ gapBeforeMs: undefined, spacing: 0 });
  });
});

describe('placeEvents with long gaps', () => {
  const event = (id: string, at: string): TimelineEvent => ({
    id,
    at,
    precision: 'minute',
    approximate: false,
    kind: 'communication',
    title: id,
    trigger: false,
  });

  it('caps the spacing at 1 for a gap of three hours or more', () => {
    const placements = placeEvents(
      [event('a', '2024-12-11T10:00:00Z'), event('b', '2024-12-11T13:00:00Z'), event('c', '2024-12-12T13:00:00Z')],
      [],
      '2024-12-11T10:00:00Z',
    );
    expect(placements.map((placed) => placed.placement.spacing)).toEqual([0, 1, 1]);
    expect(placements[2]?.placement.gapBeforeMs).toBe(24 * 60 * MINUTE);
  });
});

describe('placeEvents with approximate times', () => {
  const event = (id: string, at: string, approximate = false): TimelineEvent => ({ id, at, precision: 'minute', approximate, kind: 'recovery', title: id, trigger: false });
  const approximateOf = (placed: ReturnType<typeof placeEvents>) => placed.map(({ id, placement }) => [id, placement.approximate]);

  it('marks the offset and the gap of a rough event, and the gap after it', () => {
    const events = [event('a', '2024-12-11T10:00:00Z'), event('b', '2024-12-11T11:00:00Z', true), event('c', '2024-12-11T12:00:00Z')];
    expect(approximateOf(placeEvents(events, [], '2024-12-11T10:00:00Z'))).toEqual([
      ['a', []],
      ['b', ['sinceImpactStartMs', 'gapBeforeMs']],
      ['c', ['gapBeforeMs']],
    ]);
  });

  it('marks every offset when impact began at a rough time', () => {
    const events = [event('a', '2024-12-11T10:00:00Z'), event('b', '2024-12-11T11:00:00Z')];
    expect(approximateOf(placeEvents(events, [], '2024-12-11T10:00:00Z', true))).toEqual([
      ['a', ['sinceImpactStartMs']],
      ['b', ['sinceImpactStartMs']],
    ]);
  });
});

describe('timelineScale on the OpenAI incident', () => {
  it('spans the events known to the minute and leaves out the one known to the day', () => {
    const { scale } = incident;
    expect(Date.parse(scale.start)).toBe(pst('14:23'));
    expect(Date.parse(scale.end)).toBe(pst('22:23'));
    expect(scale.markers.map((marker) => marker.id)).not.toContain('staging-verified');
    expect(scale.markers.reduce((sum, marker) => sum + marker.count, 0)).toBe(incident.timeline.length - 1);
  });

  it('puts every position in [0, 1], the first event at 0 and the last at 1', () => {
    const { scale } = incident;
    const positions = [
      ...scale.ticks.map((tick) => tick.position),
      ...scale.markers.map((marker) => marker.position),
      ...scale.windows.flatMap((window) => [window.from, window.to]),
    ];
    for (const position of positions) {
      expect(position).toBeGreaterThanOrEqual(0);
      expect(position).toBeLessThanOrEqual(1);
    }
    expect(scale.markers[0]?.position).toBe(0);
    expect(scale.markers.at(-1)?.position).toBe(1);
  });

  it('places the impact window by its times', () => {
    const span = pst('22:23') - pst('14:23');
    expect(incident.scale.windows).toEqual([
      {
        id: 'all-products-degraded',
        label: 'All products degraded or unavailable',
        degree: 'outage',
        measure: undefined,
        from: (pst('15:16') - pst('14:23')) / span,
        to: (pst('19:38') - pst('14:23')) / span,
      },
    ]);
  });

  it('puts hourly ticks on the whole hours of Pacific time', () => {
    const ticks = incident.scale.ticks.map((tick) => Date.parse(tick.at));
    expect(ticks).toEqual(['15:00', '16:00', '17:00', '18:00', '19:00', '20:00', '21:00', '22:00'].map(pst));
    for (const tick of incident.scale.ticks) {
      expect(formatClock(tick.at, 'America/Los_Angeles').time).toMatch(/^\d\d:00$/);
    }
  });
});

describe('timelineScale in a zone with a half-hour offset', () => {
  const ist = (clock: string) => `2024-12-12T${clock}:00+05:30`;
  const event = (id: string, clock: string): TimelineEvent => ({
    id,
    at: ist(clock),
    precision: 'minute',
    approximate: false,
    kind: 'impact',
    title: id,
    trigger: false,
  });
  const windows: ImpactWindow[] = [{ id: 'outage', start: ist('09:05'), end: ist('15:40'), label: 'Outage' }];
  const timeline = [event('begins', '09:05'), event('ends', '15:40')];

  it('puts ticks on whole hours of India time, which are half hours of UTC', () => {
    const scale = timelineScale(timeline, windows, 'Asia/Kolkata');
    expect(scale.ticks.map((tick) => Date.parse(tick.at))).toEqual(
      ['10:00', '11:00', '12:00', '13:00', '14:00', '15:00'].map((clock) => Date.parse(ist(clock))),
    );
    for (const tick of scale.ticks) expect(tick.at).toMatch(/:30:00\.000Z$/);
  });

  it('puts the same instants on whole UTC hours when told in UTC', () => {
    const scale = timelineScale(timeline, windows, 'UTC');
    for (const tick of scale.ticks) expect(tick.at).toMatch(/T\d\d:00:00\.000Z$/);
  });
});

describe('timelineScale across a change of daylight saving time', () => {
  // Los Angeles falls back from PDT to PST at 02:00 on November 3, 2024; 16 hours take a tick every 2 hours.
  const windows: ImpactWindow[] = [{ id: 'outage', start: '2024-11-02T20:00:00-07:00', end: '2024-11-03T11:00:00-08:00', label: 'Outage' }];
  const event = (id: string, at: string): TimelineEvent => ({ id, at, precision: 'minute', approximate: false, kind: 'impact', title: id, trigger: false });
  const timeline = [event('begins', windows[0]!.start), event('ends', windows[0]!.end)];

  it('keeps every tick on an even hour of the zone\'s own clock, before and after the change', () => {
    const scale = timelineScale(timeline, windows, 'America/Los_Angeles');
    const clocks = scale.ticks.map((tick) => formatClock(tick.at, 'America/Los_Angeles').time);
    expect(clocks).toEqual(['20:00', '22:00', '00:00', '02:00', '04:00', '06:00', '08:00', '10:00']);
  });
});

describe('timelineScale markers on a long timeline', () => {
  const KINDS = ['communication', 'investigation', 'mitigation'] as const;
  // 3,000 events over ten hours, a kind in turn, and one rollout spanning an hour.
  const start = Date.parse('2024-12-11T10:00:00Z');
  const timeline: TimelineEvent[] = Array.from({ length: 3000 }, (_, i) => ({
    id: `event-${i}`,
    at: new Date(start + i * 12_000).toISOString(),
    precision: 'minute',
    approximate: false,
    kind: KINDS[i % KINDS.length]!,
    title: `Event ${i}`,
    trigger: false,
    ...(i === 100 ? { until: new Date(start + 3_600_000).toISOString() } : {}),
  }));
  const windows: ImpactWindow[] = [{ id: 'outage', start: timeline[0]!.at, end: timeline.at(-1)!.at, label: 'Outage' }];
  const { markers } = timelineScale(timeline, windows, 'UTC');

  const slot = (position: number) => Math.min(STRIP_SLOTS - 1, Math.floor(position * STRIP_SLOTS));

  it('draws at most one mark per slot and kind for instants, and one for spans', () => {
    expect(markers.length).toBeLessThanOrEqual(2 * STRIP_SLOTS * KINDS.length);
    const instantPlaces = markers.filter((marker) => marker.endPosition === undefined).map((marker) => `${slot(marker.position)} ${marker.kind}`);
    expect(new Set(instantPlaces).size).toBe(instantPlaces.length);
    // Every slot holds events of the three kinds, and kinds never share a mark (the kind filter hides a kind's marks).
    expect(instantPlaces).toHaveLength(STRIP_SLOTS * KINDS.length);
  });

  it('counts every event once and links each mark to the first event of its kind in its slot', () => {
    expect(markers.reduce((sum, marker) => sum + marker.count, 0)).toBe(timeline.length);
    const firstInPlace = new Map<string, { event: TimelineEvent; count: number }>();
    for (const event of timeline) {
      if (event.until !== undefined) continue;
      const position = (Date.parse(event.at) - start) / (Date.parse(timeline.at(-1)!.at) - start);
      const place = `${slot(position)} ${event.kind}`;
      const first = firstInPlace.get(place);
      if (first) first.count += 1;
      else firstInPlace.set(place, { event, count: 1 });
    }
    expect(markers.filter((marker) => marker.endPosition === undefined).map((marker) => [marker.id, marker.kind, marker.count])).toEqual(
      [...firstInPlace.values()].map(({ event, count }) => [event.id, event.kind, count]),
    );
    expect(markers.find((marker) => marker.id === 'event-100')).toMatchObject({ count: 1, endPosition: expect.any(Number) });
  });

  it('merges spans starting in one slot into one mark reaching the furthest end', () => {
    const spans: TimelineEvent[] = [0, 1, 2].map((i) => ({
      id: `rollout-${i}`,
      at: new Date(start + i * 1000).toISOString(),
      until: new Date(start + (i === 1 ? 5 : 2) * 3_600_000).toISOString(),
      precision: 'minute',
      approximate: false,
      kind: 'change',
      title: `Rollout ${i}`,
      trigger: false,
    }));
    const scale = timelineScale([...spans, timeline.at(-1)!], windows, 'UTC');
    const span = scale.markers.find((marker) => marker.endPosition !== undefined);
    expect(span).toMatchObject({ id: 'rollout-0', count: 3 });
    expect(span!.endPosition).toBeCloseTo((5 * 3_600_000) / (Date.parse(timeline.at(-1)!.at) - start), 9);
  });
});

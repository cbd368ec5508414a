import { toEpochMs } from '../time/iso';
import type { ImpactWindow, IncidentFrontmatter, TimelineEvent } from '../content/schema';

/**
 * Figures derived from the timeline, never typed by hand. Events known only to
 * the day (`precision: day`) never enter a figure. Incident-wide durations are
 * measured from the start of customer impact (the earliest impact window):
 *
 * - customer impact: the time covered by at least one impact window (overlaps count once, gaps not at all);
 * - trigger to alert: from the event marked `trigger` to the first `alert` at or after it;
 * - time to detect: from impact start to the first `alert` (negative when alerts fired first);
 * - time to mitigate: from impact start to the first `recovery` event, when impact first eased;
 * - time to resolve: from impact start to the end of the last impact window.
 *
 * Each window has the same figures counted within it (see `WindowFigures`), and
 * each service its own, counted from that service's first impact (see `ServiceImpact`).
 *
 * A figure that rests on an approximate time (an event marked `approximate`, or a
 * window end named in the window's `approximate`) is approximate too: every object
 * holding figures lists such figures by name in its `approximate`, and the page marks them ≈.
 */
export type IncidentMetrics = {
  impactStart: string;
  impactEnd: string;
  customerImpactMs: number;
  triggerToAlertMs: number | undefined;
  timeToDetectMs: number | undefined;
  timeToMitigateMs: number | undefined;
  timeToResolveMs: number;
  /** Stretches of impact with no gap, overlapping windows merged: what a reader calls "the waves". */
  impactSpans: { start: string; end: string; durationMs: number; approximate: ('start' | 'end' | 'durationMs')[] }[];
  serviceImpact: ServiceImpact[];
  approximate: (
    | 'impactStart'
    | 'impactEnd'
    | 'customerImpactMs'
    | 'triggerToAlertMs'
    | 'timeToDetectMs'
    | 'timeToMitigateMs'
    | 'timeToResolveMs'
  )[];
};

/**
 * One impact window's figures (see `windowFigures`). Its alerts are those after the end of every
 * window that ended before it began, up to its own end (so an alert that came
 * just before the impact counts, negatively); its recovery is the first
 * `recovery` event after its start and not after its end. Where both the window
 * and an event name services, the event counts only if they share one.
 */
export type WindowFigures = {
  /** From start to end; also the window's time to resolve. */
  durationMs: number;
  /** From the window's start to its first alert; negative when the alert came first. */
  timeToDetectMs: number | undefined;
  firstAlertId: string | undefined;
  /** From the window's start to its first recovery event. */
  timeToMitigateMs: number | undefined;
  firstRecoveryId: string | undefined;
  approximate: ('durationMs' | 'timeToDetectMs' | 'timeToMitigateMs')[];
};

/** One service's figures, counted from the start of its own first impact window. */
export type ServiceImpact = {
  service: string;
  /** Start of the first window that affects this service (windows without `services` affect all); undefined when none does. */
  impactStart: string | undefined;
  /** End of the last window that affects it. */
  impactEnd: string | undefined;
  /** Time inside the windows that affect it. */
  impactMs: number;
  /**
   * From its first impact to the first alert that concerns it (names it or no service) after every
   * window that ended before that impact; negative when the alert came first.
   */
  timeToDetectMs: number | undefined;
  /** From its first impact to the first recovery event that concerns it, after that impact began. */
  timeToMitigateMs: number | undefined;
  /** From its first impact to the end of its last window. */
  timeToResolveMs: number | undefined;
  /** The first recovery event naming this service after its first impact began, if the content gives one. */
  firstRecovery: { eventId: string; at: string; sinceServiceImpactStartMs: number; approximate: ('at' | 'sinceServiceImpactStartMs')[] } | undefined;
  approximate: ('impactStart' | 'impactEnd' | 'impactMs' | 'timeToDetectMs' | 'timeToMitigateMs' | 'timeToResolveMs')[];
};

type MetricsInput = Pick<IncidentFrontmatter, 'timeline' | 'impactWindows' | 'services'>;

/** Total length of the union of intervals, in ms. */
export function unionLength(intervals: readonly { start: number; end: number }[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let currentStart = -Infinity;
  let currentEnd = -Infinity;
  for (const { start, end } of sorted) {
    if (start > currentEnd) {
      if (currentEnd > currentStart) total += currentEnd - currentStart;
      currentStart = start;
      currentEnd = end;
    } else {
      currentEnd = Math.max(currentEnd, end);
    }
  }
  if (currentEnd > currentStart) total += currentEnd - currentStart;
  return total;
}

function windowAffects(window: ImpactWindow, service: string): boolean {
  return window.services === undefined || window.services.includes(service);
}

/** An event that names no service concerns them all. */
function concerns(event: TimelineEvent, service: string): boolean {
  return event.services === undefined || event.services.includes(service);
}

function sharesService(window: ImpactWindow, event: TimelineEvent): boolean {
  return window.services === undefined || event.services === undefined || event.services.some((service) => window.services!.includes(service));
}

/** Events that can enter a figure: those known to the minute. */
function timed(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => event.precision === 'minute');
}

function firstOfKind(events: readonly TimelineEvent[], kind: TimelineEvent['kind'], notBefore = -Infinity) {
  return events.find((event) => event.kind === kind && toEpochMs(event.at) >= notBefore);
}

/** The names of the figures marked true: those resting on an approximate time. */
function approximateOf<Name extends string>(figures: Record<Name, boolean | undefined>): Name[] {
  return (Object.keys(figures) as Name[]).filter((name) => figures[name]);
}

/** An impact window in epoch milliseconds, with which of its ends the source gives only roughly. */
type Span = { start: number; end: number; startApproximate: boolean; endApproximate: boolean };

function spanOf(window: ImpactWindow): Span {
  return {
    start: toEpochMs(window.start),
    end: toEpochMs(window.end),
    startApproximate: window.approximate?.includes('start') ?? false,
    endApproximate: window.approximate?.includes('end') ?? false,
  };
}

/**
 * Merged spans of impact, in time order. An edge of a span is approximate when
 * every window that gives it is: an exact window end at the same instant pins it.
 */
function spansOf(windows: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (!last || window.start > last.end) {
      spans.push({ ...window });
      continue;
    }
    if (window.start === last.start) last.startApproximate &&= window.startApproximate;
    if (window.end > last.end) Object.assign(last, { end: window.end, endApproximate: window.endApproximate });
    else if (window.end === last.end) last.endApproximate &&= window.endApproximate;
  }
  return spans;
}

/** Figures of a set of windows (all of an incident's, or those affecting one service): first impact, last end, time inside. */
function extentOf(windows: readonly Span[]) {
  const spans = spansOf(windows);
  const first = spans[0];
  const last = spans.at(-1);
  return {
    spans,
    start: first?.start ?? Infinity,
    end: last?.end ?? -Infinity,
    startApproximate: first?.startApproximate ?? false,
    endApproximate: last?.endApproximate ?? false,
    durationMs: unionLength(windows),
    durationApproximate: spans.some((span) => span.startApproximate || span.endApproximate),
  };
}

/** Each impact window with its own figures on it. */
export function windowFigures<Window extends ImpactWindow>(
  incident: Pick<IncidentFrontmatter, 'timeline'> & { impactWindows: readonly Window[] },
): (Window & { figures: WindowFigures })[] {
  const timeline = timed(incident.timeline);
  const spans = incident.impactWindows.map(spanOf);
  return incident.impactWindows.map((window, i) => {
    const { start, end, startApproximate, endApproximate } = spans[i]!;
    const after = spans.reduce((latest, other) => (other.end <= start ? Math.max(latest, other.end) : latest), -Infinity);
    const alert = timeline.find((event) => {
      const at = toEpochMs(event.at);
      return event.kind === 'alert' && at > after && at <= end && sharesService(window, event);
    });
    const recovery = timeline.find((event) => {
      const at = toEpochMs(event.at);
      return event.kind === 'recovery' && at > start && at <= end && sharesService(window, event);
    });
    const figures: WindowFigures = {
      durationMs: end - start,
      timeToDetectMs: alert ? toEpochMs(alert.at) - start : undefined,
      firstAlertId: alert?.id,
      timeToMitigateMs: recovery ? toEpochMs(recovery.at) - start : undefined,
      firstRecoveryId: recovery?.id,
      approximate: approximateOf({
        durationMs: startApproximate || endApproximate,
        timeToDetectMs: alert && (startApproximate || alert.approximate),
        timeToMitigateMs: recovery && (startApproximate || recovery.approximate),
      }),
    };
    return { ...window, figures };
  });
}

export function computeMetrics(incident: MetricsInput): IncidentMetrics {
  const timeline = timed(incident.timeline);
  const windows = incident.impactWindows.map((window) => ({ window, ...spanOf(window) }));
  const impact = extentOf(windows);
  const impactStart = impact.start;
  const since = (iso: string) => toEpochMs(iso) - impactStart;
  const iso = (epochMs: number) => new Date(epochMs).toISOString();

  const trigger = timeline.find((event) => event.trigger);
  const alertAfterTrigger = trigger && firstOfKind(timeline, 'alert', toEpochMs(trigger.at));
  const firstAlert = firstOfKind(timeline, 'alert');
  const firstRecovery = firstOfKind(timeline, 'recovery');

  return {
    impactStart: windows.find(({ start }) => start === impact.start)!.window.start,
    impactEnd: windows.find(({ end }) => end === impact.end)!.window.end,
    customerImpactMs: impact.durationMs,
    triggerToAlertMs: trigger && alertAfterTrigger ? toEpochMs(alertAfterTrigger.at) - toEpochMs(trigger.at) : undefined,
    timeToDetectMs: firstAlert ? since(firstAlert.at) : undefined,
    timeToMitigateMs: firstRecovery ? since(firstRecovery.at) : undefined,
    timeToResolveMs: impact.end - impactStart,
    impactSpans: impact.spans.map((span) => ({
      start: iso(span.start),
      end: iso(span.end),
      durationMs: span.end - span.start,
      approximate: approximateOf({ start: span.startApproximate, end: span.endApproximate, durationMs: span.startApproximate || span.endApproximate }),
    })),
    serviceImpact: incident.services.map((service) => {
      const affecting = extentOf(windows.filter(({ window }) => windowAffects(window, service)));
      const serviceStart = affecting.start;
      const recovery = timeline.find(
        (event) => event.kind === 'recovery' && event.services?.includes(service) && toEpochMs(event.at) > serviceStart,
      );
      const hurt = affecting.spans.length > 0;
      const calm = windows.reduce((latest, { end }) => (end <= serviceStart ? Math.max(latest, end) : latest), -Infinity);
      const alert = timeline.find((event) => event.kind === 'alert' && concerns(event, service) && toEpochMs(event.at) > calm);
      // A recovery at the very moment this service was first hit eased an earlier impact, not this one (as for windows).
      const eased = timeline.find((event) => event.kind === 'recovery' && concerns(event, service) && toEpochMs(event.at) > serviceStart);
      const fromStart = affecting.startApproximate;
      return {
        service,
        impactStart: hurt ? iso(serviceStart) : undefined,
        impactEnd: hurt ? iso(affecting.end) : undefined,
        impactMs: affecting.durationMs,
        timeToDetectMs: hurt && alert ? toEpochMs(alert.at) - serviceStart : undefined,
        timeToMitigateMs: hurt && eased ? toEpochMs(eased.at) - serviceStart : undefined,
        timeToResolveMs: hurt ? affecting.end - serviceStart : undefined,
        firstRecovery: recovery
          ? {
              eventId: recovery.id,
              at: recovery.at,
              sinceServiceImpactStartMs: toEpochMs(recovery.at) - serviceStart,
              approximate: approximateOf({ at: recovery.approximate, sinceServiceImpactStartMs: fromStart || recovery.approximate }),
            }
          : undefined,
        approximate: hurt
          ? approximateOf({
              impactStart: fromStart,
              impactEnd: affecting.endApproximate,
              impactMs: affecting.durationApproximate,
              timeToDetectMs: alert && (fromStart || alert.approximate),
              timeToMitigateMs: eased && (fromStart || eased.approximate),
              timeToResolveMs: fromStart || affecting.endApproximate,
            })
          : [],
      };
    }),
    approximate: approximateOf({
      impactStart: impact.startApproximate,
      impactEnd: impact.endApproximate,
      customerImpactMs: impact.durationApproximate,
      triggerToAlertMs: trigger && alertAfterTrigger && (trigger.approximate || alertAfterTrigger.approximate),
      timeToDetectMs: firstAlert && (impact.startApproximate || firstAlert.approximate),
      timeToMitigateMs: firstRecovery && (impact.startApproximate || firstRecovery.approximate),
      timeToResolveMs: impact.startApproximate || impact.endApproximate,
    }),
  };
}

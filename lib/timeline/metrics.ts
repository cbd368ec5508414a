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
  impactSpans: { start: string; end: string; durationMs: number }[];
  serviceImpact: ServiceImpact[];
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
  firstRecovery: { eventId: string; at: string; sinceServiceImpactStartMs: number } | undefined;
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

/** Merged spans of impact, in time order. */
function spansOf(intervals: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

/** Each impact window with its own figures on it. */
export function windowFigures<Window extends ImpactWindow>(
  incident: Pick<IncidentFrontmatter, 'timeline'> & { impactWindows: readonly Window[] },
): (Window & { figures: WindowFigures })[] {
  const timeline = timed(incident.timeline);
  const spans = incident.impactWindows.map((window) => ({ start: toEpochMs(window.start), end: toEpochMs(window.end) }));
  return incident.impactWindows.map((window, i) => {
    const { start, end } = spans[i]!;
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
    };
    return { ...window, figures };
  });
}

export function computeMetrics(incident: MetricsInput): IncidentMetrics {
  const timeline = timed(incident.timeline);
  const windows = incident.impactWindows.map((window) => ({
    window,
    start: toEpochMs(window.start),
    end: toEpochMs(window.end),
  }));
  const first = windows.reduce((a, b) => (b.start < a.start ? b : a));
  const last = windows.reduce((a, b) => (b.end > a.end ? b : a));
  const impactStart = first.start;
  const since = (iso: string) => toEpochMs(iso) - impactStart;
  const iso = (epochMs: number) => new Date(epochMs).toISOString();

  const trigger = timeline.find((event) => event.trigger);
  const alertAfterTrigger = trigger && firstOfKind(timeline, 'alert', toEpochMs(trigger.at));
  const firstAlert = firstOfKind(timeline, 'alert');
  const firstRecovery = firstOfKind(timeline, 'recovery');

  return {
    impactStart: first.window.start,
    impactEnd: last.window.end,
    customerImpactMs: unionLength(windows),
    triggerToAlertMs: trigger && alertAfterTrigger ? toEpochMs(alertAfterTrigger.at) - toEpochMs(trigger.at) : undefined,
    timeToDetectMs: firstAlert ? since(firstAlert.at) : undefined,
    timeToMitigateMs: firstRecovery ? since(firstRecovery.at) : undefined,
    timeToResolveMs: last.end - impactStart,
    impactSpans: spansOf(windows).map(({ start, end }) => ({ start: iso(start), end: iso(end), durationMs: end - start })),
    serviceImpact: incident.services.map((service) => {
      const affecting = windows.filter(({ window }) => windowAffects(window, service));
      const serviceStart = affecting.reduce((min, { start }) => Math.min(min, start), Infinity);
      const serviceEnd = affecting.reduce((max, { end }) => Math.max(max, end), -Infinity);
      const recovery = timeline.find(
        (event) => event.kind === 'recovery' && event.services?.includes(service) && toEpochMs(event.at) > serviceStart,
      );
      const hurt = affecting.length > 0;
      const calm = windows.reduce((latest, { end }) => (end <= serviceStart ? Math.max(latest, end) : latest), -Infinity);
      const alert = timeline.find((event) => event.kind === 'alert' && concerns(event, service) && toEpochMs(event.at) > calm);
      // A recovery at the very moment this service was first hit eased an earlier impact, not this one (as for windows).
      const eased = timeline.find((event) => event.kind === 'recovery' && concerns(event, service) && toEpochMs(event.at) > serviceStart);
      return {
        service,
        impactStart: hurt ? iso(serviceStart) : undefined,
        impactEnd: hurt ? iso(serviceEnd) : undefined,
        impactMs: unionLength(affecting),
        timeToDetectMs: hurt && alert ? toEpochMs(alert.at) - serviceStart : undefined,
        timeToMitigateMs: hurt && eased ? toEpochMs(eased.at) - serviceStart : undefined,
        timeToResolveMs: hurt ? serviceEnd - serviceStart : undefined,
        firstRecovery: recovery
          ? { eventId: recovery.id, at: recovery.at, sinceServiceImpactStartMs: toEpochMs(recovery.at) - serviceStart }
          : undefined,
      };
    }),
  };
}

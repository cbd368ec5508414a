import { toEpochMs } from '../time/iso';
import type { ImpactWindow, IncidentFrontmatter, TimelineEvent } from '../content/schema';

/**
 * Figures derived from the timeline, never typed by hand. All durations are
 * measured from the start of customer impact (the earliest impact window):
 *
 * - customer impact: the time covered by at least one impact window (overlaps count once);
 * - trigger to alert: from the event marked `trigger` to the first `alert` at or after it;
 * - time to detect: from impact start to the first `alert` (negative when alerts fired first);
 * - time to mitigate: from impact start to the first `recovery` event, when impact first eased;
 * - time to resolve: from impact start to the end of the last impact window.
 */
export type IncidentMetrics = {
  impactStart: string;
  impactEnd: string;
  customerImpactMs: number;
  triggerToAlertMs: number | undefined;
  timeToDetectMs: number | undefined;
  timeToMitigateMs: number | undefined;
  timeToResolveMs: number;
  serviceImpact: ServiceImpact[];
};

export type ServiceImpact = {
  service: string;
  /** Time inside the impact windows that name this service (or name none). */
  impactMs: number;
  /** The first recovery event naming this service, if the content gives one. */
  firstRecovery: { eventId: string; at: string; sinceImpactStartMs: number } | undefined;
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

function firstOfKind(events: readonly TimelineEvent[], kind: TimelineEvent['kind'], notBefore = -Infinity) {
  return events.find((event) => event.kind === kind && toEpochMs(event.at) >= notBefore);
}

export function computeMetrics(incident: MetricsInput): IncidentMetrics {
  const windows = incident.impactWindows.map((window) => ({
    window,
    start: toEpochMs(window.start),
    end: toEpochMs(window.end),
  }));
  const first = windows.reduce((a, b) => (b.start < a.start ? b : a));
  const last = windows.reduce((a, b) => (b.end > a.end ? b : a));
  const impactStart = first.start;
  const since = (iso: string) => toEpochMs(iso) - impactStart;

  const trigger = incident.timeline.find((event) => event.trigger);
  const alertAfterTrigger = trigger && firstOfKind(incident.timeline, 'alert', toEpochMs(trigger.at));
  const firstAlert = firstOfKind(incident.timeline, 'alert');
  const firstRecovery = firstOfKind(incident.timeline, 'recovery');

  return {
    impactStart: first.window.start,
    impactEnd: last.window.end,
    customerImpactMs: unionLength(windows),
    triggerToAlertMs: trigger && alertAfterTrigger ? toEpochMs(alertAfterTrigger.at) - toEpochMs(trigger.at) : undefined,
    timeToDetectMs: firstAlert ? since(firstAlert.at) : undefined,
    timeToMitigateMs: firstRecovery ? since(firstRecovery.at) : undefined,
    timeToResolveMs: last.end - impactStart,
    serviceImpact: incident.services.map((service) => {
      const recovery = incident.timeline.find(
        (event) => event.kind === 'recovery' && event.services?.includes(service),
      );
      return {
        service,
        impactMs: unionLength(windows.filter(({ window }) => windowAffects(window, service))),
        firstRecovery: recovery
          ? { eventId: recovery.id, at: recovery.at, sinceImpactStartMs: since(recovery.at) }
          : undefined,
      };
    }),
  };
}

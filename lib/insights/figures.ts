import { median, p90 } from './percentile';

/** What the insights read of an incident: its derived figures, nothing else. */
export type MeasuredIncident = {
  slug: string;
  title: string;
  severity: string;
  services: readonly string[];
  timeZone: string;
  metrics: {
    impactStart: string;
    impactEnd: string;
    customerImpactMs: number;
    timeToDetectMs: number | undefined;
    timeToMitigateMs: number | undefined;
    timeToResolveMs: number;
  };
};

/**
 * The median and p90 of one duration over a group. Incidents without the
 * figure (no alert, so no time to detect; no recovery event, so no time to
 * mitigate) are left out of it, and counted as left out.
 */
export type DurationFigure = {
  medianMs: number | undefined;
  p90Ms: number | undefined;
  /** Incidents the figure is computed from. */
  counted: number;
  /** Incidents without this duration. */
  leftOut: number;
};

export type GroupFigures = {
  incidents: number;
  /** Customer impact summed over the group's incidents, in whole minutes. */
  customerImpactMinutes: number;
  timeToDetect: DurationFigure;
  timeToMitigate: DurationFigure;
  timeToResolve: DurationFigure;
};

export const DURATIONS = ['timeToDetect', 'timeToMitigate', 'timeToResolve'] as const;
export type DurationName = (typeof DURATIONS)[number];

function durationFigure(values: readonly (number | undefined)[]): DurationFigure {
  const present = values.filter((value): value is number => value !== undefined);
  return { medianMs: median(present), p90Ms: p90(present), counted: present.length, leftOut: values.length - present.length };
}

export function groupFigures(incidents: readonly MeasuredIncident[]): GroupFigures {
  const metrics = incidents.map((incident) => incident.metrics);
  return {
    incidents: incidents.length,
    customerImpactMinutes: Math.round(metrics.reduce((total, m) => total + m.customerImpactMs, 0) / 60_000),
    timeToDetect: durationFigure(metrics.map((m) => m.timeToDetectMs)),
    timeToMitigate: durationFigure(metrics.map((m) => m.timeToMitigateMs)),
    timeToResolve: durationFigure(metrics.map((m) => m.timeToResolveMs)),
  };
}

import { median, p90 } from './percentile';

/** The figures one incident adds to a group. */
export type MemberFigures = {
  customerImpactMs: number;
  timeToDetectMs: number | undefined;
  timeToMitigateMs: number | undefined;
  /** Undefined only for a service the incident names but no impact window affects. */
  timeToResolveMs: number | undefined;
  /** The figures above that rest on an approximate time, by name. */
  approximate: readonly string[];
};

/** What the insights read of an incident: its derived figures, nothing else. */
export type MeasuredIncident = {
  slug: string;
  title: string;
  severity: string;
  services: readonly string[];
  timeZone: string;
  metrics: MemberFigures & {
    impactStart: string;
    impactEnd: string;
    timeToResolveMs: number;
    /** Each service's own figures, counted from its own first impact. */
    serviceImpact: readonly ({ service: string; impactMs: number } & Omit<MemberFigures, 'customerImpactMs'>)[];
  };
};

/**
 * An incident's figures as a group counts them: in a service's group, that
 * service's own (the time inside the windows that affected it, counted from its
 * own first impact), so a service hit only in a second wave is not charged the
 * first; in any other group, the incident's.
 */
export function memberFigures(incident: MeasuredIncident, service?: string): MemberFigures {
  if (service === undefined) return incident.metrics;
  const own = incident.metrics.serviceImpact.find((impact) => impact.service === service);
  if (own === undefined) throw new Error(`${incident.slug}: no figures for the service ${service}`);
  return {
    customerImpactMs: own.impactMs,
    timeToDetectMs: own.timeToDetectMs,
    timeToMitigateMs: own.timeToMitigateMs,
    timeToResolveMs: own.timeToResolveMs,
    approximate: own.approximate.map((figure) => (figure === 'impactMs' ? 'customerImpactMs' : figure)),
  };
}

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

function durationFigure(values: readonly (number | undefined)[]): DurationFigure {
  const present = values.filter((value): value is number => value !== undefined);
  return { medianMs: median(present), p90Ms: p90(present), counted: present.length, leftOut: values.length - present.length };
}

export function groupFigures(metrics: readonly MemberFigures[]): GroupFigures {
  return {
    incidents: metrics.length,
    customerImpactMinutes: Math.round(metrics.reduce((total, m) => total + m.customerImpactMs, 0) / 60_000),
    timeToDetect: durationFigure(metrics.map((m) => m.timeToDetectMs)),
    timeToMitigate: durationFigure(metrics.map((m) => m.timeToMitigateMs)),
    timeToResolve: durationFigure(metrics.map((m) => m.timeToResolveMs)),
  };
}

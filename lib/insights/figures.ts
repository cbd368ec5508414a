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
 * mitigate) are left out of it, and counted as left out. Each is one
 * incident's own figure (nearest rank), so it is approximate when it is only
 * an approximate figure's value.
 */
export type DurationFigure = {
  medianMs: number | undefined;
  p90Ms: number | undefined;
  /** Incidents the figure is computed from. */
  counted: number;
  /** Incidents without this duration. */
  leftOut: number;
  approximate: ('medianMs' | 'p90Ms')[];
};

export type GroupFigures = {
  incidents: number;
  /** Customer impact summed over the group's incidents, in whole minutes. */
  customerImpactMinutes: number;
  timeToDetect: DurationFigure;
  timeToMitigate: DurationFigure;
  timeToResolve: DurationFigure;
  /** A sum is approximate when any figure in it is. */
  approximate: 'customerImpactMinutes'[];
};

type Duration = Exclude<keyof MemberFigures, 'approximate'>;

function durationFigure(metrics: readonly MemberFigures[], name: Duration): DurationFigure {
  const present = metrics.flatMap((m) => (m[name] === undefined ? [] : [{ ms: m[name], approximate: m.approximate.includes(name) }]));
  const values = present.map((value) => value.ms);
  const [medianMs, p90Ms] = [median(values), p90(values)];
  const rough = (ms: number | undefined) => ms !== undefined && !present.some((value) => value.ms === ms && !value.approximate);
  return {
    medianMs,
    p90Ms,
    counted: present.length,
    leftOut: metrics.length - present.length,
    approximate: [...(rough(medianMs) ? (['medianMs'] as const) : []), ...(rough(p90Ms) ? (['p90Ms'] as const) : [])],
  };
}

export function groupFigures(metrics: readonly MemberFigures[]): GroupFigures {
  return {
    incidents: metrics.length,
    customerImpactMinutes: Math.round(metrics.reduce((total, m) => total + m.customerImpactMs, 0) / 60_000),
    timeToDetect: durationFigure(metrics, 'timeToDetectMs'),
    timeToMitigate: durationFigure(metrics, 'timeToMitigateMs'),
    timeToResolve: durationFigure(metrics, 'timeToResolveMs'),
    approximate: metrics.some((m) => m.approximate.includes('customerImpactMs')) ? ['customerImpactMinutes'] : [],
  };
}

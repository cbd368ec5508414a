import { DIMENSIONS, insightGroups, type Dimension, type InsightGroup } from './groups';
import type { MeasuredIncident } from './figures';
import { followUpsByAge, followUpsByService, type FollowUpGroup, type IncidentWithFollowUps } from './open-follow-ups';

export const DIMENSION_TITLES: Record<Dimension, string> = {
  month: 'By month',
  severity: 'By severity',
  service: 'By service',
};

export type Insights<T extends MeasuredIncident> = {
  /** The day the follow-ups are aged to (the build's day, UTC). */
  asOf: Date;
  total: number;
  breakdowns: { dimension: Dimension; title: string; groups: InsightGroup<T>[] }[];
  followUps: { byAge: FollowUpGroup[]; byService: FollowUpGroup[]; open: number };
};

/** The start of `now`'s day in UTC, so every page of one build ages follow-ups alike. */
function dayOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Everything /insights shows, from the published library. */
export function insightsOf<T extends IncidentWithFollowUps>(incidents: readonly T[], now: Date): Insights<T> {
  const asOf = dayOf(now);
  const byAge = followUpsByAge(incidents, asOf);
  return {
    asOf,
    total: incidents.length,
    breakdowns: DIMENSIONS.map((dimension) => ({ dimension, title: DIMENSION_TITLES[dimension], groups: insightGroups(incidents, dimension) })),
    followUps: {
      byAge,
      byService: followUpsByService(incidents, asOf),
      open: byAge.reduce((total, group) => total + group.followUps.length, 0),
    },
  };
}

export function findInsightGroup<T extends MeasuredIncident>(incidents: readonly T[], dimension: string, key: string): InsightGroup<T> | undefined {
  if (!(DIMENSIONS as readonly string[]).includes(dimension)) return undefined;
  return insightGroups(incidents, dimension as Dimension).find((group) => group.key === key);
}

export function findFollowUpGroup(incidents: readonly IncidentWithFollowUps[], dimension: string, key: string, now: Date): FollowUpGroup | undefined {
  const groups = dimension === 'age' ? followUpsByAge(incidents, dayOf(now)) : dimension === 'service' ? followUpsByService(incidents, dayOf(now)) : [];
  return groups.find((group) => group.key === key);
}

import { SHORT_MONTHS } from '../time/format';
import { impactDay } from '../incidents/summary';
import { serviceNames } from '../incidents/services';
import { groupFigures, memberFigures, type GroupFigures, type MeasuredIncident, type MemberFigures } from './figures';
import { runsOf } from '../runs';

/** The three ways /insights cuts the library. */
export const DIMENSIONS = ['month', 'severity', 'service'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One row of a breakdown: the incidents of one month, severity or service, and their figures. */
export type InsightGroup<T extends MeasuredIncident = MeasuredIncident> = {
  dimension: Dimension;
  /** The URL segment: `2024-12`, `sev1`, `chatgpt`. */
  key: string;
  label: string;
  /** The page listing exactly these incidents. */
  path: string;
  /** The group's incidents, each with the figures it adds to the group (in a service's group, that service's own). */
  members: { incident: T; figures: MemberFigures }[];
  figures: GroupFigures;
};

export const insightGroupPath = (dimension: Dimension, key: string) => `/insights/${dimension}/${key}`;

/** `2024-12`: the month impact began, in the incident's own zone (the date its page shows). */
export function incidentMonth(incident: Pick<MeasuredIncident, 'timeZone' | 'metrics'>): string {
  return impactDay(incident).slice(0, 7);
}

/** `2024-12` → `Dec 2024` */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${SHORT_MONTHS[Number(number) - 1]} ${year}`;
}

/** `2024-09`, `2024-11` → `Sep – Nov 2024`; across a year, `Sep 2022 – Jul 2024`. */
export function monthRangeLabel(first: string, last: string): string {
  return first.slice(0, 4) === last.slice(0, 4) ? `${monthLabel(first).slice(0, 3)} – ${monthLabel(last)}` : `${monthLabel(first)} – ${monthLabel(last)}`;
}

function keysOf(incident: MeasuredIncident, dimension: Dimension): { key: string; label: string; figures: MemberFigures }[] {
  switch (dimension) {
    case 'month': {
      const month = incidentMonth(incident);
      return [{ key: month, label: monthLabel(month), figures: memberFigures(incident) }];
    }
    case 'severity':
      return [{ key: incident.severity, label: incident.severity.toUpperCase(), figures: memberFigures(incident) }];
    case 'service':
      return serviceNames(incident.services).map(({ slug, name }) => ({ key: slug, label: name, figures: memberFigures(incident, name) }));
  }
}

/**
 * The groups of one breakdown. Months run oldest to newest with no month
 * skipped (a quiet month is a row of zeros, not a gap); severities in order;
 * services by name. An incident that affected two services is in both.
 */
export function insightGroups<T extends MeasuredIncident>(incidents: readonly T[], dimension: Dimension): InsightGroup<T>[] {
  // Every group page of a build asks for the groups of the same library: they are worked out once per library and dimension.
  let byDimension = computed.get(incidents);
  if (!byDimension) computed.set(incidents, (byDimension = new Map()));
  let groups = byDimension.get(dimension);
  if (!groups) byDimension.set(dimension, (groups = groupsOf(incidents, dimension)));
  return groups as InsightGroup<T>[];
}

const computed = new WeakMap<readonly MeasuredIncident[], Map<Dimension, InsightGroup[]>>();

function groupsOf<T extends MeasuredIncident>(incidents: readonly T[], dimension: Dimension): InsightGroup<T>[] {
  const byKey = new Map<string, { label: string; members: InsightGroup<T>['members'] }>();
  for (const incident of incidents) {
    for (const { key, label, figures } of keysOf(incident, dimension)) {
      const group = byKey.get(key) ?? { label, members: [] };
      group.members.push({ incident, figures });
      byKey.set(key, group);
    }
  }
  if (dimension === 'month') {
    for (const month of monthsBetween([...byKey.keys()])) {
      if (!byKey.has(month)) byKey.set(month, { label: monthLabel(month), members: [] });
    }
  }
  const compare = dimension === 'service' ? (a: string, b: string) => byKey.get(a)!.label.localeCompare(byKey.get(b)!.label) : undefined;
  return [...byKey.keys()].sort(compare).map((key) => {
    const group = byKey.get(key)!;
    return {
      dimension,
      key,
      label: group.label,
      path: insightGroupPath(dimension, key),
      members: group.members,
      figures: groupFigures(group.members.map((member) => member.figures)),
    };
  });
}

/** Every `YYYY-MM` from the earliest to the latest of the given months. */
export function monthsBetween(months: readonly string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const result: string[] = [];
  for (let i = index(sorted[0]!); i <= index(sorted.at(-1)!); i++) {
    result.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return result;
}

/** A row of a breakdown's table: one group, or a run of quiet months told as one. */
export type TableRow<T extends MeasuredIncident = MeasuredIncident> =
  | { type: 'group'; group: InsightGroup<T> }
  | { type: 'quiet'; key: string; label: string; months: number };

/**
 * The table's rows: every group, except that two or more quiet months in a row
 * are one row, so years of calm do not bury the months that had incidents.
 * The charts keep every month; a single quiet month stays a row of zeros.
 */
export function tableRows<T extends MeasuredIncident>(groups: readonly InsightGroup<T>[]): TableRow<T>[] {
  const isQuietMonth = (group: InsightGroup<T>) => group.dimension === 'month' && group.figures.incidents === 0;
  return runsOf(groups, isQuietMonth).flatMap(({ joined, items }): TableRow<T>[] => {
    if (!joined || items.length === 1) return items.map((group) => ({ type: 'group', group }));
    const [first, last] = [items[0]!.key, items.at(-1)!.key];
    return [{ type: 'quiet', key: `${first}/${last}`, label: monthRangeLabel(first, last), months: items.length }];
  });
}

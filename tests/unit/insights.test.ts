import { describe, expect, it } from 'vitest';
import { groupFigures, memberFigures, type MeasuredIncident } from '../../lib/insights/figures';
import { insightGroups, monthRangeLabel, monthsBetween, tableRows } from '../../lib/insights/groups';
import { followUpsByAge, followUpsByService, openFollowUps, type IncidentWithFollowUps } from '../../lib/insights/open-follow-ups';
import { median, nearestRank, p90 } from '../../lib/insights/percentile';
import type { RemediationStatus } from '../../lib/content/vocabulary';
import type { TimelineEvent } from '../../lib/content/schema';
import { computeMetrics } from '../../lib/timeline/metrics';
import { impactWindow, timedEvent } from './support/timeline';

const MINUTE = 60_000;

describe('nearest-rank percentiles', () => {
  it('takes the median of an odd count as the middle value', () => {
    expect(median([7, 1, 5])).toBe(5);
  });

  it('takes the median of an even count as the lower middle value', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('takes p90 of ten values as the ninth smallest', () => {
    expect(p90([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBe(9);
  });

  it('takes p90 of eleven values as the tenth smallest (rank ⌈9.9⌉ = 10)', () => {
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(10);
  });

  it('gives the one value for a single value at any percentile', () => {
    expect(nearestRank([42], 1)).toBe(42);
    expect(nearestRank([42], 50)).toBe(42);
    expect(nearestRank([42], 100)).toBe(42);
  });

  it('gives nothing for no values', () => {
    expect(median([])).toBeUndefined();
    expect(p90([])).toBeUndefined();
  });

  it('keeps negative values (alerts that fired before impact)', () => {
    expect(median([-3, 10, 20])).toBe(10);
    expect(nearestRank([-3, 10, 20], 10)).toBe(-3);
  });
});

function measured(
  slug: string,
  {
    start = '2024-12-11T10:00:00Z',
    zone = 'UTC',
    severity = 'sev2',
    services = ['API'],
    impact = 60,
    detect,
    mitigate,
    resolve = 60,
  }: {
    start?: string;
    zone?: string;
    severity?: string;
    services?: string[];
    impact?: number;
    detect?: number;
    mitigate?: number;
    resolve?: number;
  },
): MeasuredIncident {
  return {
    slug,
    title: slug,
    severity,
    services,
    timeZone: zone,
    metrics: {
      impactStart: start,
      impactEnd: new Date(Date.parse(start) + resolve * MINUTE).toISOString(),
      customerImpactMs: impact * MINUTE,
      timeToDetectMs: detect === undefined ? undefined : detect * MINUTE,
      timeToMitigateMs: mitigate === undefined ? undefined : mitigate * MINUTE,
      timeToResolveMs: resolve * MINUTE,
      approximate: [],
      // As if every window affected every service.
      serviceImpact: services.map((service) => ({
        service,
        impactMs: impact * MINUTE,
        timeToDetectMs: detect === undefined ? undefined : detect * MINUTE,
        timeToMitigateMs: mitigate === undefined ? undefined : mitigate * MINUTE,
        timeToResolveMs: resolve * MINUTE,
        approximate: [],
      })),
    },
  };
}

const figuresOf = (incidents: MeasuredIncident[]) => groupFigures(incidents.map((incident) => memberFigures(incident)));

describe('figures of a group', () => {
  const group = [
    measured('a', { impact: 30, detect: 5, mitigate: 20, resolve: 30 }),
    measured('b', { impact: 90, detect: 1, resolve: 120 }),
    measured('c', { impact: 10.4, mitigate: 8, resolve: 12 }),
  ];

  it('counts incidents and sums customer impact in minutes', () => {
    const figures = figuresOf(group);
    expect(figures.incidents).toBe(3);
    expect(figures.customerImpactMinutes).toBe(130);
  });

  it('leaves incidents without an alert out of time to detect, and counts them', () => {
    expect(figuresOf(group).timeToDetect).toEqual({ medianMs: 1 * MINUTE, p90Ms: 5 * MINUTE, counted: 2, leftOut: 1, approximate: [] });
  });

  it('leaves incidents without a recovery out of time to mitigate', () => {
    expect(figuresOf(group).timeToMitigate).toEqual({ medianMs: 8 * MINUTE, p90Ms: 20 * MINUTE, counted: 2, leftOut: 1, approximate: [] });
  });

  it('computes time to resolve over every incident', () => {
    expect(figuresOf(group).timeToResolve).toEqual({ medianMs: 30 * MINUTE, p90Ms: 120 * MINUTE, counted: 3, leftOut: 0, approximate: [] });
  });

  it('marks a median or p90 that is only a rough figure\'s value, and a sum with a rough figure in it', () => {
    const rough = (incident: MeasuredIncident, names: MeasuredIncident['metrics']['approximate']) => ({ ...incident, metrics: { ...incident.metrics, approximate: names } });
    // Time to resolve: 12, 30 and 120 min; the median, 30, is a's alone, and a's is rough.
    const figures = figuresOf([rough(group[0]!, ['timeToResolveMs', 'customerImpactMs']), group[1]!, group[2]!]);
    expect(figures.timeToResolve.approximate).toEqual(['medianMs']);
    expect(figures.approximate).toEqual(['customerImpactMinutes']);
    // The same value from an exact figure too: that incident's figure is exact, and so is the median.
    const tied = figuresOf([rough(group[0]!, ['timeToResolveMs']), measured('d', { impact: 1, resolve: 30 }), group[2]!]);
    expect(tied.timeToResolve).toMatchObject({ medianMs: 30 * MINUTE, approximate: [] });
    expect(tied.approximate).toEqual([]);
  });

  it('gives an empty group zeros and no medians', () => {
    expect(groupFigures([])).toEqual({
      incidents: 0,
      customerImpactMinutes: 0,
      timeToDetect: { medianMs: undefined, p90Ms: undefined, counted: 0, leftOut: 0, approximate: [] },
      timeToMitigate: { medianMs: undefined, p90Ms: undefined, counted: 0, leftOut: 0, approximate: [] },
      timeToResolve: { medianMs: undefined, p90Ms: undefined, counted: 0, leftOut: 0, approximate: [] },
      approximate: [],
    });
  });

  it('has no time to detect when no incident of the group had an alert', () => {
    expect(figuresOf([measured('x', {}), measured('y', {})]).timeToDetect).toEqual({
      medianMs: undefined,
      p90Ms: undefined,
      counted: 0,
      leftOut: 2,
      approximate: [],
    });
  });
});

describe('breakdowns', () => {
  it('groups by the month impact began in the incident’s own zone', () => {
    // 23:30 on Jan 31 in Los Angeles is already February in UTC.
    const incidents = [
      measured('la', { start: '2025-02-01T07:30:00Z', zone: 'America/Los_Angeles' }),
      measured('utc', { start: '2025-02-01T07:30:00Z', zone: 'UTC' }),
    ];
    const months = insightGroups(incidents, 'month');
    expect(months.map((group) => [group.key, group.label, group.members.map((member) => member.incident.slug)])).toEqual([
      ['2025-01', 'Jan 2025', ['la']],
      ['2025-02', 'Feb 2025', ['utc']],
    ]);
  });

  it('shows a quiet month between two incidents as an empty group', () => {
    const months = insightGroups(
      [measured('nov', { start: '2024-11-03T10:00:00Z' }), measured('feb', { start: '2025-02-03T10:00:00Z' })],
      'month',
    );
    expect(months.map((group) => [group.key, group.figures.incidents])).toEqual([
      ['2024-11', 1],
      ['2024-12', 0],
      ['2025-01', 0],
      ['2025-02', 1],
    ]);
    expect(months[1]!.figures.timeToResolve.medianMs).toBeUndefined();
    expect(months[1]!.path).toBe('/insights/month/2024-12');
  });

  it('tells a run of quiet months in one table row, and keeps a single quiet month as a row of zeros', () => {
    const months = insightGroups(
      [
        measured('aug', { start: '2024-08-03T10:00:00Z' }),
        measured('oct', { start: '2024-10-03T10:00:00Z' }),
        measured('feb', { start: '2025-02-03T10:00:00Z' }),
      ],
      'month',
    );
    expect(
      tableRows(months).map((row) => (row.type === 'group' ? `${row.group.label}: ${row.group.figures.incidents}` : `${row.label}: ${row.months} quiet`)),
    ).toEqual(['Aug 2024: 1', 'Sep 2024: 0', 'Oct 2024: 1', 'Nov 2024 – Jan 2025: 3 quiet', 'Feb 2025: 1']);
    expect(monthRangeLabel('2024-09', '2024-11')).toBe('Sep – Nov 2024');
    // Other breakdowns have no quiet groups to fold.
    const severities = insightGroups([measured('a', { severity: 'sev3' })], 'severity');
    expect(tableRows(severities)).toEqual([{ type: 'group', group: severities[0] }]);
    expect(tableRows([])).toEqual([]);
  });

  it('puts an incident that affected two services in both service groups, services by name', () => {
    const services = insightGroups([measured('a', { services: ['Login', 'API'] }), measured('b', { services: ['API'] })], 'service');
    expect(services.map((group) => [group.key, group.label, group.figures.incidents])).toEqual([
      ['api', 'API', 2],
      ['login', 'Login', 1],
    ]);
  });

  it('gives each service its own figures: a service hit only in the second wave is charged neither the first wave nor the gap', () => {
    const at = (clock: string) => `2024-08-16T${clock}:00-07:00`;
    const event = (id: string, clock: string, kind: TimelineEvent['kind'], services?: string[]) => timedEvent(id, at(clock), kind, services);
    const frontmatter = {
      services: ['Load balancer', 'DNS'],
      timeline: [
        event('lb-alert', '15:49', 'alert', ['Load balancer']),
        event('lb-back', '15:52', 'recovery', ['Load balancer']),
        event('dns-alert', '16:10', 'alert'),
        event('dns-eases', '17:00', 'recovery', ['DNS']),
      ],
      impactWindows: [
        impactWindow('lb', at('15:48'), at('15:52'), ['Load balancer']),
        impactWindow('dns', at('16:07'), at('17:37'), ['DNS']),
      ],
    };
    const incident = { ...measured('two-faults', { services: frontmatter.services }), metrics: computeMetrics(frontmatter) };
    const [dns, lb] = insightGroups([incident], 'service');
    expect(dns?.label).toBe('DNS');
    expect(dns?.figures.customerImpactMinutes).toBe(90);
    expect(dns?.members[0]?.figures).toEqual({ customerImpactMs: 90 * MINUTE, timeToDetectMs: 3 * MINUTE, timeToMitigateMs: 53 * MINUTE, timeToResolveMs: 90 * MINUTE, approximate: [] });
    expect(lb?.members[0]?.figures).toEqual({ customerImpactMs: 4 * MINUTE, timeToDetectMs: 1 * MINUTE, timeToMitigateMs: 4 * MINUTE, timeToResolveMs: 4 * MINUTE, approximate: [] });
    // The incident as a whole: both waves, counted from the first.
    const [month] = insightGroups([incident], 'month');
    expect(month?.members[0]?.figures).toMatchObject({ customerImpactMs: 94 * MINUTE, timeToDetectMs: 1 * MINUTE, timeToResolveMs: 109 * MINUTE });
  });

  it('orders severities and links each group to its list', () => {
    const severities = insightGroups([measured('a', { severity: 'sev3' }), measured('b', { severity: 'sev1' })], 'severity');
    expect(severities.map((group) => [group.key, group.label, group.path])).toEqual([
      ['sev1', 'SEV1', '/insights/severity/sev1'],
      ['sev3', 'SEV3', '/insights/severity/sev3'],
    ]);
  });

  it('are worked out once per library and dimension: the same groups again for the same list, fresh ones for another', () => {
    const library = [measured('a', { severity: 'sev3' }), measured('b', { severity: 'sev1' })];
    const first = insightGroups(library, 'severity');
    expect(insightGroups(library, 'severity')).toBe(first);
    expect(insightGroups(library, 'service')).not.toBe(first);
    const another = insightGroups([...library, measured('c', { severity: 'sev2' })], 'severity');
    expect(another.map((group) => group.key)).toEqual(['sev1', 'sev2', 'sev3']);
    expect(first.map((group) => group.key)).toEqual(['sev1', 'sev3']);
  });

  it('has no groups for no incidents', () => {
    expect(insightGroups([], 'month')).toEqual([]);
    expect(insightGroups([], 'service')).toEqual([]);
  });

  it('lists every month from the first to the last, across a year end', () => {
    expect(monthsBetween(['2025-01', '2024-11'])).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(monthsBetween([])).toEqual([]);
  });
});

describe('open follow-ups', () => {
  const asOf = new Date('2025-06-30T00:00:00Z');
  const withFollowUps = (slug: string, end: string, services: string[], statuses: RemediationStatus[], timing: 'during' | 'after' = 'after'): IncidentWithFollowUps => ({
    ...measured(slug, { start: new Date(Date.parse(end) - 60 * MINUTE).toISOString(), services }),
    remediations: statuses.map((status, index) => ({ id: `${slug}-r${index}`, title: `${slug} ${index}`, status, timing })),
  });
  const incidents = [
    withFollowUps('recent', '2025-06-20T00:00:00Z', ['API'], ['planned', 'done']),
    withFollowUps('old', '2024-01-01T00:00:00Z', ['API', 'Billing'], ['in-progress', 'wont-do', 'planned']),
    withFollowUps('closed', '2025-03-01T00:00:00Z', ['Billing', 'Search'], ['done']),
  ];

  it('counts remediations neither done nor won’t-do, oldest first', () => {
    expect(openFollowUps(incidents, asOf).map((followUp) => [followUp.remediation.id, followUp.ageDays])).toEqual([
      ['old-r0', 546],
      ['old-r2', 546],
      ['recent-r0', 10],
    ]);
  });

  it('leaves out work done during the incident, whatever its status, as /follow-ups and its feed do', () => {
    const during = withFollowUps('during', '2025-06-20T00:00:00Z', ['API'], ['in-progress', 'planned'], 'during');
    expect(openFollowUps([...incidents, during], asOf).map((followUp) => followUp.remediation.id)).toEqual(['old-r0', 'old-r2', 'recent-r0']);
  });

  it('buckets them by days since the incident’s impact ended, every bucket shown', () => {
    expect(followUpsByAge(incidents, asOf).map((group) => [group.key, group.followUps.length])).toEqual([
      ['under-30-days', 1],
      ['30-to-89-days', 0],
      ['90-to-179-days', 0],
      ['180-to-364-days', 0],
      ['a-year-or-more', 2],
    ]);
  });

  it('counts a follow-up for each service of its incident, a service with none as zero', () => {
    expect(followUpsByService(incidents, asOf).map((group) => [group.label, group.followUps.length])).toEqual([
      ['API', 3],
      ['Billing', 2],
      ['Search', 0],
    ]);
  });

  it('counts calendar days from the day impact ended, as the incident page dates it, to the day of the build', () => {
    const asOfBuild = new Date('2026-11-27T00:00:00Z');
    // Ended 12:05 PDT on Aug 19, 2022: 1,561 days before Nov 27, 2026, though 1,560.2 days of 24 hours before its start.
    const august = { ...withFollowUps('august', '2022-08-19T19:05:00Z', ['API'], ['planned']), timeZone: 'America/Los_Angeles' };
    // Ended 19:38 PST on Dec 11, 2024, already Dec 12 in UTC: its page says Dec 11.
    const december = { ...withFollowUps('december', '2024-12-12T03:38:00Z', ['API'], ['planned']), timeZone: 'America/Los_Angeles' };
    expect(openFollowUps([august, december], asOfBuild).map((followUp) => [followUp.incidentSlug, followUp.ageDays])).toEqual([
      ['august', 1561],
      ['december', 716],
    ]);
  });

  it('puts a follow-up on the day it turns 30 days old into the second bucket', () => {
    const turning = [withFollowUps('turning', '2025-05-31T00:00:00Z', ['API'], ['planned'])];
    expect(followUpsByAge(turning, asOf).map((group) => group.followUps.length)).toEqual([0, 1, 0, 0, 0]);
  });
});

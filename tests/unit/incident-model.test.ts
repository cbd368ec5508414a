import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../lib/content/diagnostic';
import { loadIncidentFile } from '../../lib/content/load';
import type { Incident } from '../../lib/incident/model';

const MINUTE = 60_000;
let incident: Incident;

beforeAll(async () => {
  const result = await loadIncidentFile(path.resolve('tests/fixtures/valid/two-faults.mdx'));
  if (!result.ok) throw new Error(formatDiagnostics(result.errors));
  incident = result.incident;
});

const node = (id: string) => {
  const found = incident.causeGraph.components.flatMap((chain) => chain.nodes).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const windowOf = (id: string) => incident.impactWindows.find((window) => window.id === id)!;

describe('the derived incident of a two-fault writeup', () => {
  it('draws the two chains as two components, the join with its two roots side by side', () => {
    const chains = incident.causeGraph.components;
    expect(chains.map((chain) => chain.nodes.map((cause) => cause.id))).toEqual([
      ['lb-config-pushed', 'lb-refuses'],
      ['resolver-upgrade', 'cache-flush', 'resolvers-slow'],
    ]);
    expect([node('resolver-upgrade').rank, node('cache-flush').rank, node('resolvers-slow').rank]).toEqual([0, 0, 1]);
    expect(chains[1]?.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['resolver-upgrade>resolvers-slow', 'cache-flush>resolvers-slow']);
    expect(incident.causeGraph.roots).toEqual(['lb-config-pushed', 'resolver-upgrade', 'cache-flush']);
    expect(incident.causeGraph.outcomes).toEqual(['lb-refuses', 'resolvers-slow']);
  });

  it('tells each cause what it is, its path to the outcome and what is attached to it', () => {
    expect(node('cache-flush')).toMatchObject({ isRoot: true, isOutcome: false, pathToOutcome: ['cache-flush', 'resolvers-slow'] });
    expect(node('resolvers-slow')).toMatchObject({ isRoot: false, isOutcome: true, ledFrom: ['resolver-upgrade', 'cache-flush'] });
    expect(node('resolver-upgrade').factors).toEqual([{ id: 'no-canary', label: 'Both changes went everywhere at once.' }]);
    expect(node('resolver-upgrade').produced).toEqual([{ id: 'dns-wave', label: 'Lookups stall' }]);
    expect(node('resolver-upgrade').addressedBy).toEqual([{ id: 'canary-stage', label: 'A canary stage for every change' }]);
    expect(node('lb-refuses').produced).toEqual([]);
  });

  it('gives each window its degree, its causes and its own figures', () => {
    expect(windowOf('lb-wave')).toMatchObject({
      degree: 'outage',
      causes: [{ id: 'lb-config-pushed', label: 'A load-balancer config with a typo was pushed.' }],
      figures: { durationMs: 4 * MINUTE, timeToDetectMs: MINUTE, firstAlertId: 'lb-alert', timeToMitigateMs: 4 * MINUTE, firstRecoveryId: 'lb-back' },
    });
    expect(windowOf('dns-wave')).toMatchObject({
      degree: 'partial',
      measure: '45% of lookups timed out',
      figures: { durationMs: 90 * MINUTE, timeToDetectMs: 8 * MINUTE, timeToMitigateMs: 90 * MINUTE },
    });
  });

  it('counts the incident totals over both windows, the gap left out', () => {
    expect(incident.metrics.customerImpactMs).toBe(94 * MINUTE);
    expect(incident.metrics.impactSpans).toHaveLength(2);
    expect(incident.metrics.timeToResolveMs).toBe(109 * MINUTE);
  });

  it('counts a service hit only in the second wave from its own first impact', () => {
    const dns = incident.metrics.serviceImpact.find((entry) => entry.service === 'DNS');
    expect(dns?.firstRecovery).toMatchObject({ eventId: 'dns-back', sinceServiceImpactStartMs: 90 * MINUTE });
  });

  it('puts each event\'s placement on the event itself', () => {
    const lbFails = incident.timeline.find((event) => event.id === 'lb-fails');
    expect(lbFails?.placement).toMatchObject({ sinceImpactStartMs: 0, inImpact: true, previousAt: '2024-03-01T15:47:00-08:00' });
  });

  it('counts events by kind and lists the sections the page has', () => {
    expect(incident.kindCounts).toEqual({ change: 2, impact: 2, alert: 2, recovery: 2 });
    expect(incident.sections).toEqual(['timeline', 'root-cause', 'contributing-factors', 'remediations', 'lessons', 'narrative']);
  });

  it('links factors and remediations to what they name', () => {
    expect(incident.contributingFactors[0]?.enables.map((cause) => cause.id)).toEqual(['lb-config-pushed', 'resolver-upgrade']);
    expect(incident.contributingFactors[0]?.addressedBy.map((remediation) => remediation.id)).toEqual(['canary-stage']);
    expect(incident.remediations.map((remediation) => remediation.timing)).toEqual(['during', 'after']);
    expect(incident.remediations[1]?.targets.map((target) => target.kind)).toEqual(['factor', 'cause']);
  });
});

describe('the derived incident of a writeup with ranks of five causes', () => {
  it('gives the chain a wrapped layout of rows of two, on the chain, each cause and each arrow', async () => {
    const result = await loadIncidentFile(path.resolve('tests/fixtures/valid/wide-causes.mdx'));
    if (!result.ok) throw new Error(formatDiagnostics(result.errors));
    const [chain] = result.incident.causeGraph.components;
    // Five roots in rows of 2, 2 and 1; the pool; four outcomes in rows of 2 and 2.
    expect(chain?.wrapped).toEqual({ causesPerRow: 2, rowCount: 6 });
    expect(chain?.nodes.find((cause) => cause.id === 'pool-exhausted')?.wrapped?.row).toBe(3);
    expect(chain?.nodes.every((cause) => cause.wrapped !== undefined)).toBe(true);
    expect(chain?.edges.every((edge) => edge.wrapped !== undefined)).toBe(true);
    // The two-fault writeup's chains are no wider than two: one layout only.
    expect(incident.causeGraph.components.map((two) => two.wrapped)).toEqual([undefined, undefined]);
  });
});

describe('the derived incident of the December 11, 2024 writeup', () => {
  it('lists its timeline as the page does: every event once, in order, its runs of status updates each one group', async () => {
    const result = await loadIncidentFile(path.resolve('content/incidents/2024-12-11-openai-api-chatgpt-sora-outage.mdx'));
    if (!result.ok) throw new Error(formatDiagnostics(result.errors));
    const { timeline, timelineEntries } = result.incident;
    const listed = timelineEntries.flatMap((entry) => (entry.type === 'group' ? entry.events : [entry.event]));
    expect(listed).toHaveLength(timeline.length);
    // The same placed events, not copies: the list and the figures read one model.
    listed.forEach((event, i) => expect(event).toBe(timeline[i]));
    const groups = timelineEntries.filter((entry) => entry.type === 'group');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.events.length).toBeGreaterThanOrEqual(3);
      expect(group.events.every((event) => event.kind === 'communication')).toBe(true);
    }
  });
});

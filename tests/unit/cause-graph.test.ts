import { describe, expect, it } from 'vitest';
import { checkRules } from '@/lib/content/frontmatter-rules';
import type { Cause, IncidentFrontmatter } from '@/lib/content/schema';

/** A chain c0 → c1 → … → c(n-1), written in reverse order so that ordering has work to do. */
function chain(length: number, { closed = false } = {}): Cause[] {
  const causes = Array.from({ length }, (_, i): Cause => ({
    id: `c${i}`,
    statement: `Cause ${i}`,
    leadsTo: i + 1 < length ? [`c${i + 1}`] : closed ? ['c0'] : [],
  }));
  return causes.reverse();
}

function incidentWith(causes: Cause[]): IncidentFrontmatter {
  return {
    title: 'Chain',
    summary: 'A long chain of causes.',
    organization: 'Example',
    severity: 'sev3',
    status: 'resolved',
    timeZone: 'UTC',
    draft: false,
    services: ['API'],
    impactWindows: [{ id: 'down', start: '2024-01-01T00:00:00Z', end: '2024-01-01T01:00:00Z', label: 'Down' }],
    timeline: [{ id: 'alert', at: '2024-01-01T00:00:00Z', kind: 'alert', title: 'Alert', precision: 'minute', approximate: false, trigger: false }],
    causes,
    contributingFactors: [],
    remediations: [],
    sources: [],
    tags: [],
    related: [],
  };
}

const lineOf = () => 1;

describe('a cause graph of 100,000 causes, deeper than any call stack', () => {
  it('passes the rules when it is a chain', () => {
    expect(checkRules(incidentWith(chain(100_000)), lineOf)).toEqual([]);
  });

  it('is reported as a cycle when its last cause leads back to the first', () => {
    const violations = checkRules(incidentWith(chain(100_000, { closed: true })), lineOf);
    expect(violations.map((violation) => violation.code)).toEqual(['cause-cycle']);
    expect(violations[0]!.message).toMatch(/^expected causes without a cycle, got c99999 → c0 → c1 → .* → c99999$/);
  });
});

import { toEpochMs } from '../time/iso';
import { serviceSlug } from '../incidents/services';
import type { DiagnosticCode } from './codes';
import { formatFieldPath } from './diagnostic';
import { LESSON_KINDS, type IncidentFrontmatter } from './schema';
import { PAGE_IDS } from '../page-anchors';
import { didYouMean } from './suggest';

export type RuleViolation = { code: DiagnosticCode; path: (string | number)[]; message: string };

/**
 * Rules that relate fields to one another, which a per-field schema cannot
 * express. Runs only on frontmatter that already matches the schema.
 */
export function checkRules(incident: IncidentFrontmatter, lineOf: (path: (string | number)[]) => number): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail = (code: DiagnosticCode, path: (string | number)[], message: string) => violations.push({ code, path, message });
  /** `timeline[0] at line 16`: where the other half of a clash is. */
  const place = (path: (string | number)[], field?: string) => `${formatFieldPath(path)} at line ${lineOf(field ? [...path, field] : path)}`;

  const owners = new Map<string, (string | number)[]>();
  const claim = (id: string, path: (string | number)[]) => {
    if (PAGE_IDS.includes(id)) {
      fail('reserved-id', [...path, 'id'], `expected an id other than "${id}", which names a section of the page`);
    } else if (owners.has(id)) {
      fail('duplicate-id', [...path, 'id'], `expected a unique id, got "${id}", already used by ${place(owners.get(id)!, 'id')}`);
    } else {
      owners.set(id, path);
    }
  };
  incident.timeline.forEach((event, i) => claim(event.id, ['timeline', i]));
  incident.impactWindows.forEach((window, i) => claim(window.id, ['impactWindows', i]));
  incident.causes.forEach((cause, i) => claim(cause.id, ['causes', i]));
  incident.contributingFactors.forEach((factor, i) => claim(factor.id, ['contributingFactors', i]));
  incident.remediations.forEach((remediation, i) => claim(remediation.id, ['remediations', i]));
  for (const kind of LESSON_KINDS) incident.lessons?.[kind].forEach((lesson, i) => claim(lesson.id, ['lessons', kind, i]));

  const services = new Set<string>();
  const serviceBySlug = new Map<string, number>();
  incident.services.forEach((service, i) => {
    const slug = serviceSlug(service);
    const first = serviceBySlug.get(slug);
    if (slug === '') {
      fail('service-without-slug', ['services', i], `expected a service name with at least one letter or digit (it names the service's page), got "${service}"`);
    } else if (first !== undefined) {
      const same = incident.services[first] === service;
      fail('duplicate-service', ['services', i], same
        ? `expected each service once, got "${service}" twice, first at ${place(['services', first])}`
        : `expected each service once, got "${service}", which is "${incident.services[first]}" (${place(['services', first])}) spelt another way: both are /services/${slug}`);
    } else {
      serviceBySlug.set(slug, i);
    }
    services.add(service);
  });
  const checkServices = (list: string[] | undefined, path: (string | number)[]) =>
    list?.forEach((service, i) => {
      if (!services.has(service)) {
        fail('unknown-service', [...path, 'services', i], `expected one of the incident's services (${[...services].join(', ')}), got "${service}"${didYouMean(service, services)}`);
      }
    });

  incident.timeline.forEach((event, i) => {
    checkServices(event.services, ['timeline', i]);
    const previous = incident.timeline[i - 1];
    if (previous && toEpochMs(event.at) < toEpochMs(previous.at)) {
      fail('events-out-of-order', ['timeline', i, 'at'], `expected events in time order: at or after "${previous.at}" (${previous.id}), got "${event.at}"`);
    }
    if (event.until !== undefined && toEpochMs(event.until) <= toEpochMs(event.at)) {
      fail('until-not-after-at', ['timeline', i, 'until'], `expected a time after at "${event.at}", got "${event.until}"`);
    }
  });
  const triggers = incident.timeline.flatMap((event, i) => (event.trigger ? [i] : []));
  for (const i of triggers.slice(1)) {
    fail('several-triggers', ['timeline', i, 'trigger'], `expected at most one trigger event, already set on "${incident.timeline[triggers[0]!]!.id}"`);
  }
  for (const i of triggers) {
    if (incident.timeline[i]!.kind !== 'change') {
      fail('trigger-not-change', ['timeline', i, 'trigger'], `expected the trigger to be an event of kind "change", got kind "${incident.timeline[i]!.kind}"`);
    }
  }

  for (const i of triggers) {
    if (incident.timeline[i]!.precision === 'day') {
      fail('trigger-day-only', ['timeline', i, 'precision'], 'expected the trigger to be known to the minute, got precision "day"; a day-only event never enters a figure');
    }
  }

  incident.impactWindows.forEach((window, i) => {
    checkServices(window.services, ['impactWindows', i]);
    if (toEpochMs(window.end) <= toEpochMs(window.start)) {
      fail('window-end-not-after-start', ['impactWindows', i, 'end'], `expected an end after start "${window.start}", got "${window.end}"`);
    }
  });

  const causeIds = new Set(incident.causes.map((cause) => cause.id));
  incident.causes.forEach((cause, i) =>
    cause.leadsTo.forEach((target, j) => {
      if (target === cause.id) fail('cause-leads-to-itself', ['causes', i, 'leadsTo', j], `expected another cause's id, got "${target}" itself`);
      else if (!causeIds.has(target)) fail('unknown-cause', ['causes', i, 'leadsTo', j], `expected the id of a cause, got "${target}"${didYouMean(target, causeIds)}`);
    }),
  );
  incident.impactWindows.forEach((window, i) =>
    window.causedBy?.forEach((target, j) => {
      if (!causeIds.has(target)) fail('unknown-window-cause', ['impactWindows', i, 'causedBy', j], `expected the id of a cause, got "${target}"${didYouMean(target, causeIds)}`);
    }),
  );
  incident.contributingFactors.forEach((factor, i) =>
    factor.contributesTo?.forEach((target, j) => {
      if (!causeIds.has(target)) fail('unknown-factor-target', ['contributingFactors', i, 'contributesTo', j], `expected the id of a cause, got "${target}"${didYouMean(target, causeIds)}`);
    }),
  );
  const cycle = findCycle(incident.causes);
  if (cycle) fail('cause-cycle', ['causes', cycle.index, 'leadsTo'], `expected causes without a cycle, got ${cycle.ids.join(' → ')}`);

  const addressable = new Set([
    ...causeIds,
    ...incident.contributingFactors.map((factor) => factor.id),
    ...incident.timeline.map((event) => event.id),
  ]);
  incident.remediations.forEach((remediation, i) =>
    remediation.addresses.forEach((target, j) => {
      if (!addressable.has(target)) {
        fail('unknown-remediation-target', ['remediations', i, 'addresses', j], `expected the id of a cause, contributing factor or event, got "${target}"${didYouMean(target, addressable)}`);
      }
    }),
  );

  incident.remediations.forEach((remediation, i) => {
    if (remediation.completed !== undefined && remediation.status !== 'done') {
      fail('completed-not-done', ['remediations', i, 'completed'], `expected status "done" on a remediation with a completion date, got status "${remediation.status}"`);
    }
  });

  const checkOnce = (list: readonly string[], path: (string | number)[], code: 'duplicate-tag' | 'duplicate-related', noun: string) => {
    const seen = new Set<string>();
    list.forEach((value, i) => {
      if (seen.has(value)) fail(code, [...path, i], `expected each ${noun} once, got "${value}" twice`);
      seen.add(value);
    });
  };
  checkOnce(incident.tags, ['tags'], 'duplicate-tag', 'tag');
  incident.contributingFactors.forEach((factor, i) => checkOnce(factor.tags, ['contributingFactors', i, 'tags'], 'duplicate-tag', 'tag'));
  checkOnce(incident.related, ['related'], 'duplicate-related', 'related incident');

  return violations;
}

/** The first loop in the cause graph, by an explicit-stack depth-first search (a chain of 100,000 causes is fine). */
function findCycle(causes: IncidentFrontmatter['causes']): { index: number; ids: string[] } | undefined {
  const byId = new Map(causes.map((cause, index) => [cause.id, { cause, index }]));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const root of causes) {
    if (state.has(root.id)) continue;
    // The path from root, each cause with the position of the next leadsTo entry to follow.
    const path: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 'visiting');
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const targets = byId.get(top.id)?.cause.leadsTo ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        path.pop();
        continue;
      }
      const next = targets[top.next++]!;
      if (next === top.id || !byId.has(next) || state.get(next) === 'done') continue;
      if (state.get(next) === 'visiting') {
        const ids = [...path.slice(path.findIndex((step) => step.id === next)).map((step) => step.id), next];
        return { index: byId.get(ids[0]!)!.index, ids };
      }
      state.set(next, 'visiting');
      path.push({ id: next, next: 0 });
    }
  }
  return undefined;
}

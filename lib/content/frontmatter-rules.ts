import { toEpochMs } from '../time/iso';
import { serviceSlug } from '../incidents/services';
import type { DiagnosticCode } from './codes';
import { formatFieldPath } from './diagnostic';
import { LESSON_KINDS, type IncidentFrontmatter } from './schema';
import { PAGE_IDS } from '../page-anchors';
import { describeSlip, offsetSlip } from './offset-slip';
import { didYouMean } from './suggest';

export type RuleViolation = { code: DiagnosticCode; path: (string | number)[]; message: string };
type FieldPath = (string | number)[];
type LineOf = (path: FieldPath) => number;

/** A list of ids as written; an entry that is not text is `undefined`, so the others keep their places. */
type IdList = readonly (string | undefined)[];
type Item = { id?: string | undefined };

/**
 * The ids a file declares and the references between them. A validated
 * incident is one; `readReferences` reads one from a file that failed the
 * schema, leaving out the lists it cannot read.
 */
export type ReferenceView = {
  services?: IdList | undefined;
  timeline?: readonly (Item & { services?: IdList | undefined })[] | undefined;
  impactWindows?: readonly (Item & { services?: IdList | undefined; causedBy?: IdList | undefined })[] | undefined;
  causes?: readonly (Item & { leadsTo?: IdList | undefined })[] | undefined;
  contributingFactors?: readonly (Item & { contributesTo?: IdList | undefined })[] | undefined;
  remediations?: readonly (Item & { addresses?: IdList | undefined })[] | undefined;
  lessons?: { readonly [kind in (typeof LESSON_KINDS)[number]]?: readonly Item[] | undefined } | undefined;
};

/**
 * Rules that relate fields to one another, which a per-field schema cannot
 * express. Runs only on frontmatter that already matches the schema; the
 * checks of ids and references (`checkReferences`) also run on a file that does not.
 */
export function checkRules(incident: IncidentFrontmatter, lineOf: LineOf): RuleViolation[] {
  const violations: RuleViolation[] = checkReferences(incident, lineOf);
  const fail = (code: DiagnosticCode, path: FieldPath, message: string) => violations.push({ code, path, message });
  /** `timeline[0] at line 16`: where the other half of a clash is. */
  const place = (path: FieldPath) => `${formatFieldPath(path)} at line ${lineOf(path)}`;

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
  });

  /** For two times in the wrong order: a daylight-saving slip in either is the likely cause, so say which. */
  const slipHint = (reported: string, other: string) => {
    const own = offsetSlip(reported, incident.timeZone);
    if (own) return `; ${describeSlip(reported, own, incident.timeZone)}`;
    const others = offsetSlip(other, incident.timeZone);
    return others ? `; in "${other}", ${describeSlip(other, others, incident.timeZone)}` : '';
  };

  incident.timeline.forEach((event, i) => {
    const previous = incident.timeline[i - 1];
    if (previous && toEpochMs(event.at) < toEpochMs(previous.at)) {
      fail('events-out-of-order', ['timeline', i, 'at'], `expected events in time order: at or after "${previous.at}" (${previous.id}), got "${event.at}"${slipHint(event.at, previous.at)}`);
    }
    if (event.until !== undefined && toEpochMs(event.until) <= toEpochMs(event.at)) {
      fail('until-not-after-at', ['timeline', i, 'until'], `expected a time after at "${event.at}", got "${event.until}"${slipHint(event.until, event.at)}`);
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
    if (toEpochMs(window.end) <= toEpochMs(window.start)) {
      fail('window-end-not-after-start', ['impactWindows', i, 'end'], `expected an end after start "${window.start}", got "${window.end}"${slipHint(window.end, window.start)}`);
    }
  });

  const cycle = findCycle(incident.causes);
  if (cycle) fail('cause-cycle', ['causes', cycle.index, 'leadsTo'], `expected causes without a cycle, got ${cycle.ids.join(' → ')}`);

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

/**
 * Ids are unique and not a section's name, and every reference names something
 * the file declares. References into a list the view could not read are not checked.
 */
export function checkReferences(view: ReferenceView, lineOf: LineOf): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail = (code: DiagnosticCode, path: FieldPath, message: string) => violations.push({ code, path, message });
  /** Calls `check` with each reference in `list` that is text, at its place in the file. */
  const eachReference = (list: IdList | undefined, path: FieldPath, check: (target: string, path: FieldPath) => void) =>
    list?.forEach((target, j) => {
      if (target !== undefined) check(target, [...path, j]);
    });

  const owners = new Map<string, FieldPath>();
  const claim = (items: readonly Item[] | undefined, path: FieldPath) =>
    items?.forEach(({ id }, i) => {
      if (id === undefined) return;
      const idPath = [...path, i, 'id'];
      const owner = owners.get(id);
      if (PAGE_IDS.includes(id)) fail('reserved-id', idPath, `expected an id other than "${id}", which names a section of the page`);
      else if (owner) fail('duplicate-id', idPath, `expected a unique id, got "${id}", already used by ${formatFieldPath(owner.slice(0, -1))} at line ${lineOf(owner)}`);
      else owners.set(id, idPath);
    });
  claim(view.timeline, ['timeline']);
  claim(view.impactWindows, ['impactWindows']);
  claim(view.causes, ['causes']);
  claim(view.contributingFactors, ['contributingFactors']);
  claim(view.remediations, ['remediations']);
  for (const kind of LESSON_KINDS) claim(view.lessons?.[kind], ['lessons', kind]);

  if (view.services) {
    const services = new Set(view.services.filter((service) => service !== undefined));
    const checkServices = (list: IdList | undefined, path: FieldPath) =>
      eachReference(list, [...path, 'services'], (service, at) => {
        if (!services.has(service)) {
          fail('unknown-service', at, `expected one of the incident's services (${[...services].join(', ')}), got "${service}"${didYouMean(service, services)}`);
        }
      });
    view.timeline?.forEach((event, i) => checkServices(event.services, ['timeline', i]));
    view.impactWindows?.forEach((window, i) => checkServices(window.services, ['impactWindows', i]));
  }

  if (view.causes) {
    const causeIds = declaredIds(view.causes);
    const checkCause = (code: 'unknown-window-cause' | 'unknown-factor-target') => (target: string, at: FieldPath) => {
      if (!causeIds.has(target)) fail(code, at, `expected the id of a cause, got "${target}"${didYouMean(target, causeIds)}`);
    };
    view.causes.forEach((cause, i) =>
      eachReference(cause.leadsTo, ['causes', i, 'leadsTo'], (target, at) => {
        if (target === cause.id) fail('cause-leads-to-itself', at, `expected another cause's id, got "${target}" itself`);
        else if (!causeIds.has(target)) fail('unknown-cause', at, `expected the id of a cause, got "${target}"${didYouMean(target, causeIds)}`);
      }),
    );
    view.impactWindows?.forEach((window, i) => eachReference(window.causedBy, ['impactWindows', i, 'causedBy'], checkCause('unknown-window-cause')));
    view.contributingFactors?.forEach((factor, i) =>
      eachReference(factor.contributesTo, ['contributingFactors', i, 'contributesTo'], checkCause('unknown-factor-target')),
    );

    if (view.contributingFactors && view.timeline) {
      const addressable = new Set([...causeIds, ...declaredIds(view.contributingFactors), ...declaredIds(view.timeline)]);
      view.remediations?.forEach((remediation, i) =>
        eachReference(remediation.addresses, ['remediations', i, 'addresses'], (target, at) => {
          if (!addressable.has(target)) {
            fail('unknown-remediation-target', at, `expected the id of a cause, contributing factor or event, got "${target}"${didYouMean(target, addressable)}`);
          }
        }),
      );
    }
  }
  return violations;
}

/** The ids and references of a file as written, for checking them while other fields still have mistakes. */
export function readReferences(data: unknown): ReferenceView {
  const fields = mapping(data);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const idList = (value: unknown): IdList | undefined => (Array.isArray(value) ? value.map(text) : undefined);
  const items = (value: unknown) => (Array.isArray(value) ? value.map(mapping) : undefined);
  const lessons = mapping(fields.lessons);
  return {
    services: idList(fields.services),
    timeline: items(fields.timeline)?.map((event) => ({ id: text(event.id), services: idList(event.services) })),
    impactWindows: items(fields.impactWindows)?.map((window) => ({ id: text(window.id), services: idList(window.services), causedBy: idList(window.causedBy) })),
    causes: items(fields.causes)?.map((cause) => ({ id: text(cause.id), leadsTo: idList(cause.leadsTo) })),
    contributingFactors: items(fields.contributingFactors)?.map((factor) => ({ id: text(factor.id), contributesTo: idList(factor.contributesTo) })),
    remediations: items(fields.remediations)?.map((remediation) => ({ id: text(remediation.id), addresses: idList(remediation.addresses) })),
    lessons: Object.fromEntries(LESSON_KINDS.map((kind) => [kind, items(lessons[kind])?.map((lesson) => ({ id: text(lesson.id) }))])),
  };
}

/** The ids of a list that are text. */
export function declaredIds(items: readonly Item[] | undefined): Set<string> {
  return new Set(items?.flatMap((item) => (item.id === undefined ? [] : [item.id])));
}

function mapping(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
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

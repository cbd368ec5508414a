import { isIsoDate, isIsoTimeWithOffset, isKnownTimeZone, toEpochMs } from '../time/iso';
import { serviceSlug } from '../incidents/services';
import type { DiagnosticCode } from './codes';
import { formatFieldPath } from './diagnostic';
import { KEBAB_CASE } from './schema';
import { asKebabCase } from '../slug';
import { PAGE_IDS } from '../page-anchors';
import { describeSlip, offsetSlip } from './offset-slip';
import { didYouMean } from './suggest';
import {
  EVENT_KINDS,
  LESSON_KINDS,
  REMEDIATION_STATUSES,
  REMEDIATION_TIMINGS,
  SEVERITIES,
  type RemediationStatus,
  type RemediationTiming,
  type Severity,
} from './vocabulary';

export type RuleViolation = { code: DiagnosticCode; path: (string | number)[]; message: string };
type FieldPath = (string | number)[];
type LineOf = (path: FieldPath) => number;

/** A list of text as written; an entry that is not text is `undefined`, so the others keep their places. */
type TextList = readonly (string | undefined)[];
type Item = { id?: string | undefined };

/**
 * What the rules and the warnings read: the fields they relate to one another,
 * each left out where it is not well-formed. A validated incident is one;
 * `readRuleView` reads one from a file that failed the schema, so that one run
 * reports these problems beside the schema's.
 */
export type RuleView = {
  timeZone?: string | undefined;
  severity?: Severity | undefined;
  /** Left out when it is neither true nor false; a file without it is published. */
  draft?: boolean | undefined;
  publishedAt?: string | undefined;
  services?: TextList | undefined;
  tags?: TextList | undefined;
  related?: TextList | undefined;
  timeline?:
    | readonly (Item & {
        at?: string | undefined;
        until?: string | undefined;
        kind?: string | undefined;
        precision?: string | undefined;
        approximate?: boolean | undefined;
        trigger?: boolean | undefined;
        services?: TextList | undefined;
      })[]
    | undefined;
  impactWindows?: readonly (Item & { start?: string | undefined; end?: string | undefined; services?: TextList | undefined; causedBy?: TextList | undefined })[] | undefined;
  causes?: readonly (Item & { leadsTo?: TextList | undefined })[] | undefined;
  contributingFactors?: readonly (Item & { contributesTo?: TextList | undefined; tags?: TextList | undefined })[] | undefined;
  remediations?:
    | readonly (Item & {
        addresses?: TextList | undefined;
        status?: RemediationStatus | undefined;
        timing?: RemediationTiming | undefined;
        completed?: string | undefined;
        /** Whether an owner and a due date are given at all; the schema checks what they are. */
        owner?: unknown;
        due?: unknown;
      })[]
    | undefined;
  lessons?: { readonly [kind in (typeof LESSON_KINDS)[number]]?: readonly Item[] | undefined } | undefined;
};

/**
 * Rules that relate fields to one another, which a per-field schema cannot
 * express. Each rule looks only at fields that are well-formed, and a
 * reference into a list that could not be read is not checked.
 */
export function checkRules(view: RuleView, lineOf: LineOf): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail = (code: DiagnosticCode, path: FieldPath, message: string) => violations.push({ code, path, message });
  /** `timeline[0] at line 16`: where the other half of a clash is. */
  const place = (path: FieldPath) => `${formatFieldPath(path)} at line ${lineOf(path)}`;
  /** Calls `check` with each entry of `list` that is text, at its place in the file. */
  const eachText = (list: TextList | undefined, path: FieldPath, check: (value: string, path: FieldPath, index: number) => void) =>
    list?.forEach((value, j) => {
      if (value !== undefined) check(value, [...path, j], j);
    });

  const owners = new Map<string, FieldPath>();
  const claim = (items: readonly Item[] | undefined, path: FieldPath) =>
    items?.forEach(({ id }, i) => {
      if (id === undefined) return;
      const idPath = [...path, i, 'id'];
      const owner = owners.get(id);
      if (PAGE_IDS.includes(id)) fail('reserved-id', idPath, `expected an id other than "${id}", which names a section of the page`);
      else if (owner) fail('duplicate-id', idPath, `expected a unique id, got "${id}", already used by ${place(owner.slice(0, -1))}`);
      else owners.set(id, idPath);
    });
  claim(view.timeline, ['timeline']);
  claim(view.impactWindows, ['impactWindows']);
  claim(view.causes, ['causes']);
  claim(view.contributingFactors, ['contributingFactors']);
  claim(view.remediations, ['remediations']);
  for (const kind of LESSON_KINDS) claim(view.lessons?.[kind], ['lessons', kind]);

  if (view.services) {
    const services = view.services;
    const serviceBySlug = new Map<string, number>();
    eachText(services, ['services'], (service, at, i) => {
      const slug = serviceSlug(service);
      const first = serviceBySlug.get(slug);
      if (slug === '') {
        fail('service-without-slug', at, `expected a service name with at least one letter or digit (it names the service's page), got "${service}"`);
      } else if (first !== undefined) {
        fail('duplicate-service', at, services[first] === service
          ? `expected each service once, got "${service}" twice, first at ${place(['services', first])}`
          : `expected each service once, got "${service}", which is "${services[first]}" (${place(['services', first])}) spelt another way: both are /services/${slug}`);
      } else {
        serviceBySlug.set(slug, i);
      }
    });
    const named = new Set(services.filter((service) => service !== undefined));
    const checkServices = (list: TextList | undefined, path: FieldPath) =>
      eachText(list, [...path, 'services'], (service, at) => {
        if (!named.has(service)) fail('unknown-service', at, `expected one of the incident's services (${[...named].join(', ')}), got "${service}"${didYouMean(service, named)}`);
      });
    view.timeline?.forEach((event, i) => checkServices(event.services, ['timeline', i]));
    view.impactWindows?.forEach((window, i) => checkServices(window.services, ['impactWindows', i]));
  }

  /** For two times in the wrong order: a daylight-saving slip in either is the likely cause, so say which. */
  const slipHint = (reported: string, other: string) => {
    if (view.timeZone === undefined) return '';
    const own = offsetSlip(reported, view.timeZone);
    if (own) return `; ${describeSlip(own, view.timeZone)}`;
    const others = offsetSlip(other, view.timeZone);
    return others ? `; in "${other}", ${describeSlip(others, view.timeZone)}` : '';
  };

  let previous: { at: string; name: string } | undefined;
  view.timeline?.forEach((event, i) => {
    if (event.at === undefined) return;
    if (previous && toEpochMs(event.at) < toEpochMs(previous.at)) {
      fail('events-out-of-order', ['timeline', i, 'at'], `expected events in time order: at or after "${previous.at}" (${previous.name}), got "${event.at}"${slipHint(event.at, previous.at)}`);
    }
    if (event.until !== undefined && toEpochMs(event.until) <= toEpochMs(event.at)) {
      fail('until-not-after-at', ['timeline', i, 'until'], `expected a time after at "${event.at}", got "${event.until}"${slipHint(event.until, event.at)}`);
    }
    previous = { at: event.at, name: event.id ?? formatFieldPath(['timeline', i]) };
  });

  const triggers = view.timeline?.flatMap((event, i) => (event.trigger === true ? [i] : [])) ?? [];
  for (const i of triggers.slice(1)) {
    const first = triggers[0]!;
    fail('several-triggers', ['timeline', i, 'trigger'], `expected at most one trigger event, already set on "${view.timeline![first]!.id ?? formatFieldPath(['timeline', first])}"`);
  }
  for (const i of triggers) {
    const { kind, precision } = view.timeline![i]!;
    if (kind !== undefined && kind !== 'change') {
      fail('trigger-not-change', ['timeline', i, 'trigger'], `expected the trigger to be an event of kind "change", got kind "${kind}"`);
    }
    if (precision === 'day') {
      fail('trigger-day-only', ['timeline', i, 'precision'], 'expected the trigger to be known to the minute, got precision "day"; a day-only event never enters a figure');
    }
  }

  view.impactWindows?.forEach((window, i) => {
    if (window.start !== undefined && window.end !== undefined && toEpochMs(window.end) <= toEpochMs(window.start)) {
      fail('window-end-not-after-start', ['impactWindows', i, 'end'], `expected an end after start "${window.start}", got "${window.end}"${slipHint(window.end, window.start)}`);
    }
  });

  // An id of the file given where another kind of item is expected: say what it is.
  const elsewhere = (target: string) => {
    const owner = owners.get(target);
    return owner ? `; "${target}" is ${place(owner.slice(0, -1))}` : '';
  };
  if (view.causes) {
    const causeIds = declaredIds(view.causes);
    const checkCause = (code: 'unknown-window-cause' | 'unknown-factor-target') => (target: string, at: FieldPath) => {
      if (!causeIds.has(target)) fail(code, at, `expected the id of a cause, got "${target}"${didYouMean(target, causeIds) || elsewhere(target)}`);
    };
    view.causes.forEach((cause, i) =>
      eachText(cause.leadsTo, ['causes', i, 'leadsTo'], (target, at) => {
        if (target === cause.id) fail('cause-leads-to-itself', at, `expected another cause's id, got "${target}" itself`);
        else if (!causeIds.has(target)) fail('unknown-cause', at, `expected the id of a cause, got "${target}"${didYouMean(target, causeIds) || elsewhere(target)}`);
      }),
    );
    view.impactWindows?.forEach((window, i) => eachText(window.causedBy, ['impactWindows', i, 'causedBy'], checkCause('unknown-window-cause')));
    view.contributingFactors?.forEach((factor, i) =>
      eachText(factor.contributesTo, ['contributingFactors', i, 'contributesTo'], checkCause('unknown-factor-target')),
    );
    const cycle = findCycle(view.causes);
    if (cycle) fail('cause-cycle', ['causes', cycle.index, 'leadsTo', cycle.entry], `expected causes without a cycle, got ${cycle.ids.join(' → ')}`);

    if (view.contributingFactors && view.timeline) {
      const addressable = new Set([...causeIds, ...declaredIds(view.contributingFactors), ...declaredIds(view.timeline)]);
      view.remediations?.forEach((remediation, i) =>
        eachText(remediation.addresses, ['remediations', i, 'addresses'], (target, at) => {
          if (!addressable.has(target)) {
            fail('unknown-remediation-target', at, `expected the id of a cause, contributing factor or event, got "${target}"${didYouMean(target, addressable) || elsewhere(target)}`);
          }
        }),
      );
    }
  }

  view.remediations?.forEach((remediation, i) => {
    if (remediation.completed !== undefined && remediation.status !== undefined && remediation.status !== 'done') {
      fail('completed-not-done', ['remediations', i, 'completed'], `expected status "done" on a remediation with a completion date, got status "${remediation.status}"`);
    }
  });

  const checkOnce = (list: TextList | undefined, path: FieldPath, code: 'duplicate-tag' | 'duplicate-related', noun: string) => {
    const seen = new Set<string>();
    eachText(list, path, (value, at) => {
      if (seen.has(value)) fail(code, at, `expected each ${noun} once, got "${value}" twice`);
      seen.add(value);
    });
  };
  checkOnce(view.tags, ['tags'], 'duplicate-tag', 'tag');
  view.contributingFactors?.forEach((factor, i) => checkOnce(factor.tags, ['contributingFactors', i, 'tags'], 'duplicate-tag', 'tag'));
  checkOnce(view.related, ['related'], 'duplicate-related', 'related incident');

  return violations;
}

/** The fields the rules read, from a file as written: each kept only where it is well-formed. */
export function readRuleView(data: unknown): RuleView {
  const fields = fieldsOf(data);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  // An ill-formed id reads as the id it is meant to be: the schema reports it, and references written correctly are not reported with it.
  const id = (value: unknown) => (typeof value === 'string' && !KEBAB_CASE.test(value) ? (asKebabCase(value) || value) : text(value));
  const textList = (value: unknown): TextList | undefined => (Array.isArray(value) ? value.map(text) : undefined);
  const items = (value: unknown) => (Array.isArray(value) ? value.map(fieldsOf) : undefined);
  const time = (value: unknown) => (typeof value === 'string' && isIsoTimeWithOffset(value) ? value : undefined);
  const oneOf = <Choice extends string>(choices: readonly Choice[], value: unknown) =>
    choices.find((choice) => choice === value);
  /** A field left out reads as the schema's default for it, so a valid file reads as the schema makes it. */
  const orDefault = <T>(value: unknown, fallback: T, read: (value: unknown) => T | undefined) => (value === undefined ? fallback : read(value));
  const noItems: Record<string, unknown>[] = [];
  const lessons = fieldsOf(fields.lessons);
  return {
    timeZone: typeof fields.timeZone === 'string' && isKnownTimeZone(fields.timeZone) ? fields.timeZone : undefined,
    severity: oneOf(SEVERITIES, fields.severity),
    draft: orDefault(fields.draft, false, (value) => (typeof value === 'boolean' ? value : undefined)),
    publishedAt: time(fields.publishedAt),
    services: textList(fields.services),
    tags: orDefault(fields.tags, [], textList),
    related: orDefault(fields.related, [], textList),
    timeline: items(fields.timeline)?.map((event) => ({
      id: id(event.id),
      at: time(event.at),
      until: time(event.until),
      kind: oneOf(EVENT_KINDS, event.kind),
      precision: orDefault(event.precision, 'minute', text),
      approximate: event.approximate === true,
      trigger: event.trigger === true,
      services: textList(event.services),
    })),
    impactWindows: items(fields.impactWindows)?.map((window) => ({
      id: id(window.id),
      start: time(window.start),
      end: time(window.end),
      services: textList(window.services),
      causedBy: textList(window.causedBy),
    })),
    causes: items(fields.causes)?.map((cause) => ({ id: id(cause.id), leadsTo: orDefault(cause.leadsTo, [], textList) })),
    contributingFactors: orDefault(fields.contributingFactors, noItems, items)?.map((factor) => ({
      id: id(factor.id),
      contributesTo: textList(factor.contributesTo),
      tags: orDefault(factor.tags, [], textList),
    })),
    remediations: orDefault(fields.remediations, noItems, items)?.map((remediation) => ({
      id: id(remediation.id),
      addresses: textList(remediation.addresses),
      status: oneOf(REMEDIATION_STATUSES, remediation.status),
      timing: orDefault(remediation.timing, 'after', (value) => oneOf(REMEDIATION_TIMINGS, value)),
      owner: remediation.owner,
      due: remediation.due,
      completed: typeof remediation.completed === 'string' && isIsoDate(remediation.completed) ? remediation.completed : undefined,
    })),
    lessons: orDefault(fields.lessons, undefined, () =>
      Object.fromEntries(LESSON_KINDS.map((kind) => [kind, orDefault(lessons[kind], noItems, items)?.map((lesson) => ({ id: id(lesson.id) }))])),
    ),
  };
}

/** The ids of a list that are text. */
export function declaredIds(items: readonly Item[] | undefined): Set<string> {
  return new Set(items?.flatMap((item) => (item.id === undefined ? [] : [item.id])));
}

/** A mapping's fields as written; anything else reads as a mapping without fields. */
export function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The first loop in the cause graph, by an explicit-stack depth-first search (a chain of 100,000 causes is fine). */
function findCycle(causes: NonNullable<RuleView['causes']>): { index: number; entry: number; ids: string[] } | undefined {
  const byId = new Map(causes.flatMap((cause, index) => (cause.id === undefined ? [] : [[cause.id, { cause, index }] as const])));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const root of byId.keys()) {
    if (state.has(root)) continue;
    // The path from root, each cause with the position of the next leadsTo entry to follow.
    const path: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'visiting');
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const targets = byId.get(top.id)?.cause.leadsTo ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        path.pop();
        continue;
      }
      const next = targets[top.next++];
      if (next === undefined || next === top.id || !byId.has(next) || state.get(next) === 'done') continue;
      if (state.get(next) === 'visiting') {
        // Reported at the entry that closes the cycle in file order: the one pointing back up.
        const ids = [...path.slice(path.findIndex((step) => step.id === next)).map((step) => step.id), next];
        return { index: byId.get(top.id)!.index, entry: top.next - 1, ids };
      }
      state.set(next, 'visiting');
      path.push({ id: next, next: 0 });
    }
  }
  return undefined;
}

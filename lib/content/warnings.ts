import { isOpen } from '../follow-ups/open';
import { zoneAbbreviation } from '../time/format';
import { toEpochMs } from '../time/iso';
import { instantToIso } from '../time/zone-offset';
import { clockTimesWithoutZone, proseFields, timeWithoutZoneMessage } from './clock-times';
import type { RuleView, RuleViolation } from './frontmatter-rules';
import { offsetAdvice, offsetSlip } from './offset-slip';
import type { Severity } from './vocabulary';

const ACCOUNTABLE_SEVERITIES: readonly Severity[] = ['sev1', 'sev2'];

/**
 * Problems worth fixing that do not stop the build (`npm run check -- --strict`
 * makes them fatal). Only what the file alone decides; a follow-up past its due
 * date depends on the day and is checked with the library (library-checks.ts).
 * Like the rules, each reads only fields that are well-formed.
 */
export function checkWarnings(file: string, view: RuleView, data: unknown, commentOf: (path: (string | number)[]) => string | undefined): RuleViolation[] {
  return [
    ...fileDateWarnings(file, view),
    ...farEventWarnings(view),
    ...dayOnlyWarnings(view),
    ...offsetWarnings(view),
    ...followUpWarnings(view),
    ...clockTimeWarnings(view, data),
    ...cutTextWarnings(data, commentOf),
  ];
}

/** A file name that begins with a date other than the day customer impact began, in the incident's zone: the name is the page's URL. */
function fileDateWarnings(file: string, view: RuleView): RuleViolation[] {
  const named = /(?:^|[/\\])(\d{4}-\d{2}-\d{2})-[^/\\]*$/.exec(file)?.[1];
  const starts = (view.impactWindows ?? []).flatMap((window, i) => (window.start === undefined ? [] : [{ i, epochMs: toEpochMs(window.start) }]));
  if (named === undefined || view.timeZone === undefined || starts.length === 0) return [];
  const first = starts.reduce((earliest, start) => (start.epochMs < earliest.epochMs ? start : earliest));
  const day = instantToIso(first.epochMs, view.timeZone).slice(0, 10);
  if (day === named) return [];
  return [{
    code: 'file-date-not-impact-start',
    path: ['impactWindows', first.i, 'start'],
    message: `expected customer impact to begin on ${named}, the date the file name gives, got ${day} in ${view.timeZone}: the name is the page's URL, so rename the file before it is published (or correct this time)`,
  }];
}

/** Fields of free text, where a `#` is more likely a channel or a ticket than a comment. */
const FREE_TEXT_FIELDS = new Set(['title', 'summary', 'detail', 'statement', 'label', 'measure', 'description', 'text', 'owner', 'organization']);

/** Each free-text field that YAML ended early at a ` #`, reading the rest as a comment (`title: Paged in #oncall`). */
function cutTextWarnings(data: unknown, commentOf: (path: (string | number)[]) => string | undefined): RuleViolation[] {
  return proseFields(data).flatMap(({ path, text }): RuleViolation[] => {
    const comment = FREE_TEXT_FIELDS.has(String(path.at(-1))) ? commentOf(path) : undefined;
    if (comment === undefined) return [];
    return [{
      code: 'text-cut-by-comment',
      path,
      message: `expected the whole text, got ${JSON.stringify(text)}: YAML reads " #${comment}" after it as a comment; if that is part of the text, put the whole text in quotes`,
    }];
  });
}

/** The incident zone's abbreviation where customer impact began, for examples in messages. */
export function exampleZoneAbbreviation(view: RuleView): string | undefined {
  const instant = view.impactWindows?.[0]?.start;
  return view.timeZone && instant ? zoneAbbreviation(view.timeZone, instant) : undefined;
}

/** Each text field that gives a clock time without its zone (clock-times.ts). */
function clockTimeWarnings(view: RuleView, data: unknown): RuleViolation[] {
  return proseFields(data).flatMap(({ path, text }): RuleViolation[] => {
    const bare = clockTimesWithoutZone(text);
    if (bare.length === 0) return [];
    return [{ code: 'time-without-zone', path, message: timeWithoutZoneMessage(bare, exampleZoneAbbreviation(view)) }];
  });
}

const FAR_DAYS = 30;
const DAY_MS = 86_400_000;

/** An event more than a month before or after customer impact: most often a slip of the year or the month, which would skew every figure it enters. */
function farEventWarnings(view: RuleView): RuleViolation[] {
  const windows = (view.impactWindows ?? []).flatMap(({ start, end }) => (start === undefined || end === undefined ? [] : [{ start: toEpochMs(start), end: toEpochMs(end) }]));
  if (windows.length === 0) return [];
  const first = Math.min(...windows.map((window) => window.start));
  const last = Math.max(...windows.map((window) => window.end));
  return (view.timeline ?? []).flatMap(({ at }, i): RuleViolation[] => {
    if (at === undefined) return [];
    const epochMs = toEpochMs(at);
    const days = Math.floor((epochMs < first ? first - epochMs : epochMs - last) / DAY_MS);
    if (days <= FAR_DAYS) return [];
    return [{
      code: 'event-far-from-impact',
      path: ['timeline', i, 'at'],
      message: `expected an event within ${FAR_DAYS} days of customer impact, got one ${days} days ${epochMs < first ? 'before it began' : 'after it ended'}; check the year and the month`,
    }];
  });
}

/** An event known only to the day whose `at` is not midnight in the incident's zone: its day may be misread, and its place among that day's events is a guess. */
function dayOnlyWarnings(view: RuleView): RuleViolation[] {
  const zone = view.timeZone;
  if (zone === undefined) return [];
  return (view.timeline ?? []).flatMap(({ at, precision }, i): RuleViolation[] => {
    // A wrong offset is the time's first problem (offsetWarnings): mended, it may be midnight already.
    if (precision !== 'day' || at === undefined || offsetSlip(at, zone)) return [];
    const local = instantToIso(toEpochMs(at), zone);
    if (local.slice(11, 19) === '00:00:00') return [];
    return [{
      code: 'day-only-not-midnight',
      path: ['timeline', i, 'at'],
      message: `expected midnight in ${zone} for an event known only to the day (precision: day), got ${local.slice(11, 16)} on ${local.slice(0, 10)}; ${offsetAdvice(`${local.slice(0, 10)}T00:00:00`, zone)}`,
    }];
  });
}

/** Each time whose offset is neither UTC nor its zone's at that instant (offset-slip.ts). */
function offsetWarnings(view: RuleView): RuleViolation[] {
  const zone = view.timeZone;
  if (zone === undefined) return [];
  const time = (path: (string | number)[], iso: string | undefined) => (iso === undefined ? [] : [{ path, iso }]);
  const times = [
    ...(view.timeline ?? []).flatMap((event, i) => [...time(['timeline', i, 'at'], event.at), ...time(['timeline', i, 'until'], event.until)]),
    ...(view.impactWindows ?? []).flatMap((window, i) => [...time(['impactWindows', i, 'start'], window.start), ...time(['impactWindows', i, 'end'], window.end)]),
    ...time(['publishedAt'], view.publishedAt),
  ];
  return times.flatMap(({ path, iso }): RuleViolation[] => {
    const slip = offsetSlip(iso, zone);
    if (!slip) return [];
    return [{
      code: 'offset-not-in-zone',
      path,
      message: `expected the offset ${zone} has at that time (${slip.expected}) or UTC, got ${slip.written}: as written it is ${slip.reads}; ${slip.advice}`,
    }];
  });
}

function followUpWarnings(view: RuleView): RuleViolation[] {
  const { severity } = view;
  if (view.draft !== false || severity === undefined || !ACCOUNTABLE_SEVERITIES.includes(severity)) return [];
  return (view.remediations ?? []).flatMap(({ timing, status, owner, due }, i): RuleViolation[] => {
    if (timing !== 'after' || status === undefined || !isOpen({ status })) return [];
    const missing: RuleViolation[] = [];
    if (owner === undefined) {
      missing.push({
        code: 'follow-up-without-owner',
        path: ['remediations', i],
        message: `expected an owner on an open follow-up of a ${severity} incident, got none`,
      });
    }
    if (due === undefined) {
      missing.push({
        code: 'follow-up-without-due',
        path: ['remediations', i],
        message: `expected a due date on an open follow-up of a ${severity} incident, got none`,
      });
    }
    return missing;
  });
}

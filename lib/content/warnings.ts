import { isOpen } from '../follow-ups/open';
import { zoneAbbreviation } from '../time/format';
import { clockTimesWithoutZone, proseFields, timeWithoutZoneMessage } from './clock-times';
import type { RuleView, RuleViolation } from './frontmatter-rules';
import { offsetSlip } from './offset-slip';
import type { Severity } from './vocabulary';

const ACCOUNTABLE_SEVERITIES: readonly Severity[] = ['sev1', 'sev2'];

/**
 * Problems worth fixing that do not stop the build (`npm run check -- --strict`
 * makes them fatal). Only what the file alone decides; a follow-up past its due
 * date depends on the day and is checked with the library (library-checks.ts).
 * Like the rules, each reads only fields that are well-formed.
 */
export function checkWarnings(view: RuleView, data: unknown): RuleViolation[] {
  return [...offsetWarnings(view), ...followUpWarnings(view), ...clockTimeWarnings(view, data)];
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
      message: `expected the offset ${zone} has at that time (${slip.expected}) or UTC, got ${slip.written}: as written it is ${slip.reads}; for ${slip.clock} in ${zone}, write "${slip.meant}"`,
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

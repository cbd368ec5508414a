import { isOpen } from '../follow-ups/open';
import type { RuleViolation } from './frontmatter-rules';
import { offsetSlip } from './offset-slip';
import type { IncidentFrontmatter } from './schema';

const ACCOUNTABLE_SEVERITIES: readonly IncidentFrontmatter['severity'][] = ['sev1', 'sev2'];

/**
 * Problems worth fixing that do not stop the build (`npm run check -- --strict`
 * makes them fatal). Only what the file alone decides; a follow-up past its due
 * date depends on the day and is checked with the library (library-checks.ts).
 */
export function checkWarnings(incident: IncidentFrontmatter): RuleViolation[] {
  return [...offsetWarnings(incident), ...followUpWarnings(incident)];
}

/** Each time whose offset is neither UTC nor its zone's at that instant (offset-slip.ts). */
function offsetWarnings(incident: IncidentFrontmatter): RuleViolation[] {
  const times: { path: (string | number)[]; iso: string }[] = [
    ...incident.timeline.flatMap((event, i) => [
      { path: ['timeline', i, 'at'], iso: event.at },
      ...(event.until === undefined ? [] : [{ path: ['timeline', i, 'until'], iso: event.until }]),
    ]),
    ...incident.impactWindows.flatMap((window, i) => [
      { path: ['impactWindows', i, 'start'], iso: window.start },
      { path: ['impactWindows', i, 'end'], iso: window.end },
    ]),
    ...(incident.publishedAt === undefined ? [] : [{ path: ['publishedAt'], iso: incident.publishedAt }]),
  ];
  const zone = incident.timeZone;
  return times.flatMap(({ path, iso }): RuleViolation[] => {
    const slip = offsetSlip(iso, zone);
    if (!slip) return [];
    return [{
      code: 'offset-not-in-zone',
      path,
      message: `expected the offset ${zone} has at that time (${slip.expected}) or UTC, got ${slip.written}: as written it is ${slip.reads}; for ${iso.slice(11, 16)} in ${zone}, write "${slip.meant}"`,
    }];
  });
}

function followUpWarnings(incident: IncidentFrontmatter): RuleViolation[] {
  if (incident.draft || !ACCOUNTABLE_SEVERITIES.includes(incident.severity)) return [];
  return incident.remediations.flatMap((remediation, i): RuleViolation[] => {
    if (remediation.timing === 'during' || !isOpen(remediation)) return [];
    const missing: RuleViolation[] = [];
    if (remediation.owner === undefined) {
      missing.push({
        code: 'follow-up-without-owner',
        path: ['remediations', i],
        message: `expected an owner on an open follow-up of a ${incident.severity} incident, got none`,
      });
    }
    if (remediation.due === undefined) {
      missing.push({
        code: 'follow-up-without-due',
        path: ['remediations', i],
        message: `expected a due date on an open follow-up of a ${incident.severity} incident, got none`,
      });
    }
    return missing;
  });
}

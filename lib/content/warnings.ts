import { isOpen } from '../follow-ups/open';
import type { RuleViolation } from './frontmatter-rules';
import type { IncidentFrontmatter } from './schema';

const ACCOUNTABLE_SEVERITIES: readonly IncidentFrontmatter['severity'][] = ['sev1', 'sev2'];

/**
 * Problems worth fixing that do not stop the build (`npm run check -- --strict`
 * makes them fatal). Only what the file alone decides; a follow-up past its due
 * date depends on the day and is checked with the library (library-checks.ts).
 */
export function checkWarnings(incident: IncidentFrontmatter): RuleViolation[] {
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

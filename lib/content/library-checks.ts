import { didYouMean } from './suggest';
import { isOverdue } from '../follow-ups/open';
import type { CalendarDate } from '../time/calendar-date';
import { isIsoDate } from '../time/iso';
import { diagnostic, formatFieldPath, type Diagnostic } from './diagnostic';
import type { RuleView, RuleViolation } from './frontmatter-rules';
import type { FieldPositions } from './validate';

/**
 * A file's fields as the rules read them, whether or not it passed the schema,
 * with the places of the fields that only the whole library can check.
 */
export type CheckableIncident = { slug: string; file: string; view: RuleView; positions: FieldPositions };

type Path = (string | number)[];

/** The fields `checkLibrary` may report on; the loader records where each one is in the file. */
export function libraryCheckedPaths(view: RuleView): Path[] {
  return [
    ...(view.related ?? []).map((_, i): Path => ['related', i]),
    ...(view.remediations ?? []).flatMap((remediation, i): Path[] => (remediation.due === undefined ? [] : [['remediations', i, 'due']])),
    ...(view.remediations ?? []).flatMap((remediation, i): Path[] => (remediation.completed === undefined ? [] : [['remediations', i, 'completed']])),
  ];
}

/**
 * Rules that need every file, or the day: a `related` entry must name an
 * incident file of the library; an open follow-up past its due date, and a
 * completion date still to come, are warnings. `knownSlugs` holds every file name, broken files included, so that a
 * link to a file with its own problems is not reported twice.
 */
export function checkLibrary(incidents: readonly CheckableIncident[], knownSlugs: ReadonlySet<string>, today: CalendarDate): Diagnostic[] {
  return incidents.flatMap(({ slug, file, view, positions }) => {
    const violations: RuleViolation[] = [];
    view.related?.forEach((target, i) => {
      if (target === undefined) return;
      if (target === slug) {
        violations.push({ code: 'related-to-itself', path: ['related', i], message: `expected another incident's file name, got "${target}", this incident itself` });
      } else if (!knownSlugs.has(target)) {
        violations.push({ code: 'unknown-related', path: ['related', i], message: `expected the file name (without .mdx) of an incident in the library, got "${target}"${didYouMean(target, [...knownSlugs].filter((known) => known !== slug))}` });
      }
    });
    view.remediations?.forEach(({ completed }, i) => {
      if (completed !== undefined && completed > today) {
        violations.push({ code: 'completed-in-future', path: ['remediations', i, 'completed'], message: `expected a day that has come (today is ${today}), got ${completed}; write the day it was done` });
      }
    });
    view.remediations?.forEach(({ status, due }, i) => {
      if (status !== undefined && typeof due === 'string' && isIsoDate(due) && isOverdue({ status, due }, today)) {
        violations.push({
          code: 'follow-up-overdue',
          path: ['remediations', i, 'due'],
          message: `expected status "done" or "wont-do" after the due date ${due} (today is ${today}), got "${status}"`,
        });
      }
    });
    return violations.map((violation) => {
      const path = formatFieldPath(violation.path);
      return diagnostic({ file, code: violation.code, ...(positions.get(path) ?? { line: 1, column: 1 }), path, message: violation.message });
    });
  });
}

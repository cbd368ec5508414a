import path from 'node:path';
import type { CalendarDate } from '../time/calendar-date';
import { formatDiagnostics, type Diagnostic } from './diagnostic';
import { contentDirectory, inFileOrder, loadAllIncidents, type Library } from './load';

/** `files`: report only these files' problems; the whole library is still loaded, for the checks across files. */
export type CheckOptions = { directory?: string; today?: CalendarDate; strict?: boolean; files?: readonly string[] };

/** The outcome, and the library as loaded, for a caller that goes on to use it (scripts/prepare-build.ts). */
export type CheckReport = { ok: boolean; count: number; errors: Diagnostic[]; warnings: Diagnostic[]; text: string; library: Library };

/**
 * One pass over every incident, as the build, the dev server and `npm run check`
 * all run it. Warnings are printed and pass, unless `strict`.
 */
export async function checkContent({ directory = contentDirectory(), today, strict = false, files }: CheckOptions = {}): Promise<CheckReport> {
  const library = await loadAllIncidents(directory, { today });
  const wanted = files && new Set(files.map((file) => path.resolve(file)));
  const about = (diagnostic: Diagnostic) => !wanted || wanted.has(path.resolve(diagnostic.file));
  const errors = library.errors.filter(about);
  const warnings = library.warnings.filter(about);
  const ok = errors.length === 0 && (!strict || warnings.length === 0);
  const diagnostics = inFileOrder([...errors, ...warnings]);
  const clean = files ? `${files.join(', ')}: no problems (${library.incidents.length} incident(s) loaded)` : `${library.incidents.length} incident(s), no problems`;
  const lines = diagnostics.length === 0 ? [clean] : [formatDiagnostics(diagnostics)];
  if (strict && errors.length === 0 && warnings.length > 0) lines.push('--strict: warnings fail the check');
  return { ok, count: library.incidents.length, errors, warnings, text: lines.join('\n'), library };
}

/** Checks every incident and prints the outcome (to stderr when it fails). */
export async function runContentCheck(options: CheckOptions = {}): Promise<CheckReport> {
  const report = await checkContent(options);
  (report.ok ? console.log : console.error)(report.text);
  return report;
}

import type { CalendarDate } from '../time/calendar-date';
import { formatDiagnostics, type Diagnostic } from './diagnostic';
import { contentDirectory, inFileOrder, loadAllIncidents, type Library } from './load';

export type CheckOptions = { directory?: string; today?: CalendarDate; strict?: boolean };

/** The outcome, and the library as loaded, for a caller that goes on to use it (scripts/prepare-build.ts). */
export type CheckReport = { ok: boolean; count: number; errors: Diagnostic[]; warnings: Diagnostic[]; text: string; library: Library };

/**
 * One pass over every incident, as the build, the dev server and `npm run check`
 * all run it. Warnings are printed and pass, unless `strict`.
 */
export async function checkContent({ directory = contentDirectory(), today, strict = false }: CheckOptions = {}): Promise<CheckReport> {
  const library = await loadAllIncidents(directory, { today });
  const { incidents, errors, warnings } = library;
  const ok = errors.length === 0 && (!strict || warnings.length === 0);
  const diagnostics = inFileOrder([...errors, ...warnings]);
  const lines = diagnostics.length === 0 ? [`${incidents.length} incident(s), no problems`] : [formatDiagnostics(diagnostics)];
  if (strict && errors.length === 0 && warnings.length > 0) lines.push('--strict: warnings fail the check');
  return { ok, count: incidents.length, errors, warnings, text: lines.join('\n'), library };
}

/** Checks every incident and prints the outcome (to stderr when it fails). */
export async function runContentCheck(options: CheckOptions = {}): Promise<CheckReport> {
  const report = await checkContent(options);
  (report.ok ? console.log : console.error)(report.text);
  return report;
}

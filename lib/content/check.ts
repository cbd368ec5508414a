import type { CalendarDate } from '../time/calendar-date';
import { formatDiagnostics, type Diagnostic } from './diagnostic';
import { contentDirectory, inFileOrder, loadAllIncidents } from './load';

export type CheckOptions = { directory?: string; today?: CalendarDate; strict?: boolean };

export type CheckReport = { ok: boolean; count: number; errors: Diagnostic[]; warnings: Diagnostic[]; text: string };

/**
 * One pass over every incident, as the build, the dev server and `npm run check`
 * all run it. Warnings are printed and pass, unless `strict`.
 */
export async function checkContent({ directory = contentDirectory(), today, strict = false }: CheckOptions = {}): Promise<CheckReport> {
  const { incidents, errors, warnings } = await loadAllIncidents(directory, { today });
  const ok = errors.length === 0 && (!strict || warnings.length === 0);
  const diagnostics = inFileOrder([...errors, ...warnings]);
  const lines = diagnostics.length === 0 ? [`${incidents.length} incident(s), no problems`] : [formatDiagnostics(diagnostics)];
  if (strict && errors.length === 0 && warnings.length > 0) lines.push('--strict: warnings fail the check');
  return { ok, count: incidents.length, errors, warnings, text: lines.join('\n') };
}

/** Checks every incident and prints the outcome (to stderr when it fails); true when it passes. */
export async function runContentCheck(options: CheckOptions = {}): Promise<boolean> {
  const report = await checkContent(options);
  (report.ok ? console.log : console.error)(report.text);
  return report.ok;
}

import { formatDiagnostics } from './diagnostic';
import { loadAllIncidents, contentDirectory } from './load';

/** One pass over every incident, as the build, the dev server and `npm run check` all run it. */
export async function checkContent(directory = contentDirectory()): Promise<{ ok: boolean; count: number; text: string }> {
  const { incidents, errors } = await loadAllIncidents(directory);
  if (errors.length > 0) return { ok: false, count: incidents.length, text: formatDiagnostics(errors) };
  return { ok: true, count: incidents.length, text: `${incidents.length} incident(s), no problems` };
}

/** Checks every incident and prints the outcome, problems to stderr; true when there are none. */
export async function runContentCheck(directory = contentDirectory()): Promise<boolean> {
  const report = await checkContent(directory);
  (report.ok ? console.log : console.error)(report.text);
  return report.ok;
}

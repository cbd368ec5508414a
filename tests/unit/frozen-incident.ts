import path from 'node:path';
import { formatDiagnostics } from '@/lib/content/diagnostic';
import { loadIncidentFile, type Incident } from '@/lib/content/load';

/**
 * A real-sized incident for unit tests: a frozen copy of the December 11, 2024
 * OpenAI writeup (content/incidents/ as of commit c8dbc91). Correcting the article
 * does not change it; the browser tests read the live content instead.
 */
export const FROZEN_INCIDENT_FILE = 'tests/fixtures/frozen/2024-12-11-openai-api-chatgpt-sora-outage.mdx';

export async function loadFrozenIncident(): Promise<Incident> {
  const result = await loadIncidentFile(path.resolve(FROZEN_INCIDENT_FILE));
  if (!result.ok) throw new Error(`the frozen incident does not load:\n${formatDiagnostics(result.errors)}`);
  return result.incident;
}

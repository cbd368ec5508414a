import { readFile } from 'node:fs/promises';
import type { Outcome } from './outcome';

const FETCH_TIMEOUT_MS = 20_000;

/** The text of a file, or of an http(s) address fetched once; a clear message when neither can be read. */
export async function readSource(location: string): Promise<Outcome<string>> {
  if (/^https?:\/\//i.test(location)) {
    let response: Response;
    try {
      response = await fetch(location, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      return { ok: false, message: `expected to fetch ${location}, got ${cause}` };
    }
    if (!response.ok) return { ok: false, message: `expected to fetch ${location}, got HTTP ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html')) {
      return { ok: false, message: `expected JSON from ${location}, got an HTML page; give the API address, e.g. https://status.example.com/api/v2/incidents.json` };
    }
    return { ok: true, value: await response.text() };
  }
  try {
    return { ok: true, value: await readFile(location, 'utf8') };
  } catch (error) {
    return { ok: false, message: `expected a readable file at ${location}, got ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

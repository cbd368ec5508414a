import { SEVERITIES, type Severity } from '../content/vocabulary';

/**
 * What the index page searches for: words and filters, kept in the URL
 * (`?q=dns&severity=sev1&service=api&year=2024`). Pagefind answers it in the browser.
 */
export type IndexQuery = { q: string; severity?: Severity; service?: string; year?: string };

export function isActiveQuery(query: IndexQuery): boolean {
  return query.q.trim() !== '' || query.severity !== undefined || query.service !== undefined || query.year !== undefined;
}

export function parseIndexQuery(search: string): IndexQuery {
  const params = new URLSearchParams(search);
  const severity = params.get('severity');
  const year = params.get('year');
  return {
    q: params.get('q') ?? '',
    severity: (SEVERITIES as readonly string[]).includes(severity ?? '') ? (severity as Severity) : undefined,
    service: params.get('service') || undefined,
    year: year && /^\d{4}$/.test(year) ? year : undefined,
  };
}

export function serializeIndexQuery(query: IndexQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q);
  if (query.severity) params.set('severity', query.severity);
  if (query.service) params.set('service', query.service);
  if (query.year) params.set('year', query.year);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

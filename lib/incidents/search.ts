import { SEVERITIES, type Severity } from '../content/vocabulary';

/**
 * Search over the incident library, in the browser, from a static index built
 * at build time. The query lives in the URL (`?q=dns&severity=sev1&service=api&year=2024`).
 */
export type IndexQuery = { q: string; severity?: Severity; service?: string; year?: string };

/** The fields search reads; `SearchEntry` in summary.ts has them. */
export type Searchable = { severity: Severity; services: { slug: string }[]; year: string; text: string };

/** Lower case, accents removed, runs of space collapsed: `Café  DNS` → `cafe dns`. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function isActiveQuery(query: IndexQuery): boolean {
  return query.q.trim() !== '' || query.severity !== undefined || query.service !== undefined || query.year !== undefined;
}

/** Every word of the query must appear; filters must all hold. */
export function matchesQuery(entry: Searchable, query: IndexQuery): boolean {
  if (query.severity && entry.severity !== query.severity) return false;
  if (query.service && !entry.services.some((service) => service.slug === query.service)) return false;
  if (query.year && entry.year !== query.year) return false;
  const words = foldText(query.q).split(' ').filter(Boolean);
  return words.every((word) => entry.text.includes(word));
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

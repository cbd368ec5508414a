import type { Incident } from '../content/load';
import { SEVERITIES, type Severity } from '../content/vocabulary';
import { serviceSlug } from './services';

/**
 * The static search index of the incident list: built at build time, filtered
 * in the browser as the reader types. The query lives in the URL
 * (`?q=dns&severity=sev1&service=api&year=2024`).
 */
export type SearchDocument = {
  slug: string;
  severity: Severity;
  serviceSlugs: string[];
  year: string;
  /** Title, summary and event titles, folded for matching. */
  text: string;
};

export type IndexQuery = { q: string; severity?: Severity; service?: string; year?: string };

/** Lower case, accents removed, runs of space collapsed: `Café  DNS` → `cafe dns`. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchDocument(incident: Incident): SearchDocument {
  return {
    slug: incident.slug,
    severity: incident.severity,
    serviceSlugs: incident.services.map(serviceSlug),
    year: incident.metrics.impactStart.slice(0, 4),
    text: foldText([incident.title, incident.summary, ...incident.timeline.map((event) => event.title)].join(' \n ')),
  };
}

/** Every word of the query must appear; filters must all hold. */
export function matchesQuery(document: SearchDocument, query: IndexQuery): boolean {
  if (query.severity && document.severity !== query.severity) return false;
  if (query.service && !document.serviceSlugs.includes(query.service)) return false;
  if (query.year && document.year !== query.year) return false;
  const words = foldText(query.q).split(' ').filter(Boolean);
  return words.every((word) => document.text.includes(word));
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

import type { Incident } from '../content/load';
import { LESSON_KINDS } from '../content/vocabulary';
import { impactDay, summarize } from '../incidents/summary';
import { escapeHtml } from '../html-text';
import { incidentPath } from '../site';

/**
 * What Pagefind indexes for one incident: a plain HTML document, written from
 * the loaded incident rather than crawled from the built page, so the index
 * exists before `next build` copies public/ (which `next start` then serves).
 * Every event, cause, factor, remediation, lesson and narrative part is a heading with
 * the id it has on the incident page: Pagefind turns each into a sub-result
 * whose URL ends in that `#id`; tags are words of the incident or factor they
 * are on. Filters: severity, service (slug) and year;
 * meta: what a result shows; sort: impact start.
 */
export type SearchDocument = { url: string; content: string };

const tag = (name: string, text: string, id?: string) =>
  `<${name}${id === undefined ? '' : ` id="${escapeHtml(id)}"`}>${escapeHtml(text)}</${name}>`;
const marker = (attribute: 'meta' | 'filter' | 'sort', key: string, value: string) =>
  `<span data-pagefind-${attribute}="${escapeHtml(`${key}:${value}`)}"></span>`;

function section(id: string, heading: string, ...paragraphs: (string | undefined)[]): string {
  return [tag('h2', heading, id), ...paragraphs.filter((text) => text !== undefined).map((text) => tag('p', text))].join('\n');
}

const tagWords = (tags: readonly string[]) => tags.join(', ');

export function searchDocument(incident: Incident): SearchDocument {
  const summary = summarize(incident);
  const markers = [
    marker('meta', 'date', summary.date),
    marker('meta', 'severity', incident.severity),
    marker('meta', 'organization', incident.organization),
    marker('meta', 'impact', summary.impact.text),
    marker('filter', 'severity', incident.severity),
    ...summary.services.map((service) => marker('filter', 'service', service.slug)),
    marker('filter', 'year', impactDay(incident).slice(0, 4)),
    marker('sort', 'date', new Date(incident.metrics.impactStart).toISOString()),
  ];
  const body = [
    tag('h1', incident.title),
    ...markers,
    tag('p', incident.summary),
    // The services are words too: a search for "Labs" finds the incidents that hit it.
    tag('p', incident.services.join(', ')),
    ...(incident.tags.length > 0 ? [tag('p', tagWords(incident.tags))] : []),
    ...incident.timeline.map((event) => section(event.id, event.title, event.detail)),
    ...incident.causes.map((cause) => section(cause.id, cause.statement, cause.detail)),
    ...incident.contributingFactors.map((factor) =>
      section(factor.id, factor.statement, factor.detail, factor.tags.length > 0 ? tagWords(factor.tags) : undefined),
    ),
    ...incident.remediations.map((remediation) => section(remediation.id, remediation.title, remediation.description)),
    ...LESSON_KINDS.flatMap((kind) => incident.lessons?.[kind] ?? []).map((lesson) => section(lesson.id, lesson.text)),
    ...incident.narrative.map((part) => section(part.id, part.heading ?? 'Narrative', part.text || undefined)),
  ];
  return {
    url: incidentPath(incident.slug),
    content: `<!doctype html>\n<html lang="en"><head><title>${escapeHtml(incident.title)}</title></head><body>\n${body.join('\n')}\n</body></html>\n`,
  };
}

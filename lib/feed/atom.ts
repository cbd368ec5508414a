import type { Incident } from '../content/load';
import { customerImpactWords } from '../incidents/summary';
import type { ServiceName } from '../incidents/services';
import { absoluteUrl, incidentPath, servicePath, SITE_NAME } from '../site';

// XML 1.0 allows tab, newline, carriage return and everything from space up,
// except lone surrogates and U+FFFE/U+FFFF; anything else makes a feed unreadable.
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an XML element or a quoted attribute, whatever the content holds. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);
}

const toUtc = (iso: string) => new Date(iso).toISOString();

/** One entry of an Atom feed; times are ISO 8601 with an offset, paths absolute on the site. */
export type AtomEntry = {
  path: string;
  title: string;
  published?: string;
  updated: string;
  author: string;
  categories: readonly string[];
  summary?: string;
  content?: string;
};

export type AtomFeedHead = {
  /** The feed's own path, e.g. `/services/api/feed.xml`. */
  selfPath: string;
  /** The page the feed mirrors, e.g. `/services/api`. */
  pagePath: string;
  title: string;
  subtitle: string;
};

/** An Atom document of the given entries, in the order given; the feed is updated when its newest entry was. */
export function atomDocument(head: AtomFeedHead, entries: readonly AtomEntry[]): string {
  const updated = entries.map((entry) => toUtc(entry.updated)).sort().at(-1);
  const lines = entries.map((entry) => {
    const url = absoluteUrl(entry.path);
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      ...(entry.published ? [`    <published>${toUtc(entry.published)}</published>`] : []),
      `    <updated>${toUtc(entry.updated)}</updated>`,
      `    <author><name>${escapeXml(entry.author)}</name></author>`,
      ...entry.categories.map((category) => `    <category term="${escapeXml(category)}"/>`),
      ...(entry.summary === undefined ? [] : [`    <summary>${escapeXml(entry.summary)}</summary>`]),
      ...(entry.content === undefined ? [] : [`    <content type="text">${escapeXml(entry.content)}</content>`]),
      '  </entry>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(absoluteUrl(head.selfPath))}</id>
  <title>${escapeXml(head.title)}</title>
  <subtitle>${escapeXml(head.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(head.selfPath))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(head.pagePath))}"/>
  <updated>${updated ?? new Date(0).toISOString()}</updated>
${lines.map((entry) => `${entry}\n`).join('')}</feed>
`;
}

export type FeedIncident = Pick<Incident, 'slug' | 'file' | 'title' | 'summary' | 'severity' | 'organization' | 'services' | 'publishedAt' | 'metrics'>;

/**
 * When each incident's file last changed, from its git history; undefined
 * when that history is unavailable, and the entry then falls back to when it
 * was published (or, unpublished, when its impact ended).
 */
export type LastChanged = (incident: Pick<Incident, 'file'>) => string | undefined;

export type FeedOptions = AtomFeedHead & { lastChanged?: LastChanged };

const publishedAt = (incident: FeedIncident) => incident.publishedAt ?? incident.metrics.impactEnd;

/** When an incident last changed, as every feed tells it: git's date, else its publication, else the end of its impact. */
export const incidentUpdated = (incident: FeedIncident, lastChanged: LastChanged | undefined) => lastChanged?.(incident) ?? publishedAt(incident);

/** An Atom feed with one entry per incident (newest first, as given). */
export function atomFeed(incidents: readonly FeedIncident[], options: FeedOptions): string {
  return atomDocument(
    options,
    incidents.map((incident) => ({
      path: incidentPath(incident.slug),
      title: incident.title,
      published: publishedAt(incident),
      updated: incidentUpdated(incident, options.lastChanged),
      author: incident.organization,
      categories: incident.services,
      summary: `${incident.severity.toUpperCase()} · customer impact ${customerImpactWords(incident.metrics)} · ${incident.services.join(', ')}. ${incident.summary}`,
    })),
  );
}

export const SITE_FEED = { selfPath: '/feed.xml', pagePath: '/', title: SITE_NAME, subtitle: 'Incident postmortems' };

export const serviceFeedPath = (serviceSlug: string) => `/services/${serviceSlug}/feed.xml`;

/** The head of one service's feed: its incidents, mirroring the service's page. */
export function serviceFeed(service: ServiceName): AtomFeedHead {
  return {
    selfPath: serviceFeedPath(service.slug),
    pagePath: servicePath(service.slug),
    title: `${service.name} incidents`,
    subtitle: `Postmortems of incidents that affected ${service.name}`,
  };
}

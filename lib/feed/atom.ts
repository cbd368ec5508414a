import type { Incident } from '../content/load';
import { formatDuration } from '../time/format';
import { absoluteUrl, incidentPath, SITE_NAME } from '../site';

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

type FeedIncident = Pick<Incident, 'slug' | 'file' | 'title' | 'summary' | 'severity' | 'organization' | 'services' | 'publishedAt' | 'metrics'>;

export type FeedOptions = {
  /** The feed's own path, e.g. `/services/api/feed.xml`. */
  selfPath: string;
  /** The page the feed mirrors, e.g. `/services/api`. */
  pagePath: string;
  title: string;
  subtitle: string;
  /**
   * When each incident's file last changed, from its git history; undefined
   * when that history is unavailable, and the entry then falls back to when it
   * was published (or, unpublished, when its impact ended).
   */
  lastChanged?: (incident: FeedIncident) => string | undefined;
};

const publishedAt = (incident: FeedIncident) => incident.publishedAt ?? incident.metrics.impactEnd;

/** An Atom feed with one entry per incident (newest first, as given). */
export function atomFeed(incidents: readonly FeedIncident[], options: FeedOptions): string {
  const updatedOf = (incident: FeedIncident) => options.lastChanged?.(incident) ?? publishedAt(incident);
  const updated = incidents.map((incident) => toUtc(updatedOf(incident))).sort().at(-1);
  const entries = incidents.map((incident) => {
    const url = absoluteUrl(incidentPath(incident.slug));
    const summary = `${incident.severity.toUpperCase()} · customer impact ${formatDuration(incident.metrics.customerImpactMs)} · ${incident.services.join(', ')}. ${incident.summary}`;
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(incident.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${toUtc(publishedAt(incident))}</published>
    <updated>${toUtc(updatedOf(incident))}</updated>
    <author><name>${escapeXml(incident.organization)}</name></author>
${incident.services.map((service) => `    <category term="${escapeXml(service)}"/>`).join('\n')}
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(absoluteUrl(options.selfPath))}</id>
  <title>${escapeXml(options.title)}</title>
  <subtitle>${escapeXml(options.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(options.selfPath))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(options.pagePath))}"/>
  <updated>${updated ?? new Date(0).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}

export const SITE_FEED = { selfPath: '/feed.xml', pagePath: '/', title: SITE_NAME, subtitle: 'Incident postmortems' };

export const serviceFeedPath = (serviceSlug: string) => `/services/${serviceSlug}/feed.xml`;

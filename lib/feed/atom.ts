import type { Incident } from '../content/load';
import { formatDuration } from '../time/format';
import { absoluteUrl, incidentPath, SITE_NAME } from '../site';

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);
}

const toUtc = (iso: string) => new Date(iso).toISOString();

/** An Atom feed with one entry per incident (newest first, as given). */
export function atomFeed(incidents: readonly Incident[]): string {
  const updated = incidents.map((incident) => incident.publishedAt ?? incident.metrics.impactEnd).sort().at(-1);
  const entries = incidents.map((incident) => {
    const url = absoluteUrl(incidentPath(incident.slug));
    const summary = `${incident.severity.toUpperCase()} · customer impact ${formatDuration(incident.metrics.customerImpactMs)} · ${incident.services.join(', ')}. ${incident.summary}`;
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(incident.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${toUtc(incident.publishedAt ?? incident.metrics.impactEnd)}</published>
    <updated>${toUtc(incident.publishedAt ?? incident.metrics.impactEnd)}</updated>
    <author><name>${escapeXml(incident.organization)}</name></author>
${incident.services.map((service) => `    <category term="${escapeXml(service)}"/>`).join('\n')}
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(absoluteUrl('/'))}</id>
  <title>${escapeXml(SITE_NAME)}</title>
  <subtitle>Incident postmortems</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl('/feed.xml'))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl('/'))}"/>
  <updated>${updated ? toUtc(updated) : new Date(0).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}

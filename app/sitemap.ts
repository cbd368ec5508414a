import type { MetadataRoute } from 'next';
import { getIncidents } from '@/lib/content/load';
import { servicesOf } from '@/lib/incidents/services';
import { absoluteUrl, incidentPath, servicePath } from '@/lib/site';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const incidents = await getIncidents();
  return [
    { url: absoluteUrl('/') },
    ...incidents.map((incident) => ({
      url: absoluteUrl(incidentPath(incident.slug)),
      lastModified: incident.publishedAt ?? incident.metrics.impactEnd,
    })),
    ...servicesOf(incidents).map((service) => ({ url: absoluteUrl(servicePath(service.slug)) })),
  ];
}

import type { MetadataRoute } from 'next';
import { getIncidents } from '@/lib/content/load';
import { servicesOf } from '@/lib/incidents/services';
import { tagPath, tagsOf } from '@/lib/incidents/tags';
import { absoluteUrl, incidentHistoryPath, incidentPath, servicePath } from '@/lib/site';

export const dynamic = 'force-static';

/** The pages a reader would look for; the lists behind each insight's numbers are reached from /insights. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const incidents = await getIncidents();
  return [
    ...['/', '/insights', '/follow-ups', '/services', '/tags'].map((pathname) => ({ url: absoluteUrl(pathname) })),
    ...incidents.flatMap((incident) => {
      const lastModified = incident.publishedAt ?? incident.metrics.impactEnd;
      return [
        { url: absoluteUrl(incidentPath(incident.slug)), lastModified },
        { url: absoluteUrl(incidentHistoryPath(incident.slug)) },
      ];
    }),
    ...servicesOf(incidents).map((service) => ({ url: absoluteUrl(servicePath(service.slug)) })),
    ...tagsOf(incidents).map((tag) => ({ url: absoluteUrl(tagPath(tag.tag)) })),
  ];
}

import { getIncidents } from '@/lib/content/load';
import { atomFeed, serviceFeed } from '@/lib/feed/atom';
import { getLastChanged } from '@/lib/history/library-history';
import { servicesOf } from '@/lib/incidents/services';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return servicesOf(await getIncidents()).map((service) => ({ service: service.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/services/[service]/feed.xml'>) {
  const slug = (await params).service;
  const service = servicesOf(await getIncidents()).find((candidate) => candidate.slug === slug);
  if (!service) return new Response('Not found', { status: 404 });
  const feed = atomFeed(service.incidents, { ...serviceFeed(service), lastChanged: await getLastChanged() });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

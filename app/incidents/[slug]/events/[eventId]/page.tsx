import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncident, getIncidents } from '@/lib/content/load';
import { eventSharePath, incidentPath } from '@/lib/site';
import { EventSharePage, eventShareDescription } from '@/components/incident/EventSharePage';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getIncidents()).flatMap((incident) =>
    incident.timeline.map((event) => ({ slug: incident.slug, eventId: event.id })),
  );
}

async function find(params: PageProps<'/incidents/[slug]/events/[eventId]'>['params']) {
  const { slug, eventId } = await params;
  const incident = await getIncident(slug);
  const event = incident?.timeline.find((candidate) => candidate.id === eventId);
  return incident && event ? { incident, event } : undefined;
}

export async function generateMetadata({ params }: PageProps<'/incidents/[slug]/events/[eventId]'>): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { incident, event } = found;
  const title = `${event.title} · ${incident.title}`;
  const description = eventShareDescription(incident, event);
  return {
    title,
    description,
    alternates: { canonical: incidentPath(incident.slug) },
    openGraph: {
      title,
      description,
      type: 'article',
      url: eventSharePath(incident.slug, event.id),
      images: [`${incidentPath(incident.slug)}/opengraph-image`],
    },
    twitter: { card: 'summary_large_image', title, description },
    robots: { index: false },
  };
}

export default async function Page({ params }: PageProps<'/incidents/[slug]/events/[eventId]'>) {
  const found = await find(params);
  if (!found) notFound();
  return <EventSharePage incident={found.incident} event={found.event} />;
}

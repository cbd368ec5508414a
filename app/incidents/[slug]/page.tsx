import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncident, getIncidentSlugs, getLibrary } from '@/lib/content/load';
import { relatedIncidents, similarIncidents } from '@/lib/incidents/related';
import { pageDescription } from '@/lib/incidents/summary';
import { getFileHistory } from '@/lib/history/library-history';
import { IncidentPage } from '@/components/incident/IncidentPage';
import { incidentPath } from '@/lib/site';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getIncidentSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/incidents/[slug]'>): Promise<Metadata> {
  const incident = await getIncident((await params).slug);
  if (!incident) return {};
  const description = pageDescription(incident.summary);
  return {
    title: incident.title,
    description,
    alternates: { canonical: incidentPath(incident.slug) },
    openGraph: { title: incident.title, description, type: 'article', url: incidentPath(incident.slug) },
    // Next copies the Open Graph title, description and picture into twitter: tags itself; the card's kind is X's own.
    twitter: { card: 'summary_large_image' },
  };
}

export default async function Page({ params }: PageProps<'/incidents/[slug]'>) {
  const incident = await getIncident((await params).slug);
  if (!incident) notFound();
  const { incidents } = await getLibrary();
  return <IncidentPage incident={incident} related={relatedIncidents(incident, incidents)} similar={similarIncidents(incident, incidents)} history={await getFileHistory(incident.file)} />;
}

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
    // X reads og: tags where its own are missing. Next copies the title and description into
    // twitter: tags all the same; `images: []` keeps it from copying the picture's five tags too.
    twitter: { card: 'summary_large_image', images: [] },
  };
}

export default async function Page({ params }: PageProps<'/incidents/[slug]'>) {
  const incident = await getIncident((await params).slug);
  if (!incident) notFound();
  const { incidents } = await getLibrary();
  return <IncidentPage incident={incident} related={relatedIncidents(incident, incidents)} similar={similarIncidents(incident, incidents)} history={await getFileHistory(incident.file)} />;
}

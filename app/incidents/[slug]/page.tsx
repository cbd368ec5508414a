import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncident, getIncidents } from '@/lib/content/load';
import { IncidentPage } from '@/components/incident/IncidentPage';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getIncidents()).map((incident) => ({ slug: incident.slug }));
}

export async function generateMetadata({ params }: PageProps<'/incidents/[slug]'>): Promise<Metadata> {
  const incident = await getIncident((await params).slug);
  if (!incident) return {};
  return { title: incident.title, description: incident.summary };
}

export default async function Page({ params }: PageProps<'/incidents/[slug]'>) {
  const incident = await getIncident((await params).slug);
  if (!incident) notFound();
  return <IncidentPage incident={incident} />;
}

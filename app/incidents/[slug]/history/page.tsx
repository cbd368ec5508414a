import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncident, getIncidentSlugs } from '@/lib/content/load';
import { getDescribedFileHistory } from '@/lib/history/library-history';
import { IncidentHistoryPage } from '@/components/incident/IncidentHistoryPage';
import { incidentHistoryPath } from '@/lib/site';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getIncidentSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/incidents/[slug]/history'>): Promise<Metadata> {
  const incident = await getIncident((await params).slug);
  if (!incident) return {};
  return { title: `History: ${incident.title}`, alternates: { canonical: incidentHistoryPath(incident.slug) } };
}

export default async function Page({ params }: PageProps<'/incidents/[slug]/history'>) {
  const incident = await getIncident((await params).slug);
  if (!incident) notFound();
  return <IncidentHistoryPage incident={incident} history={await getDescribedFileHistory(incident.file)} />;
}

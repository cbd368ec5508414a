import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncidents } from '@/lib/content/load';
import { DIMENSIONS, insightGroups } from '@/lib/insights/groups';
import { findInsightGroup } from '@/lib/insights/insights';
import { InsightGroupPage } from '@/components/insights/InsightGroupPage';

export const dynamicParams = false;

export async function generateStaticParams() {
  const incidents = await getIncidents();
  return DIMENSIONS.flatMap((dimension) => insightGroups(incidents, dimension).map((group) => ({ dimension, key: group.key })));
}

export async function generateMetadata({ params }: PageProps<'/insights/[dimension]/[key]'>): Promise<Metadata> {
  const { dimension, key } = await params;
  const group = findInsightGroup(await getIncidents(), dimension, key);
  return group ? { title: `${group.label} · Insights`, alternates: { canonical: group.path } } : {};
}

export default async function Page({ params }: PageProps<'/insights/[dimension]/[key]'>) {
  const { dimension, key } = await params;
  const group = findInsightGroup(await getIncidents(), dimension, key);
  if (!group) notFound();
  return <InsightGroupPage group={group} />;
}

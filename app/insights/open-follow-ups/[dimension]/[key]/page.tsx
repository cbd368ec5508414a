import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncidents } from '@/lib/content/load';
import { dayOf, findFollowUpGroup, insightsOf } from '@/lib/insights/insights';
import { FollowUpGroupPage } from '@/components/insights/FollowUpGroupPage';

export const dynamicParams = false;

export async function generateStaticParams() {
  const { byAge, byService } = insightsOf(await getIncidents(), new Date()).followUps;
  return [...byAge, ...byService].map((group) => ({ dimension: group.dimension, key: group.key }));
}

export async function generateMetadata({ params }: PageProps<'/insights/open-follow-ups/[dimension]/[key]'>): Promise<Metadata> {
  const { dimension, key } = await params;
  const group = findFollowUpGroup(await getIncidents(), dimension, key, new Date());
  return group ? { title: `Open follow-ups: ${group.label} · Insights`, alternates: { canonical: group.path } } : {};
}

export default async function Page({ params }: PageProps<'/insights/open-follow-ups/[dimension]/[key]'>) {
  const { dimension, key } = await params;
  const now = new Date();
  const group = findFollowUpGroup(await getIncidents(), dimension, key, now);
  if (!group) notFound();
  return <FollowUpGroupPage group={group} asOf={dayOf(now).toISOString().slice(0, 10)} />;
}

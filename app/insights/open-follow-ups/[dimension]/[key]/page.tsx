import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncidents } from '@/lib/content/load';
import { findFollowUpGroup, insightsOf } from '@/lib/insights/insights';
import { buildTime } from '@/lib/time/build-time';
import { utcDate } from '@/lib/time/calendar-date';
import { FollowUpGroupPage } from '@/components/insights/FollowUpGroupPage';

export const dynamicParams = false;

export async function generateStaticParams() {
  const { byAge, byService } = insightsOf(await getIncidents(), buildTime()).followUps;
  return [...byAge, ...byService].map((group) => ({ dimension: group.dimension, key: group.key }));
}

export async function generateMetadata({ params }: PageProps<'/insights/open-follow-ups/[dimension]/[key]'>): Promise<Metadata> {
  const { dimension, key } = await params;
  const group = findFollowUpGroup(await getIncidents(), dimension, key, buildTime());
  return group ? { title: `Open follow-ups: ${group.label} · Insights`, alternates: { canonical: group.path } } : {};
}

export default async function Page({ params }: PageProps<'/insights/open-follow-ups/[dimension]/[key]'>) {
  const { dimension, key } = await params;
  const asOf = buildTime();
  const group = findFollowUpGroup(await getIncidents(), dimension, key, asOf);
  if (!group) notFound();
  return <FollowUpGroupPage group={group} asOf={utcDate(asOf)} />;
}

import type { Metadata } from 'next';
import { getIncidents } from '@/lib/content/load';
import { tagsOf } from '@/lib/incidents/tags';
import { TagIndex } from '@/components/tags/TagIndex';

export const metadata: Metadata = {
  title: 'Tags',
  description: 'Every tag on an incident or a contributing factor.',
  alternates: { canonical: '/tags' },
};

export default async function Page() {
  return <TagIndex tags={tagsOf(await getIncidents())} />;
}

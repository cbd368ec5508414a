import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncidents } from '@/lib/content/load';
import { tagPath, tagsOf } from '@/lib/incidents/tags';
import { TagPage } from '@/components/tags/TagPage';

export const dynamicParams = false;

async function findTag(tag: string) {
  return tagsOf(await getIncidents()).find((candidate) => candidate.tag === tag);
}

export async function generateStaticParams() {
  return tagsOf(await getIncidents()).map((tag) => ({ tag: tag.tag }));
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  const tag = await findTag((await params).tag);
  if (!tag) return {};
  return {
    title: `#${tag.tag}`,
    description: `Incidents and contributing factors tagged ${tag.tag}.`,
    alternates: { canonical: tagPath(tag.tag) },
  };
}

export default async function Page({ params }: PageProps<'/tags/[tag]'>) {
  const tag = await findTag((await params).tag);
  if (!tag) notFound();
  return <TagPage tag={tag} />;
}

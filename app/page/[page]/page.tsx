import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncidents } from '@/lib/content/load';
import { indexPage } from '@/lib/incidents/index-page';
import { indexPagePath, pageCount } from '@/lib/incidents/pagination';
import { IncidentIndex } from '@/components/incident-list/IncidentIndex';

export const dynamicParams = false;

export async function generateStaticParams() {
  const pages = pageCount((await getIncidents()).length);
  // Page 1 is the home page; a library of one page still needs one param for the route to build.
  return pages > 1 ? Array.from({ length: pages - 1 }, (_, i) => ({ page: String(i + 2) })) : [{ page: '2' }];
}

async function pageNumber(params: PageProps<'/page/[page]'>['params']) {
  const { page } = await params;
  return /^[1-9]\d*$/.test(page) ? Number(page) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/page/[page]'>): Promise<Metadata> {
  const page = await pageNumber(params);
  return page ? { title: `Incidents, page ${page}`, alternates: { canonical: indexPagePath(page) } } : {};
}

export default async function Page({ params }: PageProps<'/page/[page]'>) {
  const incidents = await getIncidents();
  const page = await pageNumber(params);
  if (!page || page < 2 || page > pageCount(incidents.length)) notFound();
  return <IncidentIndex {...indexPage(incidents, page)} errors={[]} />;
}

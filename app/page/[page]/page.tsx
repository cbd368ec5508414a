import type { Metadata } from 'next';
import { getIncidents } from '@/lib/content/load';
import { indexPage } from '@/lib/incidents/index-page';
import { indexPagePath, pageCount } from '@/lib/incidents/pagination';
import { FirstPageOnly } from '@/components/incident-list/FirstPageOnly';
import { IncidentIndex } from '@/components/incident-list/IncidentIndex';

export const dynamicParams = false;

export async function generateStaticParams() {
  const pages = pageCount((await getIncidents()).length);
  // Page 1 is the home page; a library of one page still needs one param for the route to
  // build, and that page sends an old link to a later page back to the first.
  return pages > 1 ? Array.from({ length: pages - 1 }, (_, i) => ({ page: String(i + 2) })) : [{ page: '2' }];
}

async function pageNumber(params: PageProps<'/page/[page]'>['params']) {
  const { page } = await params;
  return /^[1-9]\d*$/.test(page) ? Number(page) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/page/[page]'>): Promise<Metadata> {
  const page = await pageNumber(params);
  if (!page || page > pageCount((await getIncidents()).length)) return { title: 'Incidents', robots: { index: false } };
  return { title: `Incidents, page ${page}`, alternates: { canonical: indexPagePath(page) } };
}

export default async function Page({ params }: PageProps<'/page/[page]'>) {
  const incidents = await getIncidents();
  const page = await pageNumber(params);
  if (!page || page < 2 || page > pageCount(incidents.length)) return <FirstPageOnly />;
  return <IncidentIndex {...indexPage(incidents, page)} errors={[]} />;
}

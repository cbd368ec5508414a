import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getIncidents } from '@/lib/content/load';
import { serviceFeed, SITE_FEED } from '@/lib/feed/atom';
import { servicesOf } from '@/lib/incidents/services';
import { ServicePage } from '@/components/services/ServicePage';

export const dynamicParams = false;

async function findService(slug: string) {
  return servicesOf(await getIncidents()).find((service) => service.slug === slug);
}

export async function generateStaticParams() {
  return servicesOf(await getIncidents()).map((service) => ({ service: service.slug }));
}

export async function generateMetadata({ params }: PageProps<'/services/[service]'>): Promise<Metadata> {
  const service = await findService((await params).service);
  if (!service) return {};
  const feed = serviceFeed(service);
  return {
    title: feed.title,
    description: `${feed.subtitle}.`,
    alternates: {
      canonical: feed.pagePath,
      types: {
        'application/atom+xml': [
          { url: feed.selfPath, title: feed.title },
          { url: SITE_FEED.selfPath, title: 'Incident postmortems' },
        ],
      },
    },
  };
}

export default async function Page({ params }: PageProps<'/services/[service]'>) {
  const service = await findService((await params).service);
  if (!service) notFound();
  return <ServicePage service={service} />;
}

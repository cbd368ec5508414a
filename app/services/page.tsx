import type { Metadata } from 'next';
import { getIncidents } from '@/lib/content/load';
import { servicesOf } from '@/lib/incidents/services';
import { ServiceIndex } from '@/components/services/ServiceIndex';

export const metadata: Metadata = {
  title: 'Services',
  description: 'Every service an incident affected.',
  alternates: { canonical: '/services' },
};

export default async function Page() {
  return <ServiceIndex services={servicesOf(await getIncidents())} />;
}

import type { Service } from '@/lib/incidents/services';
import { servicePath } from '@/lib/site';
import { CountedLinkIndex } from '@/components/ui/CountedLinkIndex';

export function ServiceIndex({ services }: { services: Service[] }) {
  return (
    <CountedLinkIndex
      title="Services"
      intro="Every service an incident affected, with how many incidents affected it."
      empty="No incident names a service yet."
      links={services.map((service) => ({
        key: service.slug,
        href: servicePath(service.slug),
        label: service.name,
        incidentCount: service.incidents.length,
      }))}
    />
  );
}

import type { Service } from '@/lib/incidents/services';
import { servicePath } from '@/lib/site';

export function ServiceIndex({ services }: { services: Service[] }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Services</h1>
      <p className="mt-2 mb-6 text-soft">Every service an incident affected, with how many incidents affected it.</p>
      {services.length === 0 ? (
        <p>No incident names a service yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {services.map((service) => (
            <li key={service.slug}>
              <a href={servicePath(service.slug)} className="inline-block rounded border border-slate-300 px-2 py-1 hover:underline dark:border-slate-700">
                {service.name}{' '}
                <span className="text-muted">
                  ({service.incidents.length} {service.incidents.length === 1 ? 'incident' : 'incidents'})
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

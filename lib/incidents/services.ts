import type { Incident } from '../content/load';
import { slugifyAnyScript } from '../slug';

export type Service = { slug: string; name: string; incidents: Incident[] };

/** `Login and account creation` → `login-and-account-creation`, `Платежи` → `платежи`; the content rules reject a name whose slug is empty. */
export function serviceSlug(name: string): string {
  return slugifyAnyScript(name);
}

/** Every affected service with its incidents (newest first, as given), services by name. */
export function servicesOf(incidents: readonly Incident[]): Service[] {
  const bySlug = new Map<string, Service>();
  for (const incident of incidents) {
    for (const name of incident.services) {
      const slug = serviceSlug(name);
      const service = bySlug.get(slug) ?? { slug, name, incidents: [] };
      if (!service.incidents.includes(incident)) service.incidents.push(incident);
      bySlug.set(slug, service);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

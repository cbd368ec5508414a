import type { Incident } from '../content/load';
import { slugifyAnyScript } from '../slug';

/** A service as lists and links name it: its name as written, and the slug of its page. */
export type ServiceName = { name: string; slug: string };

export type Service = ServiceName & { incidents: Incident[] };

/** `Login and account creation` → `login-and-account-creation`, `Платежи` → `платежи`; the content rules reject a name whose slug is empty. */
export function serviceSlug(name: string): string {
  return slugifyAnyScript(name);
}

/** Each name with its slug, in the order written; an incident's slugs are unique, as the content rules require. */
export function serviceNames(names: readonly string[]): ServiceName[] {
  return names.map((name) => ({ name, slug: serviceSlug(name) }));
}

/** Every affected service with its incidents (newest first, as given), services by name. */
export function servicesOf(incidents: readonly Incident[]): Service[] {
  const bySlug = new Map<string, Service>();
  for (const incident of incidents) {
    for (const { name, slug } of serviceNames(incident.services)) {
      const service = bySlug.get(slug) ?? { slug, name, incidents: [] };
      if (!service.incidents.includes(incident)) service.incidents.push(incident);
      bySlug.set(slug, service);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The public address of the site, for canonical URLs, feeds, the sitemap and
 * link previews. Set SITE_URL when building for a real host.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const SITE_NAME = 'Postmortems';

export function absoluteUrl(pathname: string): string {
  return `${SITE_URL}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

export const incidentPath = (slug: string) => `/incidents/${slug}`;
export const servicePath = (serviceSlug: string) => `/services/${serviceSlug}`;

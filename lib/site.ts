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
export const incidentHistoryPath = (slug: string) => `/incidents/${slug}/history`;
export const servicePath = (serviceSlug: string) => `/services/${serviceSlug}`;

/**
 * The repository's web address (`https://github.com/org/postmortems`), for links
 * to the commits in an incident's history; none when unset.
 */
export const REPO_URL = process.env.REPO_URL?.replace(/\/+$/, '') || undefined;

export const commitUrl = (hash: string) => (REPO_URL ? `${REPO_URL}/commit/${hash}` : undefined);

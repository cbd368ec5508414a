import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getIncident, getLibrary, loadAllIncidents } from '@/lib/content/load';
import { atomFeed, SITE_FEED } from '@/lib/feed/atom';
import { serviceSlug, servicesOf } from '@/lib/incidents/services';
import sitemap from '@/app/sitemap';

const SITE = path.resolve('tests/fixtures/site');

afterEach(() => vi.unstubAllEnvs());

function publishing() {
  vi.stubEnv('CONTENT_DIR', SITE);
  vi.stubEnv('NODE_ENV', 'production');
}

describe('drafts', () => {
  it('are left out of a production build', async () => {
    publishing();
    const { incidents } = await getLibrary();
    expect(incidents.map((incident) => incident.slug)).toEqual(['2024-12-11-published']);
    expect(await getIncident('2025-01-05-draft')).toBeUndefined();
  });

  it('are shown while writing, marked as drafts', async () => {
    vi.stubEnv('CONTENT_DIR', SITE);
    vi.stubEnv('NODE_ENV', 'development');
    const { incidents } = await getLibrary();
    expect(incidents.map((incident) => [incident.slug, incident.draft])).toEqual([
      ['2025-01-05-draft', true],
      ['2024-12-11-published', false],
    ]);
  });

  it('are absent from the feed and the sitemap', async () => {
    publishing();
    const { incidents } = await getLibrary();
    const feed = atomFeed(incidents, SITE_FEED);
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('/incidents/2024-12-11-published</id>');
    expect(feed).not.toContain('draft');
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toEqual([
      'http://localhost:3000/',
      'http://localhost:3000/insights',
      'http://localhost:3000/follow-ups',
      'http://localhost:3000/services',
      'http://localhost:3000/tags',
      'http://localhost:3000/incidents/2024-12-11-published',
      'http://localhost:3000/incidents/2024-12-11-published/history',
      'http://localhost:3000/services/api',
      'http://localhost:3000/services/dashboard',
    ]);
  });
});

describe('the Atom feed', () => {
  it('escapes text from content', async () => {
    const { incidents } = await loadAllIncidents(SITE);
    const feed = atomFeed(incidents, SITE_FEED);
    expect(feed).toContain('<title>Draft &lt;script&gt;alert(1)&lt;/script&gt; &amp; friends</title>');
    expect(feed).not.toContain('<script>');
  });

  it('dates entries in UTC and lists services as categories', async () => {
    const { incidents } = await loadAllIncidents(SITE);
    const feed = atomFeed(incidents.filter((incident) => !incident.draft), SITE_FEED);
    expect(feed).toContain('<updated>2024-12-12T00:00:00.000Z</updated>');
    expect(feed).toContain('<category term="API"/>');
  });
});

describe('services', () => {
  it('get URL slugs from their names', () => {
    expect(serviceSlug('Login and account creation')).toBe('login-and-account-creation');
    expect(serviceSlug('API')).toBe('api');
  });

  it('keep the letters and digits of every script in their slugs, lower-cased', () => {
    expect(serviceSlug('Платежи API')).toBe('платежи-api');
    expect(serviceSlug('Ελληνικά v2')).toBe('ελληνικά-v2');
    expect(serviceSlug('東京 リージョン')).toBe('東京-リージョン');
    expect(serviceSlug('हिन्दी सेवा')).toBe('हिन्दी-सेवा');
    expect(serviceSlug('Café Ünïcode')).toBe('cafe-unicode');
    expect(serviceSlug('🔥 ???')).toBe('');
  });

  it('list the incidents that affected them', async () => {
    const { incidents } = await loadAllIncidents(SITE);
    const services = servicesOf(incidents);
    expect(services.map((service) => [service.slug, service.incidents.length])).toEqual([
      ['api', 2],
      ['dashboard', 2],
    ]);
  });
});

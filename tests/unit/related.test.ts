import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllIncidents, type Incident } from '@/lib/content/load';
import { relatedIncidents, similarIncidents } from '@/lib/incidents/related';
import { incidentsCarrying, tagsOf } from '@/lib/incidents/tags';

let library: Incident[];
const bySlug = (slug: string) => library.find((incident) => incident.slug === slug)!;
const slugs = (list: { slug: string }[]) => list.map((incident) => incident.slug);

beforeAll(async () => {
  const loaded = await loadAllIncidents(path.resolve('tests/fixtures/related'));
  expect(loaded.errors).toEqual([]);
  library = loaded.incidents;
});

describe('related incidents', () => {
  it('link both ways when only one file names the other', () => {
    expect(slugs(relatedIncidents(bySlug('2024-03-01-api-outage'), library))).toEqual(['2024-01-10-earlier-api-outage']);
    expect(slugs(relatedIncidents(bySlug('2024-01-10-earlier-api-outage'), library))).toEqual(['2024-03-01-api-outage']);
  });

  it('are symmetric across the whole library', () => {
    for (const incident of library) {
      for (const other of relatedIncidents(incident, library)) {
        expect(slugs(relatedIncidents(bySlug(other.slug), library))).toContain(incident.slug);
      }
    }
  });

  it('leave out an incident that is not in the library shown (a draft in a production build)', () => {
    const withoutEarlier = library.filter((incident) => incident.slug !== '2024-01-10-earlier-api-outage');
    expect(relatedIncidents(bySlug('2024-03-01-api-outage'), withoutEarlier)).toEqual([]);
  });
});

describe('incidents like this one', () => {
  it('share a service or a tag, most in common first, related ones left out', () => {
    const similar = similarIncidents(bySlug('2024-03-01-api-outage'), library);
    expect(similar.map(({ slug, sharedServices, sharedTags }) => ({ slug, sharedServices, sharedTags }))).toEqual([
      { slug: '2024-02-01-dashboard-slowdown', sharedServices: ['Dashboard'], sharedTags: ['configuration-change'] },
    ]);
  });

  it('include a factor tag, and nothing without anything in common', () => {
    const similar = similarIncidents(bySlug('2024-01-10-earlier-api-outage'), library);
    expect(slugs(similar)).toEqual(['2024-02-01-dashboard-slowdown']);
    expect(similarIncidents(bySlug('2024-04-01-billing-glitch'), library)).toEqual([]);
  });

  it('stop at the limit', () => {
    expect(similarIncidents(bySlug('2024-02-01-dashboard-slowdown'), library, 1)).toHaveLength(1);
  });
});

describe('tags', () => {
  it('gather the incidents and the contributing factors that carry each', () => {
    const tags = tagsOf(library);
    expect(tags.map((tag) => tag.tag)).toEqual(['billing', 'configuration-change', 'testing-gap']);
    const change = tags.find((tag) => tag.tag === 'configuration-change')!;
    expect(slugs(change.incidents)).toEqual(['2024-03-01-api-outage', '2024-01-10-earlier-api-outage']);
    expect(change.factors.map((factor) => `${factor.incident.slug}#${factor.id}`)).toEqual(['2024-02-01-dashboard-slowdown#no-canary']);
  });

  it('count each incident once, whether it carries the tag itself, through a factor or both', () => {
    const tags = tagsOf(library);
    const count = (name: string) => incidentsCarrying(tags.find((tag) => tag.tag === name)!).length;
    expect(count('configuration-change')).toBe(3);
    expect(count('testing-gap')).toBe(1);
  });
});

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllIncidents, loadIncidentFile } from '@/lib/content/load';
import { indexPage } from '@/lib/incidents/index-page';
import { INDEX_PAGE_SIZE, indexPagePath } from '@/lib/incidents/pagination';
import { writeSyntheticIncidents } from '@/scripts/bench/synthetic-incidents';

describe('the index of a large library', () => {
  it('shows a page at a time, newest first, with filters over the whole library', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'library-'));
    await writeSyntheticIncidents(dir, INDEX_PAGE_SIZE + 5);
    const { incidents, errors } = await loadAllIncidents(dir);
    expect(errors).toEqual([]);

    const first = indexPage(incidents, 1);
    const second = indexPage(incidents, 2);
    expect(first.pages).toBe(2);
    expect(first.total).toBe(INDEX_PAGE_SIZE + 5);
    expect(first.incidents).toHaveLength(INDEX_PAGE_SIZE);
    expect(second.incidents).toHaveLength(5);
    expect(second.incidents[4]!.slug).toBe(incidents.at(-1)!.slug);
    expect(first.incidents[0]!.impactStart > second.incidents[0]!.impactStart).toBe(true);
    expect(second.facets).toEqual(first.facets);
    expect(first.facets.years.length).toBeGreaterThan(0);
  }, 120_000); // compiles 30 synthetic incidents; a busy shared machine needs the margin

  it('offers the year each incident\'s page shows, in its own zone, though its file wrote UTC', async () => {
    const result = await loadIncidentFile(path.resolve('content/incidents/2024-12-11-openai-api-chatgpt-sora-outage.mdx'));
    if (!result.ok) throw new Error('the OpenAI incident should load');
    const newYearsEve = { ...result.incident, metrics: { ...result.incident.metrics, impactStart: '2025-01-01T03:00:00Z' } };
    expect(indexPage([newYearsEve], 1).facets.years).toEqual(['2024']);
    expect(indexPage([newYearsEve], 1).incidents[0]!.date).toBe('Tue, Dec 31, 2024');
  });

  it('offers the severities present, most severe first, whatever the order of the incidents', async () => {
    const result = await loadIncidentFile(path.resolve('content/incidents/2024-12-11-openai-api-chatgpt-sora-outage.mdx'));
    if (!result.ok) throw new Error('the OpenAI incident should load');
    const at = (severity: 'sev1' | 'sev3' | 'sev4') => ({ ...result.incident, severity });
    expect(indexPage([at('sev4'), at('sev1'), at('sev3'), at('sev1')], 1).facets.severities).toEqual(['sev1', 'sev3', 'sev4']);
  });

  it('puts page 1 at the home page', () => {
    expect(indexPagePath(1)).toBe('/');
    expect(indexPagePath(3)).toBe('/page/3');
  });
});

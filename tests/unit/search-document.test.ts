import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIncidentFile } from '@/lib/content/load';
import { LESSON_KINDS } from '@/lib/content/vocabulary';
import { searchDocument } from '@/lib/search/search-document';

async function openAiIncident() {
  const result = await loadIncidentFile(path.resolve('content/incidents/2024-12-11-openai-api-chatgpt-sora-outage.mdx'));
  if (!result.ok) throw new Error('the OpenAI incident should load');
  return result.incident;
}

describe('the search document of an incident', () => {
  it('points at the incident page', async () => {
    expect(searchDocument(await openAiIncident()).url).toBe('/incidents/2024-12-11-openai-api-chatgpt-sora-outage');
  });

  it('gives every event, cause, factor, remediation, lesson and narrative part a heading with its page anchor', async () => {
    const incident = await openAiIncident();
    const { content } = searchDocument(incident);
    const anchors = [...content.matchAll(/<h2 id="([^"]+)">/g)].map((match) => match[1]);
    expect(anchors).toEqual([
      ...incident.timeline.map((event) => event.id),
      ...incident.causes.map((cause) => cause.id),
      ...incident.contributingFactors.map((factor) => factor.id),
      ...incident.remediations.map((remediation) => remediation.id),
      ...LESSON_KINDS.flatMap((kind) => incident.lessons?.[kind] ?? []).map((lesson) => lesson.id),
      'what-happened',
      'why-an-outage-of-the-control-plane-took-the-products-down',
      'why-recovery-took-four-hours',
      'what-openai-is-changing',
    ]);
    expect(content).toContain('<h2 id="first-cluster-recovered">First cluster recovered');
    expect(content).toContain('On the largest production clusters, with thousands of nodes, it was a flood');
  });

  it('holds the incident\'s tags and each factor\'s, as words of the page they are on', async () => {
    const incident = await openAiIncident();
    const { content } = searchDocument(incident);
    expect(content).toContain(`<p>${incident.tags.join(', ')}</p>`);
    for (const factor of incident.contributingFactors) expect(content).toContain(`<p>${factor.tags.join(', ')}</p>`);
  });

  it('files an incident under the year its page shows, in its own zone, though the file wrote UTC', async () => {
    const incident = await openAiIncident();
    const newYearsEve = { ...incident, metrics: { ...incident.metrics, impactStart: '2025-01-01T03:00:00Z' } };
    const { content } = searchDocument(newYearsEve);
    expect(content).toContain('data-pagefind-filter="year:2024"');
    expect(content).toContain('data-pagefind-meta="date:Tue, Dec 31, 2024"');
  });

  it('holds the services as words, so a search for one finds the incidents it was hurt in', async () => {
    const { content } = searchDocument(await openAiIncident());
    expect(content).toContain('<p>API, ChatGPT, Sora, Playground, Labs</p>');
  });

  it('reads each time the narrative refers to as the page shows it, in the incident\'s zone', async () => {
    const { content } = searchDocument(await openAiIncident());
    // "… reached production clusters at <EventRef id="telemetry-deployed" />, and …"
    expect(content).toContain('production clusters at 15:12 PST');
    expect(content).not.toMatch(/ at ,/);
  });

  it('carries the filters and what a result shows', async () => {
    const { content } = searchDocument(await openAiIncident());
    for (const marker of ['filter="severity:sev1"', 'filter="service:sora"', 'filter="service:chatgpt"', 'filter="year:2024"', 'meta="severity:sev1"', 'sort="date:2024-12-11T']) {
      expect(content).toContain(`data-pagefind-${marker}`);
    }
  });

  it('escapes text, so a title cannot become markup', async () => {
    const incident = { ...(await openAiIncident()), title: '<img src=x onerror=alert(1)> & "quotes"' };
    const { content } = searchDocument(incident);
    expect(content).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</h1>');
    expect(content).not.toContain('<img');
  });
});

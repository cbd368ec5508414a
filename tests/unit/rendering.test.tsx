import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadIncidentSource, type Incident } from '@/lib/content/load';
import { IncidentPage } from '@/components/incident/IncidentPage';
import { scaffoldIncident } from '@/lib/content/scaffold';
import type { FileHistory } from '@/lib/history/read';

/** Odd but valid input renders in full, and text from content never becomes markup. */
const minimal = readFileSync('tests/fixtures/valid/minimal.mdx', 'utf8');
const history: FileHistory = { available: false, reason: 'not-a-repository' };

async function load(text: string): Promise<Incident> {
  const result = await loadIncidentSource('content/incidents/odd.mdx', 'odd', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.line} ${error.path} ${error.message}`).join('\n'));
  return result.incident;
}

function manyEvents(count: number): string {
  const start = Date.parse('2024-12-11T23:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z');
    return `  - id: event-${i}\n    at: "${at}"\n    kind: communication\n    title: Update ${i}`;
  }).join('\n');
}

describe('odd but valid incidents', () => {
  it('render from a file with CRLF line ends, a byte-order mark, non-Latin text and a very long title', async () => {
    const title = `障害報告: Задержка API — ${'very long title '.repeat(40)}`.trim();
    const text = `\uFEFF${minimal.replace('title: Minimal incident', `title: "${title}"`)}`.replaceAll('\n', '\r\n');
    const html = renderToStaticMarkup(<IncidentPage incident={await load(text)} related={[]} similar={[]} history={history} />);
    expect(html).toContain(`<h1 class="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">${title}</h1>`);
    expect(html).toContain('Config deployed');
  });

  it('render a body with MDX comments, which show nowhere: not on the page, not in search', async () => {
    const text = minimal.replace(
      'The config went out at <EventRef id="config-deployed" />.',
      '{/* TODO: ask the network team for the exact time */}\n\nThe config went out at <EventRef id="config-deployed" />{/* check this */}.',
    );
    expect(text).toContain('{/* check this */}');
    const incident = await load(text);
    const html = renderToStaticMarkup(<IncidentPage incident={incident} related={[]} similar={[]} history={history} />);
    expect(html).toContain('The config went out at');
    expect(html).not.toMatch(/TODO|check this/);
    expect(JSON.stringify(incident.narrative)).not.toMatch(/TODO|check this/);
    expect(incident.narrative.map((section) => section.text).join(' ')).toContain('The config went out at');
  });

  it('render 500 events, every one in the list', async () => {
    const text = minimal
      .replace(/timeline:\n[\s\S]*?\ncauses:/, `timeline:\n${manyEvents(500)}\ncauses:`)
      .replace('<EventRef id="config-deployed" />', '<EventRef id="event-499" />');
    const incident = await load(text);
    const html = renderToStaticMarkup(<IncidentPage incident={incident} related={[]} similar={[]} history={history} />);
    expect(incident.timeline).toHaveLength(500);
    expect(html.match(/<li id="event-\d+"/g)).toHaveLength(500);
    // All of them status updates: one collapsed group.
    expect(html.match(/<details>/g)).toHaveLength(1);
    expect(html).toContain('<summary>500 status updates');
  });
});

describe('a fresh scaffold', () => {
  it('renders at once, every section of the page included', async () => {
    const { text } = scaffoldIncident({ title: 'Payments API outage', date: '2025-03-04', timeZone: 'Europe/Berlin' });
    const html = renderToStaticMarkup(<IncidentPage incident={await load(text)} related={[]} similar={[]} history={history} />);
    expect(html).toContain('>Payments API outage</h1>');
    for (const section of ['timeline', 'root-cause', 'contributing-factors', 'remediations', 'narrative']) {
      expect(html).toContain(`<section id="${section}"`);
    }
    expect(html).toContain('09:00');
  });
});

describe('text from content', () => {
  it('is escaped wherever it is shown', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const text = minimal
      .replace('summary: The smallest incident the schema accepts, used by the tests.', `summary: ${JSON.stringify(hostile)}`)
      .replace('title: Config deployed', `title: ${JSON.stringify(`"><svg onload=alert(3)> ${hostile}`)}`)
      .replace('statement: A bad configuration was deployed to every server.', `statement: ${JSON.stringify(hostile)}`);
    const html = renderToStaticMarkup(<IncidentPage incident={await load(text)} related={[]} similar={[]} history={history} />);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<svg onload');
  });

  it('cannot smuggle a javascript: link into the sources', async () => {
    const text = minimal.replace('causes:', 'sources:\n  - title: Click me\n    url: "javascript:alert(1)"\ncauses:');
    const result = await loadIncidentSource('content/incidents/odd.mdx', 'odd', new TextEncoder().encode(text));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => `${error.path}: ${error.message}`)).toEqual([
      'sources[0].url: expected an http(s) URL, got "javascript:alert(1)"',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadIncidentSource, type Incident } from '@/lib/content/load';
import { IncidentMetrics } from '@/components/incident/IncidentMetrics';

const ROUGHLY = '≈\u202F';

async function load(file: string): Promise<Incident> {
  const result = await loadIncidentSource(file, file.replace(/^.*\/|\.mdx$/g, ''), readFileSync(file));
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.incident;
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"');

/** Each figure card's value, by its term, as read: `≈ 3 h`. */
function figureCards(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<dt[^>]*>([^<]+)<\/dt><dd[^>]*>(.*?)<\/dd>/g)].map(([, term, value]) => [term, text(value!)]));
}

/** The cells of the row of one service in the recovery table, each in the incident's zone only. */
function serviceRow(html: string, service: string): string[] {
  const row = new RegExp(`<tr[^>]*><th scope="row"[^>]*>${service}</th>(.*?)</tr>`).exec(html)?.[1] ?? '';
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map(([, cell]) => text(cell!.replace(/<span data-z="u">.*?<\/span>/g, '')));
}

describe('figures resting on times the source gives only roughly', () => {
  it('are marked ≈ on the August 19, 2022 page, whose windows end "about" an hour and "within" two hours in, and only they', async () => {
    const html = renderToStaticMarkup(<IncidentMetrics incident={await load('content/incidents/2022-08-19-openai-api-load-balancer-outage.mdx')} />);
    expect(figureCards(html)).toMatchObject({
      'Customer impact': `${ROUGHLY}3 h`,
      'Trigger to alert': 'not given',
      'Time to detect': 'no alert recorded',
      'Time to mitigate': `${ROUGHLY}1 h`,
      'Time to resolve': `${ROUGHLY}3 h`,
    });
    const windows = [...html.matchAll(/<li id="(load-balancer-outage|cascading-errors-window)"[^>]*><p[^>]*>(.*?)<\/p>/g)].map(([, id, line]) => [
      id,
      text(line!.replace(/<span data-z="u">.*?<\/span>/g, '')),
    ]);
    // The stated start, 9:05 PDT, stays exact.
    expect(windows).toEqual([
      ['load-balancer-outage', `OutageAug 19, 09:05 PDT to ${ROUGHLY}10:05 PDT, ${ROUGHLY}1 h`],
      ['cascading-errors-window', `Partial${ROUGHLY}Aug 19, 10:05 PDT to ${ROUGHLY}12:05 PDT, ${ROUGHLY}2 h`],
    ]);
    expect(text(html)).toContain('≈ marks a rough time, and any figure counted from one.');
  });

  it('are marked ≈ on the December 11, 2024 page only where a recovery came "around" a time', async () => {
    const html = renderToStaticMarkup(<IncidentMetrics incident={await load('content/incidents/2024-12-11-openai-api-chatgpt-sora-outage.mdx')} />);
    expect(Object.values(figureCards(html)).filter((value) => value.includes('≈'))).toEqual([]);
    expect(serviceRow(html, 'API')).toEqual(['15:16 PST', '4 h 22 min', `${ROUGHLY}17:40 PST (after ${ROUGHLY}2 h 24 min)`]);
    expect(serviceRow(html, 'ChatGPT')).toEqual(['15:16 PST', '4 h 22 min', `${ROUGHLY}18:50 PST (after ${ROUGHLY}3 h 34 min)`]);
    expect(serviceRow(html, 'Playground')).toEqual(['15:16 PST', '4 h 22 min', '19:38 PST (after 4 h 22 min)']);
  });

  it('leave a page of exact times unmarked, with no word about ≈', async () => {
    const html = renderToStaticMarkup(<IncidentMetrics incident={await load('tests/fixtures/valid/minimal.mdx')} />);
    expect(html).not.toContain('≈');
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostics } from '@/lib/content/diagnostic';
import { splitSource } from '@/lib/content/frontmatter';
import { loadIncidentSource } from '@/lib/content/load';
import type { Incident } from '@/lib/incident/model';
import { toEpochMs } from '@/lib/time/iso';
import { ADDED_EVENT_PREFIX, expandTimeline } from '@/scripts/bench/expand-timeline';
import { htmlSize } from '@/scripts/bench/html-size';
import { lighthouseFigures, type LighthouseFigures, type LighthouseResultShape } from '@/scripts/bench/lighthouse-figures';
import { median } from '@/scripts/bench/measure';
import { checkPageBudgets, type PageFigures } from '@/scripts/bench/page-budgets';
import { FROZEN_INCIDENT_FILE } from './frozen-incident';

const source = readFileSync(FROZEN_INCIDENT_FILE, 'utf8');
type Event = { id: string; at: string; precision?: string; kind: string; title: string; trigger?: boolean };
const timelineOf = (text: string) => (splitSource('x.mdx', text).data as { timeline: Event[] }).timeline;
const original = timelineOf(source);

async function load(text: string, slug: string): Promise<Incident> {
  const result = await loadIncidentSource(`${slug}.mdx`, slug, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(formatDiagnostics(result.errors));
  return result.incident;
}

describe('expanding the December 11 timeline for the page benchmark', () => {
  let expanded: string;
  let timeline: Event[];
  beforeAll(() => {
    expanded = expandTimeline(source, 3000);
    timeline = timelineOf(expanded);
  });

  it('holds exactly the events asked for, every original one unchanged and in its order', () => {
    expect(original.length).toBeGreaterThan(20);
    expect(timeline).toHaveLength(3000);
    expect(timeline.filter((event) => !event.id.startsWith(ADDED_EVENT_PREFIX))).toEqual(original);
  });

  it('gives every event an id no other item of the file has', () => {
    const ids = timeline.map((event) => event.id);
    expect(new Set(ids).size).toBe(3000);
    const otherIds = [...source.matchAll(/^\s*- id: (\S+)$/gm)].map((match) => match[1]!).filter((id) => !original.some((event) => event.id === id));
    expect(otherIds.length).toBeGreaterThan(10);
    for (const id of otherIds) expect(ids).not.toContain(id);
  });

  it('keeps the events in time order, the added ones between the first timed event and the last event, none a trigger', () => {
    const times = timeline.map((event) => toEpochMs(event.at));
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
    const first = toEpochMs(original.find((event) => event.precision !== 'day')!.at);
    const last = toEpochMs(original.at(-1)!.at);
    const added = timeline.filter((event) => event.id.startsWith(ADDED_EVENT_PREFIX));
    expect(added).toHaveLength(3000 - original.length);
    for (const event of added) {
      expect(toEpochMs(event.at)).toBeGreaterThanOrEqual(first);
      expect(toEpochMs(event.at)).toBeLessThanOrEqual(last);
      expect(event.trigger).toBeUndefined();
    }
    expect(new Set(added.map((event) => event.kind)).size).toBeGreaterThan(3);
  });

  it('is a valid incident with the same derived figures as the original', async () => {
    const [before, after] = await Promise.all([load(source, '2024-12-11-original'), load(expanded, '2024-12-11-expanded')]);
    expect(after.timeline).toHaveLength(3000);
    expect(after.metrics).toEqual(before.metrics);
    expect(after.impactWindows).toEqual(before.impactWindows);
  });

  it('leaves the rest of the file as it was and gives the same text every time', () => {
    const outside = (text: string) => text.replace(/^timeline:\n[\s\S]*?(?=^\S)/m, '');
    expect(outside(expanded)).toBe(outside(source));
    expect(expandTimeline(source, 3000)).toBe(expanded);
    expect(timelineOf(expandTimeline(source, original.length))).toEqual(original);
  });

  it('refuses fewer events than the writeup has', () => {
    expect(() => expandTimeline(source, original.length - 1)).toThrow(/already has more/);
  });
});

describe('the size of a served page', () => {
  const rsc1 = '<script>self.__next_f.push([1,"0:{\\"é\\":1}"])</script>';
  const rsc2 = '<script nonce="n">self.__next_f.push([1,"1:[]"])</script>';
  const html = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async></script></head><body><h1>Café</h1>${rsc1}<script type="application/ld+json">{"a":1}</script>${rsc2}</body></html>`;

  it('counts UTF-8 bytes of the whole document, and of the RSC payload scripts alone', () => {
    const size = htmlSize(html);
    expect(size.rawBytes).toBe(Buffer.byteLength(html));
    expect(size.rawBytes).toBe(html.length + 2);
    expect(size.rscRawBytes).toBe(Buffer.byteLength(rsc1) + Buffer.byteLength(rsc2));
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.rscGzipBytes).toBeGreaterThan(0);
  });

  it('sizes the document as each server sends it, gzipped and with Brotli (the smaller on a real-sized text)', () => {
    const page = htmlSize(source.repeat(4));
    expect(page.brotliBytes).toBeGreaterThan(0);
    expect(page.brotliBytes).toBeLessThan(page.gzipBytes);
    expect(page.gzipBytes).toBeLessThan(page.rawBytes);
  });

  it('finds no payload in a page without one', () => {
    const size = htmlSize('<html><body><script>window.x = 1</script></body></html>');
    expect(size.rscRawBytes).toBe(0);
    expect(size.rscGzipBytes).toBe(0);
  });
});

describe('reading a Lighthouse result', () => {
  const result = (changes: Partial<LighthouseResultShape> = {}): LighthouseResultShape => ({
    lighthouseVersion: '12.0.0',
    finalDisplayedUrl: 'http://127.0.0.1/x',
    environment: { benchmarkIndex: 1500 },
    runWarnings: [],
    configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
    categories: { performance: { score: 0.874 } },
    audits: {
      'total-blocking-time': { numericValue: 120.5 },
      interactive: { numericValue: 3100 },
      'largest-contentful-paint': { numericValue: 2200 },
      'dom-size': { numericValue: 812 },
    },
    ...changes,
  });

  it('takes the score out of 100 and the four figures', () => {
    expect(lighthouseFigures(result())).toEqual({ performance: 87, totalBlockingTimeMs: 120.5, timeToInteractiveMs: 3100, largestContentfulPaintMs: 2200, domElements: 812 });
  });

  it('fails on a failed run, a run that was not the mobile default, a missing score or figure', () => {
    expect(() => lighthouseFigures(result({ runtimeError: { code: 'ERRORED_DOCUMENT_REQUEST', message: 'status 500' } }))).toThrow(/ERRORED_DOCUMENT_REQUEST/);
    expect(() => lighthouseFigures(result({ configSettings: { formFactor: 'desktop', throttlingMethod: 'simulate' } }))).toThrow(/not the mobile default/);
    expect(() => lighthouseFigures(result({ categories: { performance: { score: null } } }))).toThrow(/no performance score/);
    expect(() => lighthouseFigures(result({ audits: { ...result().audits, 'dom-size': {} } }))).toThrow(/dom-size/);
  });

  it('takes the median of each figure, the lower middle of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([40, 10, 30, 20])).toBe(20);
    expect(() => median([])).toThrow();
  });
});

describe('the page budgets', () => {
  const figures = (lighthouse: Partial<LighthouseFigures>, rawBytes = 1000, gzipBytes = 100): PageFigures => ({
    size: { rawBytes, gzipBytes, brotliBytes: gzipBytes, rscRawBytes: 0, rscGzipBytes: 0 },
    lighthouse: { performance: 100, totalBlockingTimeMs: 0, timeToInteractiveMs: 0, largestContentfulPaintMs: 0, domElements: 0, ...lighthouse },
  });
  const outcomes = (pages: Parameters<typeof checkPageBudgets>[0]) => checkPageBudgets(pages).map((outcome) => outcome.pass);

  it('passes on the limits themselves', () => {
    expect(
      outcomes({
        copies: new Map([
          [30, figures({ performance: 95 })],
          [3000, figures({ performance: 90, totalBlockingTimeMs: 300 })],
        ]),
        bare: figures({ performance: 95 }),
        december11: figures({}, 120 * 1024, 15 * 1024),
      }),
    ).toEqual([true, true, true, true, true]);
  });

  it('fails each budget just past its limit', () => {
    expect(
      outcomes({
        copies: new Map([
          [30, figures({ performance: 94 })],
          [3000, figures({ performance: 89, totalBlockingTimeMs: 301 })],
        ]),
        bare: figures({ performance: 95 }),
        december11: figures({}, 120 * 1024 + 1, 15 * 1024 + 1),
      }),
    ).toEqual([false, false, false, false, false]);
  });

  it('names the server in the Lighthouse budgets, and checks sizes only when given the December 11 page', () => {
    const budgets = checkPageBudgets({ copies: new Map([[30, figures({ performance: 99 })]]), bare: figures({ performance: 100 }) }, 'export behind nginx');
    expect(budgets.map((outcome) => [outcome.budget, outcome.pass])).toEqual([
      ['3,000-event page (export behind nginx): total blocking time ≤ 300 ms', undefined],
      ['3,000-event page (export behind nginx): performance ≥ 90', undefined],
      ["30-event page (export behind nginx): performance ≥ the bare page's", false],
    ]);
  });

  it('says a budget was not measured when its page was left out of the run', () => {
    expect(outcomes({ copies: new Map([[300, figures({})]]), bare: figures({}), december11: figures({}) })).toEqual([undefined, undefined, undefined, true, true]);
  });
});

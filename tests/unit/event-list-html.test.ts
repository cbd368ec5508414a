import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIncidentSource, type Incident } from '@/lib/content/load';
import { ENTRIES_PER_CHUNK, eventListHtml } from '@/components/timeline/event-list-html';

/** The timeline is written in chunks the browser can skip while they are off screen, each inside <noscript> until the browser is idle. */
const minimal = readFileSync('tests/fixtures/valid/minimal.mdx', 'utf8');

/** The minimal incident with `added` investigation and status-update events after its own three, alternating so none are grouped. */
async function withAddedEvents(added: number): Promise<Incident> {
  const start = Date.parse('2024-12-12T00:01:00Z');
  const events = Array.from({ length: added }, (_, i) => {
    const at = new Date(start + i * 1000).toISOString().replace('.000Z', 'Z');
    return `  - id: added-${i}\n    at: "${at}"\n    kind: ${i % 2 === 0 ? 'investigation' : 'communication'}\n    title: Added ${i}`;
  });
  const text = minimal.replace('\ncauses:', `\n${events.join('\n')}\ncauses:`);
  const result = await loadIncidentSource('content/incidents/long.mdx', 'long', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.line} ${error.path} ${error.message}`).join('\n'));
  return result.incident;
}

/** Each chunk's content, and whether it is written inside <noscript>. */
const chunks = (html: string) => [...html.matchAll(/<li class="tl-chunk"( data-deferred><noscript>|>)<ol>(.*?)<\/ol>(<\/noscript>)?<\/li>/g)];
const eventIds = (html: string) => [...html.matchAll(/<li id="([^"]+)" class="timeline-event"/g)].map((match) => match[1]);

describe('the event list', () => {
  it('is one chunk up to the chunk size', async () => {
    const incident = await withAddedEvents(ENTRIES_PER_CHUNK - 3);
    const html = eventListHtml(incident);
    expect(chunks(html)).toHaveLength(1);
    expect(chunks(html)[0]![0]).toBe(html);
    expect(eventIds(html)).toEqual(incident.timeline.map((event) => event.id));
  });

  it('comes in chunks of the chunk size beyond it, every event once and in order', async () => {
    const incident = await withAddedEvents(2 * ENTRIES_PER_CHUNK + 17);
    const html = eventListHtml(incident);
    expect(chunks(html).map((chunk) => eventIds(chunk[2]!).length)).toEqual([ENTRIES_PER_CHUNK, ENTRIES_PER_CHUNK, 20]);
    expect(chunks(html).map((chunk) => chunk[0]).join('')).toBe(html);
    expect(eventIds(html)).toEqual(incident.timeline.map((event) => event.id));
  });

  it('writes every chunk inside <noscript> in a holder marked data-deferred, and no script of its own', async () => {
    const html = eventListHtml(await withAddedEvents(4 * ENTRIES_PER_CHUNK));
    expect(chunks(html).map((chunk) => chunk[1])).toEqual(Array(5).fill(' data-deferred><noscript>'));
    expect(html).not.toContain('<script');
  });
});

describe('a group of status updates', () => {
  /** The minimal incident (15:12–16:00 PST, Dec 11) with three status updates after midnight, Pacific time, then a recovery. */
  async function withUpdatesAfterMidnight(): Promise<Incident> {
    const events = [
      ['update-1', '2024-12-12T00:10:00-08:00', 'communication'],
      ['update-2', '2024-12-12T00:15:00-08:00', 'communication'],
      ['update-3', '2024-12-12T00:20:00-08:00', 'communication'],
      ['all-clear', '2024-12-12T00:30:00-08:00', 'recovery'],
    ].map(([id, at, kind]) => `  - id: ${id}\n    at: "${at}"\n    kind: ${kind}\n    title: ${id}`);
    const text = minimal.replace('\ncauses:', `\n${events.join('\n')}\ncauses:`);
    const result = await loadIncidentSource('content/incidents/late.mdx', 'late', new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.errors.map((error) => `${error.line} ${error.path} ${error.message}`).join('\n'));
    return result.incident;
  }

  /** The group's summary in one zone: `i` the incident's, `u` UTC. */
  const summaryIn = (html: string, zone: 'i' | 'u') =>
    (/<summary>(.*?)<\/summary>/.exec(html)?.[1] ?? '').replace(new RegExp(`<span data-z="${zone === 'i' ? 'u' : 'i'}">.*?</span>`, 'g'), '').replace(/<[^>]+>/g, '');

  it('gives its first time a date where it opens a day, since the day’s first event is folded inside it', async () => {
    const html = eventListHtml(await withUpdatesAfterMidnight());
    // Dec 12 begins with the group in Pacific time; in UTC it began with the recovery at 16:00 PST.
    expect(summaryIn(html, 'i')).toBe('3 status updates, Dec 12, 00:10 PST to 00:20 PST');
    expect(summaryIn(html, 'u')).toBe('3 status updates, 08:10 UTC to 08:20 UTC');
  });

  it('marks ≈ the offset of a rough event and the gap before the event after it', async () => {
    // Minimal: impact from 15:16; the error-rate alert at 15:13, here "about" then; the recovery at 16:00.
    const text = minimal.replace('    kind: alert\n', '    kind: alert\n    approximate: true\n');
    const result = await loadIncidentSource('content/incidents/rough.mdx', 'rough', new TextEncoder().encode(text));
    if (!result.ok) throw new Error('the rough copy should load');
    const html = eventListHtml(result.incident);
    const offsetOf = (id: string) => new RegExp(`<li id="${id}"[^]*?<span class="tl-offset">([^<]*)</span>`).exec(html)?.[1];
    expect(offsetOf('config-deployed')).toBe('T−4m');
    expect(offsetOf('error-alert')).toBe('≈\u202FT−3m');
    expect(offsetOf('api-recovered')).toBe('T+44m');
    expect(html).toContain('<p class="tl-gap">≈\u202F47 min later</p>');
  });
});

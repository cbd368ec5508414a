import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIncidentSource, type Incident } from '@/lib/content/load';
import { SHOW_LINKED_CHUNK_SCRIPT } from '@/components/ui/deferred-html';
import { EAGER_CHUNKS, ENTRIES_PER_CHUNK, eventListHtml } from '@/components/timeline/event-list-html';

/** A long timeline is written in chunks the browser can skip while they are off screen; a short one is one plain list. */
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

/** Each chunk's content, whether written as elements or inside <noscript>. */
const chunks = (html: string) => [...html.matchAll(/<li class="tl-chunk"( data-deferred><noscript>|>)<ol>(.*?)<\/ol>(<\/noscript>)?<\/li>/g)];
const eventIds = (html: string) => [...html.matchAll(/<li id="([^"]+)" class="timeline-event"/g)].map((match) => match[1]);

describe('the event list', () => {
  it('is one plain list up to the chunk size', async () => {
    const incident = await withAddedEvents(ENTRIES_PER_CHUNK - 3);
    const html = eventListHtml(incident);
    expect(chunks(html)).toEqual([]);
    expect(eventIds(html)).toEqual(incident.timeline.map((event) => event.id));
  });

  it('comes in chunks of the chunk size beyond it, every event once and in order', async () => {
    const incident = await withAddedEvents(2 * ENTRIES_PER_CHUNK + 17);
    const html = eventListHtml(incident);
    expect(chunks(html).map((chunk) => eventIds(chunk[2]!).length)).toEqual([ENTRIES_PER_CHUNK, ENTRIES_PER_CHUNK, 20]);
    expect(eventIds(html)).toEqual(incident.timeline.map((event) => event.id));
    expect(html.startsWith('<li class="tl-chunk"><ol>')).toBe(true);
  });

  it(`writes the chunks after the first ${EAGER_CHUNKS} inside <noscript>, followed by the script that shows the ones a link needs`, async () => {
    const incident = await withAddedEvents(4 * ENTRIES_PER_CHUNK);
    const html = eventListHtml(incident);
    const deferred = chunks(html).map((chunk) => chunk[1] !== '>');
    expect(deferred).toEqual([false, false, true, true, true]);
    expect(html.endsWith(`</noscript></li><script>${SHOW_LINKED_CHUNK_SCRIPT}</script>`)).toBe(true);
    expect(eventIds(html)).toEqual(incident.timeline.map((event) => event.id));
  });

  it('defers no chunk up to two, and writes no script for a list in one piece', async () => {
    const twoChunks = eventListHtml(await withAddedEvents(EAGER_CHUNKS * ENTRIES_PER_CHUNK - 3));
    expect(chunks(twoChunks).map((chunk) => chunk[1])).toEqual(['>', '>']);
    expect(twoChunks).not.toContain('<noscript>');
    expect(twoChunks.endsWith(`<script>${SHOW_LINKED_CHUNK_SCRIPT}</script>`)).toBe(true);
    expect(eventListHtml(await withAddedEvents(ENTRIES_PER_CHUNK - 3))).not.toContain('<script>');
  });
});

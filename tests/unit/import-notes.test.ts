import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '@/lib/content/diagnostic';
import { loadIncidentFile } from '@/lib/content/load';
import { notesDraft, readNotes } from '@/lib/import/notes';
import { draftText } from '@/lib/import/write-draft';

const read = (text: string, date = '2024-12-11', timeZone = 'America/Los_Angeles') => readNotes(text, date, timeZone);

describe('reading notes', () => {
  it('reads "HH:MM text" as an event at that time in the zone, with the zone\'s offset on that day', () => {
    const { events, notes } = read('15:16 customer impact begins');
    expect(events).toEqual([
      { line: 1, at: '2024-12-11T15:16:00-08:00', approximate: false, kind: 'investigation', kindGiven: false, title: 'customer impact begins', detail: [] },
    ]);
    expect(notes).toEqual([]);
    expect(readNotes('09:00 x', '2025-07-01', 'Europe/Berlin').events[0]!.at).toBe('2025-07-01T09:00:00+02:00');
  });

  it('reads a leading kind word, ~ and ≈ for approximate times, seconds, and a date before the time', () => {
    const { events } = read('15:13 alert: alerts fire\n~17:40 recovery: API recovers\n≈ 18:50:30 ChatGPT back\n2024-12-12 00:05 Impact: still down');
    expect(events.map(({ at, approximate, kind, title }) => ({ at, approximate, kind, title }))).toEqual([
      { at: '2024-12-11T15:13:00-08:00', approximate: false, kind: 'alert', title: 'alerts fire' },
      { at: '2024-12-11T17:40:00-08:00', approximate: true, kind: 'recovery', title: 'API recovers' },
      { at: '2024-12-11T18:50:30-08:00', approximate: true, kind: 'investigation', title: 'ChatGPT back' },
      { at: '2024-12-12T00:05:00-08:00', approximate: false, kind: 'impact', title: 'still down' },
    ]);
  });

  it('keeps a word before a colon that is not a kind as part of the text', () => {
    expect(read('15:16 note: the cache is cold').events[0]).toMatchObject({ kind: 'investigation', title: 'note: the cache is cold' });
  });

  it('reads a time at the offset written after it (UTC, GMT±h, Z, ±hh:mm), writes it in the zone and says so', () => {
    const { events, notes } = readNotes('14:05 UTC impact: errors begin\n16:20 GMT+2 - ingress restarted\n14:30 Z recovery: back\n20:30 +05:30 | late report', '2025-06-02', 'Europe/Berlin');
    expect(events.map(({ at, kind, title }) => ({ at, kind, title }))).toEqual([
      { at: '2025-06-02T16:05:00+02:00', kind: 'impact', title: 'errors begin' },
      { at: '2025-06-02T16:20:00+02:00', kind: 'investigation', title: 'ingress restarted' },
      { at: '2025-06-02T16:30:00+02:00', kind: 'recovery', title: 'back' },
      { at: '2025-06-02T17:00:00+02:00', kind: 'investigation', title: 'late report' },
    ]);
    expect(notes).toEqual([
      'line 1: 14:05 UTC read as 2025-06-02T16:05:00+02:00, in Europe/Berlin',
      'line 2: 16:20 GMT+2 read as 2025-06-02T16:20:00+02:00, in Europe/Berlin',
      'line 3: 14:30 Z read as 2025-06-02T16:30:00+02:00, in Europe/Berlin',
      'line 4: 20:30 +05:30 read as 2025-06-02T17:00:00+02:00, in Europe/Berlin',
    ]);
  });

  it('skips a time followed by a zone abbreviation, which names no single offset, and keeps a word such as API as text', () => {
    const { events, notes } = readNotes('16:10 CEST recovery: back\n16:11 PST checked\n16:12 API degraded', '2025-06-02', 'Europe/Berlin');
    expect(events.map(({ at, title }) => ({ at, title }))).toEqual([{ at: '2025-06-02T16:12:00+02:00', title: 'API degraded' }]);
    expect(notes).toEqual([
      'line 1: "CEST" after the time names no single offset; write the time in Europe/Berlin (the --tz) with no zone after it, or in UTC ("16:10 UTC"); skipped',
      'line 2: "PST" after the time names no single offset; write the time in Europe/Berlin (the --tz) with no zone after it, or in UTC ("16:11 UTC"); skipped',
    ]);
  });

  it('reads 12-hour times with am or pm', () => {
    expect(read('3:16 PM impact begins\n11:59 pm later').events.map((event) => event.at)).toEqual(['2024-12-11T15:16:00-08:00', '2024-12-11T23:59:00-08:00']);
  });

  it('adds indented lines to the note above as its detail', () => {
    expect(read('19:38 recovery: all clusters recovered\n  every service back\n  to normal').events[0]!.detail).toEqual(['every service back', 'to normal']);
  });

  it('reports a line it cannot read with its number, and skips it', () => {
    const { events, notes } = read('Incident channel\n15:16 begins\n25:10 typo\n15:17\n  orphan? no: continues 15:16');
    expect(events.map((event) => event.title)).toEqual(['begins']);
    expect(notes).toEqual([
      'line 1: expected a time and text such as "15:16 customer impact begins", got "Incident channel"; skipped',
      'line 3: expected a time of day from 00:00 to 23:59, got "25:10"; skipped',
      'line 4: expected text after the time, got none; skipped',
      'line 5: an indented line continues the note above it, but that line was skipped; skipped',
    ]);
  });

  it('does not guess that undated notes passed midnight: an earlier time is reported with the fix', () => {
    const { events, notes } = readNotes('23:50 alert: queue alert\n00:05 restarted\n2025-03-05 00:06 restarted\n00:20 drained', '2025-03-04', 'Europe/Berlin');
    expect(events.map((event) => event.at)).toEqual(['2025-03-04T23:50:00+01:00', '2025-03-05T00:06:00+01:00', '2025-03-05T00:20:00+01:00']);
    expect(notes).toEqual([
      'line 2: 00:05 is earlier than the note on line 1 (2025-03-04 23:50); if the notes passed midnight, write the date before the time ("2025-03-05 00:05 …"); skipped',
    ]);
  });

  it('reports a dated note out of time order', () => {
    expect(read('2024-12-11 15:00 a\n2024-12-10 15:00 b').notes).toEqual([
      'line 2: 2024-12-10 15:00 is earlier than the note on line 1 (2024-12-11 15:00); notes must be in time order: move the line to where its time belongs; skipped',
    ]);
  });

  it('reports an undated note a few minutes out of order as out of place, not as past midnight', () => {
    expect(readNotes('09:41 mitigation: rolled back\n09:35 recovery: checkout recovered', '2025-03-04', 'Europe/Berlin').notes).toEqual([
      'line 2: 09:35 is earlier than the note on line 1 (2025-03-04 09:41); notes must be in time order: move the line to where its time belongs; skipped',
    ]);
  });

  it('reports a time the clocks skipped, and says how it read a time that happened twice', () => {
    expect(readNotes('02:30 x', '2025-03-30', 'Europe/Berlin')).toEqual({ events: [], notes: ['line 1: 2025-03-30 02:30 did not happen in Europe/Berlin (the clocks went forward); skipped'] });
    const twice = readNotes('02:30 x', '2025-10-26', 'Europe/Berlin');
    expect(twice.events[0]!.at).toBe('2025-10-26T02:30:00+02:00');
    expect(twice.notes).toEqual(['line 1: 2025-10-26 02:30 happened twice in Europe/Berlin (the clocks went back); read as 2025-10-26T02:30:00+02:00']);
  });
});

describe('a draft from notes', () => {
  const notes = readFileSync(path.resolve('tests/fixtures/notes/openai-2024-12-11.txt'), 'utf8');

  it('passes the check, with every note an event in time order', async () => {
    const made = notesDraft(notes, { date: '2024-12-11', timeZone: 'America/Los_Angeles', title: 'Telemetry rollout takes down the API', sourceName: 'openai.txt' });
    if (!made.ok) throw new Error(made.message);
    const { draft } = made.value;
    expect(draft.fileName).toBe('2024-12-11-telemetry-rollout-takes-down-the-api.mdx');
    const dir = await mkdtemp(path.join(tmpdir(), 'notes-'));
    await writeFile(path.join(dir, draft.fileName), draftText(draft));
    const result = await loadIncidentFile(path.join(dir, draft.fileName));
    if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
    expect(result.incident.timeline).toHaveLength(12);
    expect(result.incident.timeline[2]).toMatchObject({ kind: 'change', title: 'new telemetry service deployed', at: '2024-12-11T15:12:00-08:00' });
    expect(result.incident.timeline.at(-1)).toMatchObject({ kind: 'recovery', detail: 'every service back to normal' });
    expect(result.incident.timeline.filter((event) => event.approximate).map((event) => event.id)).toEqual(['api-traffic-begins-to-recover-gradually', 'chatgpt-and-sora-recover']);
    expect(result.incident.impactWindows[0]).toMatchObject({ start: '2024-12-11T15:16:00-08:00', end: '2024-12-11T19:38:00-08:00' });
    expect(made.value.notes).toContain('1 of 12 note(s) name no kind, written as kind investigation; check line 6');
  });

  it('cannot be published with the severity and status it had to guess until the author confirms them', async () => {
    const made = notesDraft(notes, { date: '2024-12-11', timeZone: 'America/Los_Angeles', title: 'Telemetry rollout takes down the API', sourceName: 'openai.txt' });
    if (!made.ok) throw new Error(made.message);
    const dir = await mkdtemp(path.join(tmpdir(), 'notes-'));
    const file = path.join(dir, made.value.draft.fileName);
    const published = draftText(made.value.draft).replace(/^draft: true$/m, 'draft: false');
    const guessed = async (text: string) => {
      await writeFile(file, text);
      const result = await loadIncidentFile(file);
      return result.ok ? [] : result.errors.filter((error) => error.path === 'severity' || error.path === 'status').map((error) => `${error.path} ${error.code}`);
    };
    expect(await guessed(published)).toEqual(['severity placeholder-text', 'status placeholder-text']);
    expect(await guessed(published.replace(/^(severity|status): (\S+) # guess:.*$/gm, '$1: $2'))).toEqual([]);
  });

  it('cannot be published with the ids it made up, and tells what the notes cannot only in a comment the page never shows', async () => {
    const made = notesDraft(notes, { date: '2024-12-11', timeZone: 'America/Los_Angeles', title: 'Telemetry rollout takes down the API', sourceName: 'openai.txt' });
    if (!made.ok) throw new Error(made.message);
    expect(made.value.draft.body).toMatch(/\{\/\*\nThe timeline holds the notes; they do not say [\s\S]*\*\/\}\n$/);
    const dir = await mkdtemp(path.join(tmpdir(), 'notes-'));
    const file = path.join(dir, made.value.draft.fileName);
    await writeFile(file, draftText(made.value.draft).replace(/^draft: true$/m, 'draft: false'));
    const result = await loadIncidentFile(file);
    if (result.ok) throw new Error('expected the draft to be refused');
    expect(result.errors.filter((error) => error.code === 'placeholder-id').map((error) => error.path)).toEqual(['impactWindows[0].id', 'causes[0].id']);
    expect(result.errors.filter((error) => error.path === 'body').map((error) => error.message)).toEqual([
      'expected your own text before publishing, got the placeholder line "Replace with the story of the incident."; replace it, or keep draft: true',
    ]);
  });

  it('is named after the notes file without a title, and its title is a placeholder', () => {
    const made = notesDraft('15:16 x', { date: '2024-12-11', timeZone: 'UTC', sourceName: 'notes/Payments outage.txt' });
    if (!made.ok) throw new Error(made.message);
    expect(made.value.draft.fileName).toBe('2024-12-11-payments-outage.mdx');
    expect(made.value.draft.frontmatter.title).toMatch(/^Replace with/);
  });

  it('is refused with every reason when no line can be read', () => {
    expect(notesDraft('hello\nworld', { date: '2024-12-11', timeZone: 'UTC', sourceName: 'x.txt' })).toEqual({
      ok: false,
      message: [
        'no line of the notes could be read; expected lines such as "15:16 customer impact begins"',
        'line 1: expected a time and text such as "15:16 customer impact begins", got "hello"; skipped',
        'line 2: expected a time and text such as "15:16 customer impact begins", got "world"; skipped',
      ].join('\n'),
    });
  });
});

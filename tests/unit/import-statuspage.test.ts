import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '@/lib/content/diagnostic';
import { loadIncidentFile, type Incident } from '@/lib/content/load';
import { htmlToPlainText } from '@/lib/import/plain-text';
import { readStatuspage, SEVERITY_OF_IMPACT, statuspageDraft } from '@/lib/import/statuspage';
import { draftText, type Draft } from '@/lib/import/write-draft';

const FIXTURES = 'tests/fixtures/statuspage';
const fixture = (name: string) => readFileSync(path.resolve(FIXTURES, name), 'utf8');

function imported(name: string, timeZone = 'UTC', incidentId?: string): { draft: Draft; notes: string[] } {
  const read = readStatuspage(fixture(name), incidentId);
  if (!read.ok) throw new Error(read.message);
  const made = statuspageDraft(read.value.incident, read.value.page, { timeZone });
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

async function load(draft: Draft, text = draftText(draft)): Promise<Incident> {
  const dir = await mkdtemp(path.join(tmpdir(), 'statuspage-'));
  await writeFile(path.join(dir, draft.fileName), text);
  const result = await loadIncidentFile(path.join(dir, draft.fileName));
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.incident;
}

describe('the Statuspage importer, on the December 11, 2024 OpenAI incident', () => {
  it('writes a draft that passes the check', async () => {
    const { draft } = imported('openai-2024-12-11.json', 'America/Los_Angeles');
    const incident = await load(draft);
    expect(incident.draft).toBe(true);
    expect(draft.fileName).toBe('2024-12-11-api-chatgpt-sora-facing-issues.mdx');
    expect(incident.title).toBe('API, ChatGPT & Sora Facing Issues');
    expect(incident.organization).toBe('OpenAI');
  });

  it('makes one communication event per update, oldest first, at the exact time in the zone asked for', async () => {
    const { draft, notes } = imported('openai-2024-12-11.json', 'America/Los_Angeles');
    const incident = await load(draft);
    expect(incident.timeline.map((event) => event.kind)).toEqual(Array(12).fill('communication'));
    expect(incident.timeline[0]).toMatchObject({ id: 'update-1-investigating', at: '2024-12-11T15:17:43-08:00', title: 'Status page: Investigating' });
    expect(incident.timeline[1]).toMatchObject({ at: '2024-12-11T15:42:10-08:00', title: 'Status page: Update' });
    expect(incident.timeline.at(-1)).toMatchObject({ id: 'update-12-resolved', at: '2024-12-11T22:23:15-08:00', title: 'Status page: Resolved' });
    expect(notes).toContain('the source lists the updates newest first (as the API does); the draft lists them oldest first');
  });

  it('writes UTC times by default', () => {
    const { draft } = imported('openai-2024-12-11.json');
    expect(draft.frontmatter.timeZone).toBe('UTC');
    expect(draft.frontmatter.timeline[0]!.at).toBe('2024-12-11T23:17:43+00:00');
    expect(draft.fileName).toBe('2024-12-11-api-chatgpt-sora-facing-issues.mdx');
  });

  it('turns each update body from HTML into plain text', () => {
    const { draft } = imported('openai-2024-12-11.json', 'America/Los_Angeles');
    const details = draft.frontmatter.timeline.map((event) => event.detail);
    expect(details[3]).toContain('log in to platform.openai.com (https://platform.openai.com) and ChatGPT');
    expect(details[4]).toBe('ChatGPT, Sora & the API are still unavailable. We have identified the issue and are deploying a fix.');
    expect(details[8]).toBe('The API and ChatGPT have partially recovered.\n\nSora is still offline.');
  });

  it('takes the services from the components, and names on each event the components its update changed', () => {
    const { draft } = imported('openai-2024-12-11.json', 'America/Los_Angeles');
    expect(draft.frontmatter.services).toEqual(['API', 'ChatGPT', 'Sora', 'Playground', 'Labs']);
    expect(draft.frontmatter.timeline[9]!.services).toEqual(['API', 'Sora']);
    expect(draft.frontmatter.timeline[1]!.services).toBeUndefined();
  });

  it('makes a window per service from the component status changes, ending when the component is operational again', async () => {
    const { draft } = imported('openai-2024-12-11.json', 'America/Los_Angeles');
    const incident = await load(draft);
    expect(incident.impactWindows.map(({ id, start, end, services, degree }) => ({ id, start, end, services, degree }))).toEqual([
      { id: 'api-outage', start: '2024-12-11T15:17:43-08:00', end: '2024-12-11T19:53:40-08:00', services: ['API'], degree: 'outage' },
      { id: 'chatgpt-outage', start: '2024-12-11T15:17:43-08:00', end: '2024-12-11T19:53:40-08:00', services: ['ChatGPT'], degree: 'outage' },
      { id: 'sora-outage', start: '2024-12-11T15:17:43-08:00', end: '2024-12-11T19:53:40-08:00', services: ['Sora'], degree: 'outage' },
      { id: 'playground-outage', start: '2024-12-11T15:17:43-08:00', end: '2024-12-11T22:23:15-08:00', services: ['Playground'], degree: 'outage' },
      { id: 'labs-outage', start: '2024-12-11T15:17:43-08:00', end: '2024-12-11T22:23:15-08:00', services: ['Labs'], degree: 'outage' },
    ]);
    expect(incident.impactWindows[0]!.label).toBe('API: major outage on the status page');
  });

  it('takes the severity from the impact and the source from the shortlink', () => {
    const { draft } = imported('openai-2024-12-11.json');
    expect(draft.frontmatter.severity).toBe('sev1');
    expect(draft.frontmatter.sources).toEqual([{ title: 'Status page: API, ChatGPT & Sora Facing Issues', url: 'https://status.openai.com/incidents/ctrsv3lwd797' }]);
  });

  it('cannot be published as imported: the cause and its id, the summary and the story are placeholders', async () => {
    const { draft } = imported('openai-2024-12-11.json');
    const text = draftText(draft).replace(/^draft: true$/m, 'draft: false');
    const error = await load(draft, text).catch((thrown: Error) => thrown.message);
    expect(typeof error).toBe('string');
    const lines = String(error).split('\n');
    expect(lines.map((line) => / {2}(error\[[a-z-]+\] {2}\S+)/.exec(line)?.[1])).toEqual([
      'error[placeholder-text]  summary',
      'error[placeholder-id]  causes[0].id',
      'error[placeholder-text]  causes[0].statement',
      'error[placeholder-text]  body',
    ]);
  });

  it('lists what the status page cannot tell in a comment, which the published page never shows', async () => {
    const { draft } = imported('openai-2024-12-11.json');
    expect(draft.body).toContain('A status page cannot tell:');
    const text = draftText(draft)
      .replace(/^draft: true$/m, 'draft: false')
      .replace(/^summary: .*$/m, 'summary: The API, ChatGPT and Sora failed.')
      .replace(/statement: Replace with [^\n]*/, 'statement: A telemetry rollout overwhelmed the control planes.')
      .replace('id: cause-to-be-written', 'id: telemetry-overload')
      .replace('Replace with the story of the incident.', 'The story, told.');
    const incident = await load(draft, text);
    expect(incident.narrative.map((section) => section.text).join(' ')).toBe('The story, told.');
    expect(incident.code).not.toContain('cannot tell');
  });
});

describe('the Statuspage importer, on the choices it has to make', () => {
  it('maps every impact to a severity', () => {
    expect(SEVERITY_OF_IMPACT).toEqual({ critical: 'sev1', major: 'sev2', minor: 'sev3', none: 'sev4' });
  });

  it('asks for --incident when the JSON holds several, listing their ids and names', () => {
    const read = readStatuspage(fixture('several-incidents.json'));
    expect(read).toEqual({
      ok: false,
      message: 'the file holds 2 incidents; choose one with --incident <id>:\n  inc-newer  2025-03-05  Webhooks delayed\n  inc-older  2025-03-04  Dashboard unavailable',
    });
    const { draft } = imported('several-incidents.json', 'UTC', 'inc-older');
    expect(draft.frontmatter.title).toBe('Dashboard unavailable');
    expect(draft.frontmatter.severity).toBe('sev2');
  });

  it('says which ids there are when --incident names none of them', () => {
    const read = readStatuspage(fixture('several-incidents.json'), 'inc-nope');
    expect(read.ok ? '' : read.message).toMatch(/^expected --incident to name an incident of the file, got "inc-nope"; it holds:\n {2}inc-newer/);
  });

  it('places a back-dated update at the time the page shows, and says so', async () => {
    const { draft, notes } = imported('back-dated-and-waves.json', 'Europe/Berlin');
    await load(draft);
    expect(draft.frontmatter.timeline[0]!.at).toBe('2025-03-04T09:05:00+01:00');
    expect(notes).toContain('update 1 (Investigating) is back-dated: shown at 09:05 (display_at), posted at 09:20 (created_at); the event uses the shown time');
  });

  it('gives a window the degree of the worst status its component reached, and ends an unfinished one at resolved_at', () => {
    const { draft, notes } = imported('back-dated-and-waves.json', 'Europe/Berlin');
    expect(draft.frontmatter.impactWindows).toEqual([
      { id: 'checkout-partial', start: '2025-03-04T09:05:00+01:00', end: '2025-03-04T10:00:00+01:00', label: 'Checkout: partial outage on the status page', services: ['Checkout'], degree: 'partial' },
      { id: 'order-history-degraded', start: '2025-03-04T09:30:00+01:00', end: '2025-03-04T11:00:00+01:00', label: 'Order history: degraded performance on the status page', services: ['Order history'], degree: 'degraded' },
    ]);
    expect(notes).toContain("Order history never returns to operational in the updates; its window ends at the incident's resolved_at, 11:00");
    expect(draft.frontmatter.status).toBe('resolved');
  });

  it('writes placeholders, and says so, when the page names no component', async () => {
    const { draft, notes } = imported('no-components.json');
    const incident = await load(draft);
    expect(incident.services).toEqual(['Example service']);
    expect(incident.impactWindows[0]).toMatchObject({ start: '2025-03-04T12:00:00+00:00', end: '2025-03-04T12:30:00+00:00' });
    expect(incident.impactWindows[0]!.label).toMatch(/^Replace with/);
    expect(incident.severity).toBe('sev4');
    expect(incident.sources).toEqual([]);
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/^the status page names no component/), 'the incident has no shortlink: sources is empty']));
  });

  it('refuses text that is not JSON with one message', () => {
    const read = readStatuspage(fixture('not-json.json'));
    expect(read.ok ? '' : read.message).toMatch(/^expected Statuspage JSON, got text that is not JSON \(.+\)$/);
  });

  it('names the missing field', () => {
    expect(readStatuspage(fixture('missing-status.json'))).toEqual({
      ok: false,
      message: 'not a Statuspage incident: incidents[0].incident_updates[0].status: missing field (expected text)',
    });
  });

  it('keeps updates shown at the same time in the order they were published, whichever way the source lists them', () => {
    const update = (status: string) => ({ status, body: status, display_at: '2025-03-04T12:00:00Z', created_at: '2025-03-04T12:00:00Z' });
    const titles = (updates: object[]) => {
      const read = readStatuspage(JSON.stringify({ incident: { name: 'x', status: 'resolved', impact: 'minor', incident_updates: updates } }));
      if (!read.ok) throw new Error(read.message);
      const made = statuspageDraft(read.value.incident, undefined, { timeZone: 'UTC' });
      if (!made.ok) throw new Error(made.message);
      return made.value.draft.frontmatter.timeline.map((event) => event.title);
    };
    const later = { ...update('resolved'), display_at: '2025-03-04T12:30:00Z', created_at: '2025-03-04T12:30:00Z' };
    expect(titles([update('investigating'), update('identified'), later])).toEqual(['Status page: Investigating', 'Status page: Identified', 'Status page: Resolved']);
    expect(titles([later, update('identified'), update('investigating')])).toEqual(['Status page: Investigating', 'Status page: Identified', 'Status page: Resolved']);
  });

  it('writes two spellings of one service as one, leaves out a name no page can be made for, and says so; the draft passes the check', async () => {
    const changed = (name: string, new_status: string) => ({ code: name, name, old_status: 'operational', new_status });
    const update = (status: string, at: string, components: object[]) => ({ status, body: status, display_at: at, created_at: at, affected_components: components });
    const incident = {
      name: 'API errors',
      status: 'resolved',
      impact: 'major',
      started_at: '2025-03-04T12:00:00Z',
      resolved_at: '2025-03-04T13:00:00Z',
      components: [{ name: 'API' }, { name: 'api' }, { name: '???' }],
      incident_updates: [
        update('investigating', '2025-03-04T12:00:00Z', [changed('api', 'major_outage'), changed('???', 'degraded_performance')]),
        update('resolved', '2025-03-04T13:00:00Z', [{ ...changed('API', 'operational'), old_status: 'major_outage' }]),
      ],
    };
    const read = readStatuspage(JSON.stringify({ incident }));
    if (!read.ok) throw new Error(read.message);
    const made = statuspageDraft(read.value.incident, undefined, { timeZone: 'UTC' });
    if (!made.ok) throw new Error(made.message);
    const { draft, notes } = made.value;
    expect(draft.frontmatter.services).toEqual(['API']);
    expect(draft.frontmatter.timeline.map((event) => event.services)).toEqual([['API'], ['API']]);
    expect(draft.frontmatter.impactWindows).toMatchObject([{ start: '2025-03-04T12:00:00+00:00', end: '2025-03-04T13:00:00+00:00', services: ['API'] }]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'the component "api" is the service "API" (one page, /services/api); written as "API"',
        'the component "???" has no letter or digit to name a service page by; left out',
      ]),
    );
    await load(draft);
  });

  it('asks for a time on every update', () => {
    const incident = { name: 'x', status: 'resolved', impact: 'minor', incident_updates: [{ status: 'resolved', body: 'ok' }] };
    expect(readStatuspage(JSON.stringify({ incident }))).toEqual({
      ok: false,
      message: 'not a Statuspage incident: incident.incident_updates[0].display_at: missing field (expected display_at or created_at)',
    });
  });

  it('refuses JSON of another shape, naming its fields', () => {
    expect(readStatuspage('{"components": []}')).toEqual({
      ok: false,
      message: 'expected Statuspage JSON: an object with "incidents", with "incident", or one incident with "incident_updates"; got the fields components',
    });
  });
});

describe('status update HTML as plain text', () => {
  it('keeps paragraphs, line breaks, list items and link addresses, and decodes entities', () => {
    expect(htmlToPlainText('We are <b>investigating</b> &amp; will update.<br>Next<p>Para</p><ul><li>one</li><li>two</li></ul>See <a href="https://x.io/a">this</a> &#8212; ok').text).toBe(
      'We are investigating & will update.\nNext\n\nPara\n\n- one\n- two\n\nSee this (https://x.io/a) — ok',
    );
  });

  it('drops scripts and the characters the content check refuses', () => {
    const result = htmlToPlainText(`a<script>alert(1)</script>b${String.fromCharCode(7)}c${String.fromCharCode(0x202e)}d`);
    expect(result).toEqual({ text: 'abcd', removed: 2 });
  });
});

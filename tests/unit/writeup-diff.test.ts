import { describe, expect, it } from 'vitest';
import { parseBatchOutput } from '../../lib/history/blobs';
import { diffWriteups } from '../../lib/history/writeup-diff';

const writeup = (frontmatter: string, body = 'The narrative.\n') => `---\n${frontmatter.trim()}\n---\n\n${body}`;

const BEFORE = writeup(`
title: DNS outage
status: investigating
summary: Resolvers failed.
services: [API, ChatGPT]
timeline:
  - id: change
    at: "2025-01-01T10:00:00Z"
    kind: change
    title: Config pushed
  - id: alert
    at: "2025-01-01T10:05:00Z"
    kind: alert
    title: Pager fired
remediations:
  - id: ttl
    title: Longer TTLs
    status: open
    owner: Ana
  - id: dropped
    title: Dropped idea
    status: open
sources:
  - title: Status page
    url: https://status.example.com/1
`);

describe('what one commit changed in a writeup', () => {
  it('says a writeup was added when there is no version before', () => {
    expect(diffWriteups(undefined, BEFORE)).toEqual({ kind: 'added' });
  });

  it('names short values as they were and are, and long text only as edited', () => {
    const after = BEFORE.replace('status: investigating', 'status: resolved').replace(
      'summary: Resolvers failed.',
      'summary: Resolvers failed for an hour, because a configuration push removed the upstream servers from every region.',
    );
    expect(diffWriteups(BEFORE, after)).toEqual({
      kind: 'changed',
      fields: [
        { field: 'status', change: 'value', from: 'investigating', to: 'resolved' },
        { field: 'summary', change: 'edited' },
      ],
      narrative: false,
    });
  });

  it('lists what joined and what left a list of values', () => {
    const after = BEFORE.replace('services: [API, ChatGPT]', 'services: [API, Sora, Labs]');
    const diff = diffWriteups(BEFORE, after);
    expect(diff.kind === 'changed' && diff.fields).toEqual([{ field: 'services', change: 'list', added: ['Sora', 'Labs'], removed: ['ChatGPT'] }]);
  });

  it('tells items apart by id: added, removed, and each changed field of the rest', () => {
    const after = BEFORE.replace('    status: open\n    owner: Ana', '    status: done\n    completed: "2025-02-01"')
      .replace('  - id: dropped\n    title: Dropped idea\n    status: open\n', '')
      .replace('    title: Pager fired\n', '    title: Pager fired\n  - id: rollback\n    at: "2025-01-01T10:30:00Z"\n    kind: mitigation\n    title: Rolled back\n');
    const diff = diffWriteups(BEFORE, after);
    expect(diff.kind === 'changed' && diff.fields).toEqual([
      { field: 'timeline', change: 'items', added: ['rollback'], removed: [], changed: [] },
      {
        field: 'remediations',
        change: 'items',
        added: [],
        removed: ['dropped'],
        changed: [
          {
            id: 'ttl',
            fields: [
              { field: 'status', change: 'value', from: 'open', to: 'done' },
              { field: 'completed', change: 'value', to: '2025-02-01' },
              { field: 'owner', change: 'value', from: 'Ana' },
            ],
          },
        ],
      },
    ]);
  });

  it('reads lessons one level down, each list of items on its own', () => {
    const after = BEFORE.replace('sources:', 'lessons:\n  wentWell:\n    - id: paged-early\n      text: The pager fired first.\nsources:');
    const diff = diffWriteups(BEFORE, after);
    expect(diff.kind === 'changed' && diff.fields).toEqual([
      { field: 'lessons.wentWell', change: 'items', added: ['paged-early'], removed: [], changed: [] },
    ]);
  });

  it('names a list of objects without ids by their titles', () => {
    const after = BEFORE.replace('  - title: Status page\n    url: https://status.example.com/1', '  - title: Postmortem\n    url: https://example.com/pm');
    const diff = diffWriteups(BEFORE, after);
    expect(diff.kind === 'changed' && diff.fields).toEqual([{ field: 'sources', change: 'list', added: ['Postmortem'], removed: ['Status page'] }]);
  });

  it('says when the narrative changed, and finds nothing in a change of comments or layout', () => {
    expect(diffWriteups(BEFORE, BEFORE.replace('The narrative.', 'The narrative, longer.'))).toEqual({ kind: 'changed', fields: [], narrative: true });
    const relaid = BEFORE.replace('title: DNS outage', '# The title as the status page gave it\ntitle: "DNS outage"').replace('services: [API, ChatGPT]', 'services:\n  - API\n  - ChatGPT');
    expect(diffWriteups(BEFORE, relaid)).toEqual({ kind: 'changed', fields: [], narrative: false });
  });

  it('says so when either version’s frontmatter cannot be read, rather than guessing', () => {
    expect(diffWriteups('no frontmatter at all\n', BEFORE)).toEqual({ kind: 'unreadable' });
    expect(diffWriteups(BEFORE, '---\ntitle: [unclosed\n---\n')).toEqual({ kind: 'unreadable' });
  });
});

describe('reading git cat-file --batch output', () => {
  it('reads each blob by its size, whatever it holds, and leaves missing objects out', () => {
    const first = 'line one\nline two, ünïcode\n';
    const id = (n: number) => String(n).repeat(40);
    const output = Buffer.concat([
      Buffer.from(`${id(1)} blob ${Buffer.byteLength(first)}\n${first}\n`),
      Buffer.from(`${id(2)} missing\n`),
      Buffer.from(`${id(3)} blob 0\n\n`),
    ]);
    expect(parseBatchOutput(output)).toEqual(
      new Map([
        [id(1), first],
        [id(3), ''],
      ]),
    );
  });
});

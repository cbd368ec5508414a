import path from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIncidentFile, type Incident } from '../../lib/content/load';
import { atomFeed, serviceFeedPath, SITE_FEED } from '../../lib/feed/atom';
import { FOLLOW_UPS_FEED, followUpsFeed } from '../../lib/feed/follow-ups-feed';
import { servicesOf } from '../../lib/incidents/services';
import { servicePath } from '../../lib/site';

/** Parses with a strict, namespace-aware XML parser; throws on anything not well-formed. Returns the text of each element by name. */
function parseXml(xml: string): Map<string, string[]> {
  const parser = new SaxesParser({ xmlns: true });
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => open.push({ name: tag.local, text: '' }));
  parser.on('text', (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    const { name, text } = open.pop()!;
    texts.set(name, [...(texts.get(name) ?? []), text]);
  });
  parser.write(xml).close();
  return texts;
}

type Entry = { id: string; title: string; href: string; updated: string; content: string };

/** The entries of a feed, read with the same strict parser. */
function feedEntries(xml: string): Entry[] {
  const parser = new SaxesParser({ xmlns: true });
  const entries: Entry[] = [];
  let current: Partial<Entry> | undefined;
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    text = '';
    if (tag.local === 'entry') current = {};
    if (current && tag.local === 'link') current.href = tag.attributes.href?.value;
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    if (tag.local === 'entry') {
      entries.push(current as Entry);
      current = undefined;
    } else if (current && ['id', 'title', 'updated', 'content'].includes(tag.local)) current[tag.local as 'id'] = text;
  });
  parser.write(xml).close();
  return entries;
}

const site = (pathname: string) => `http://localhost:3000${pathname}`;

let hostile: Incident;

beforeAll(async () => {
  const result = await loadIncidentFile(path.resolve('tests/fixtures/feed/2024-12-11-hostile-text.mdx'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  hostile = result.incident;
});

describe('Atom feeds of hostile text', () => {
  it('drops characters XML cannot carry, should an incident hold one the loader let through', () => {
    const unlucky = { ...hostile, title: `${hostile.title} \u0001\u0007\uFFFE`, summary: `${hostile.summary} \u000b\u001f` };
    const texts = parseXml(atomFeed([unlucky], SITE_FEED));
    const entryTitle = texts.get('title')?.find((title) => title.startsWith(hostile.title));
    expect(entryTitle?.trim()).toBe(hostile.title);
  });

  it('the site feed is well-formed XML and keeps every printable character of the title', () => {
    const texts = parseXml(atomFeed([hostile], SITE_FEED));
    expect(texts.get('title')).toContain('<b>Bold</b> & ]]> <![CDATA[x]]> bell end');
    expect(texts.get('name')).toEqual(['A & B <Corp>']);
  });

  it('a service feed is well-formed XML, whatever the service is called', () => {
    for (const service of servicesOf([hostile])) {
      const feed = atomFeed(service.incidents, {
        selfPath: serviceFeedPath(service.slug),
        pagePath: servicePath(service.slug),
        title: `${service.name} incidents`,
        subtitle: `Postmortems of incidents that affected ${service.name}`,
      });
      expect(parseXml(feed).get('title')?.[0]).toBe(`${service.name} incidents`);
    }
  });

  it('the strict parser rejects what an unescaped title would have produced', () => {
    expect(() => parseXml('<feed><title>a \u0001 b</title></feed>')).toThrow();
    expect(() => parseXml('<feed><title>a & b</title></feed>')).toThrow();
  });
});

describe('feed dates', () => {
  it('an entry is updated when its file last changed, when git can tell', () => {
    const texts = parseXml(atomFeed([hostile], { ...SITE_FEED, lastChanged: () => '2025-02-03T04:05:06+01:00' }));
    expect(texts.get('updated')).toEqual(['2025-02-03T03:05:06.000Z', '2025-02-03T03:05:06.000Z']);
    expect(texts.get('published')).toEqual(['2024-12-12T00:00:00.000Z']);
  });

  it('an entry falls back to when impact ended when there is no history and no publication date', () => {
    const texts = parseXml(atomFeed([hostile], { ...SITE_FEED, lastChanged: () => undefined }));
    expect(texts.get('updated')).toEqual(['2024-12-12T00:00:00.000Z', '2024-12-12T00:00:00.000Z']);
  });
});

describe('the follow-ups feed', () => {
  it('is well-formed XML, one entry per follow-up (not what was done during the incident), each linking to its remediation', () => {
    const feed = followUpsFeed([hostile]);
    expect(parseXml(feed).get('title')?.[0]).toBe(FOLLOW_UPS_FEED.title);
    const entries = feedEntries(feed);
    expect(entries.map((entry) => entry.title).sort()).toEqual(['Canary "every" \'deploy\'', 'Guard </content> & ]]> <![CDATA[x]]> configs']);
    for (const entry of entries) expect(entry.id).toBe(entry.href);
    expect(entries.map((entry) => entry.href).sort()).toEqual([
      site('/incidents/2024-12-11-hostile-text#canary-deploys'),
      site('/incidents/2024-12-11-hostile-text#guard-configs'),
    ]);
  });

  it('says in each entry the status, owner, due date and priority', () => {
    const guard = feedEntries(followUpsFeed([hostile])).find((entry) => entry.href.endsWith('#guard-configs'))!;
    expect(guard.content.split('\n')).toEqual([
      'Status: planned',
      'Owner: Ops & <SRE>',
      'Due: 2025-01-31',
      'Priority: p1',
      'Category: prevent',
      'Tracker: https://tracker.example.com/issues?id=7&sort=due',
      'Incident: <b>Bold</b> & ]]> <![CDATA[x]]> bell end (SEV2)',
    ]);
    const canary = feedEntries(followUpsFeed([hostile])).find((entry) => entry.href.endsWith('#canary-deploys'))!;
    expect(canary.content.split('\n')).toEqual(expect.arrayContaining(['Status: done', 'Owner: SRE', 'Due: none', 'Priority: none', 'Completed: 2025-02-14']));
  });

  it('drops characters XML cannot carry from a follow-up, should one get through', () => {
    const remediations = hostile.remediations.map((remediation) => ({ ...remediation, title: `${remediation.title}\u0001\uFFFF`, owner: '\u001bOps' }));
    const entries = feedEntries(followUpsFeed([{ ...hostile, remediations }]));
    expect(entries.map((entry) => entry.title)).toContain('Guard </content> & ]]> <![CDATA[x]]> configs');
    expect(entries[0]!.content).toContain('Owner: Ops\n');
  });

  it('dates each follow-up by the last commit that changed it, when git can tell, the newest first', () => {
    const changed = { 'guard-configs': '2025-01-05T10:00:00+01:00', 'canary-deploys': '2025-01-03T10:00:00+01:00' } as Record<string, string>;
    const entries = feedEntries(followUpsFeed([hostile], (_incident, id) => changed[id]));
    expect(entries.map((entry) => [entry.href.split('#')[1], entry.updated])).toEqual([
      ['guard-configs', '2025-01-05T09:00:00.000Z'],
      ['canary-deploys', '2025-01-03T09:00:00.000Z'],
    ]);
  });

  it('dates a follow-up when git cannot tell: a done one by its completion, any other as the incident feed dates its incident, when impact ended', () => {
    const entries = feedEntries(followUpsFeed([hostile], () => undefined));
    expect(entries.map((entry) => [entry.href.split('#')[1], entry.updated])).toEqual([
      ['canary-deploys', '2025-02-14T00:00:00.000Z'],
      ['guard-configs', '2024-12-12T00:00:00.000Z'],
    ]);
    expect(parseXml(followUpsFeed([hostile])).get('updated')?.[0]).toBe('2025-02-14T00:00:00.000Z');
    const incidentFeed = parseXml(atomFeed([hostile], { ...SITE_FEED, lastChanged: () => undefined }));
    expect(incidentFeed.get('updated')?.[1]).toBe('2024-12-12T00:00:00.000Z');
  });

  it('is an empty, well-formed feed when nothing needs following up', () => {
    const feed = followUpsFeed([{ ...hostile, remediations: hostile.remediations.filter((remediation) => remediation.timing === 'during') }]);
    expect(feedEntries(feed)).toEqual([]);
    expect(parseXml(feed).get('subtitle')).toEqual([FOLLOW_UPS_FEED.subtitle]);
  });
});

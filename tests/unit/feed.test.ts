import path from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIncidentFile, type Incident } from '../../lib/content/load';
import { atomFeed, serviceFeedPath, SITE_FEED } from '../../lib/feed/atom';
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

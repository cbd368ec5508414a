import { describe, expect, it } from 'vitest';
import { bestSubResult, excerptParts, headingTailLength, searchHit, splitExcerpt, withEllipses, type PagefindResultData } from '@/lib/search/search-hit';

const at = (...scores: number[]) => scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location }));

const data: PagefindResultData = {
  url: '/incidents/x',
  excerpt: 'the <mark>cluster</mark> page',
  meta: { title: 'Cluster outage', date: 'Dec 11, 2024', severity: 'sev1', organization: 'OpenAI', impact: '4h 22m' },
  sub_results: [
    { title: 'Cluster outage', url: '/incidents/x', excerpt: 'title <mark>cluster</mark>', weighted_locations: at(2) },
    { title: 'First cluster recovered', url: '/incidents/x#first-cluster-recovered', excerpt: 'First <mark>cluster</mark> recovered', weighted_locations: at(5, 1) },
    { title: 'Later', url: '/incidents/x#later', excerpt: '<mark>cluster</mark>', weighted_locations: at(3) },
  ],
};

describe('a search hit', () => {
  it('lands on the part of the incident that matches best', () => {
    expect(bestSubResult(data.sub_results)?.url).toBe('/incidents/x#first-cluster-recovered');
    const hit = searchHit(data);
    expect(hit.url).toBe('/incidents/x#first-cluster-recovered');
    // The excerpt was the place's title alone: the title, its match marked, and nothing twice.
    expect(hit.place).toEqual([
      { text: 'First ', match: false },
      { text: 'cluster', match: true },
      { text: ' recovered', match: false },
    ]);
    expect(hit.excerpt).toEqual([]);
    expect(hit).toMatchObject({ title: [{ text: 'Cluster outage', match: false }], date: 'Dec 11, 2024', severity: 'sev1', organization: 'OpenAI', impact: '4h 22m' });
  });

  it('lands on the page itself when the match is above every anchor, and names no place', () => {
    const hit = searchHit({ ...data, sub_results: [data.sub_results[0]!] });
    expect(hit.url).toBe('/incidents/x');
    expect(hit.place).toBeUndefined();
    expect(searchHit({ ...data, sub_results: [] }).url).toBe('/incidents/x');
  });

  it('shows the words after the place’s title when the excerpt begins with it, and the whole excerpt when it does not', () => {
    const place = { ...data.sub_results[1]!, excerpt: 'First <mark>cluster</mark> recovered The first <mark>cluster</mark> came back' };
    const after = searchHit({ ...data, sub_results: [place] });
    expect(after.place?.map((part) => part.text).join('')).toBe('First cluster recovered');
    expect(after.excerpt).toEqual([
      { text: 'The first ', match: false },
      { text: 'cluster', match: true },
      { text: ' came back', match: false },
      { text: '…', match: false },
    ]);

    const deeper = searchHit({ ...data, sub_results: [{ ...place, excerpt: '…while the <mark>cluster</mark> recovered' }] });
    expect(deeper.place).toEqual([{ text: 'First cluster recovered', match: false }]);
    expect(deeper.excerpt.map((part) => part.text).join('')).toBe('…while the cluster recovered…');
  });

  it('marks the match in the incident\'s title when the excerpt begins inside it, and shows the words after it', () => {
    const title = 'Elevated errors for ChatGPT and the API: a networking regression sets off a restart stampede';
    const top = {
      title,
      url: '/incidents/x',
      excerpt: 'API: a networking regression sets off a <mark>restart</mark> stampede. Scheduled maintenance brought a regression',
      weighted_locations: at(9),
    };
    const hit = searchHit({ ...data, meta: { ...data.meta, title }, sub_results: [top] });
    expect(hit.place).toBeUndefined();
    expect(hit.title).toEqual([
      { text: 'Elevated errors for ChatGPT and the ', match: false },
      { text: 'API: a networking regression sets off a ', match: false },
      { text: 'restart', match: true },
      { text: ' stampede', match: false },
    ]);
    expect(hit.excerpt).toEqual([
      { text: 'Scheduled maintenance brought a regression', match: false },
      { text: '…', match: false },
    ]);
  });

  it('drops the full stop Pagefind puts between a place\'s title and its text', () => {
    const place = {
      title: 'Networking control-plane regression mitigated',
      url: '/incidents/x#mitigated',
      excerpt: 'Networking control-plane regression mitigated. The regression was mitigated, and <mark>restarts</mark> are safe.',
      weighted_locations: at(4),
    };
    const hit = searchHit({ ...data, sub_results: [place] });
    expect(hit.place).toEqual([{ text: 'Networking control-plane regression mitigated', match: false }]);
    expect(hit.excerpt.map((part) => part.text).join('')).toBe('The regression was mitigated, and restarts are safe.');
  });

  it('takes an excerpt for the heading\'s last words only when they are a few words, ended as Pagefind ends a heading', () => {
    expect(headingTailLength('A database failover completed', 'failover completed. Then')).toBe('failover completed'.length);
    expect(headingTailLength('A database failover completed', 'completed. Then')).toBe(0);
    expect(headingTailLength('A database failover completed', 'failover completedly')).toBe(0);
    expect(headingTailLength('A set of services were restarted automatically.', 'A set of services were restarted automatically. This')).toBe(47);
    expect(headingTailLength('Cluster outage', 'Cluster outage')).toBe(14);
    expect(headingTailLength('Cluster outage', 'Later')).toBe(0);
  });

  it('says where the excerpt cuts a sentence, at either end', () => {
    const text = (excerpt: string) => withEllipses(excerptParts(excerpt)).map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
    expect(text('and were <mark>restarted</mark> automatically. The restarts')).toBe('…and were [restarted] automatically. The restarts…');
    expect(text('The <mark>restarts</mark> took long.')).toBe('The [restarts] took long.');
    expect(text('<mark>restarts</mark> of the control plane')).toBe('…[restarts] of the control plane…');
    expect(text('It ended at 19:38 (PST)')).toBe('It ended at 19:38 (PST)');
    expect(withEllipses([])).toEqual([]);
  });

  it('splits an excerpt at a length, inside a match if need be, each side keeping its marks', () => {
    const parts = excerptParts('ab<mark>cde</mark>f');
    expect(splitExcerpt(parts, 3)).toEqual([
      [{ text: 'ab', match: false }, { text: 'c', match: true }],
      [{ text: 'de', match: true }, { text: 'f', match: false }],
    ]);
    expect(splitExcerpt(parts, 0)).toEqual([[], parts]);
    expect(splitExcerpt(parts, 99)).toEqual([parts, []]);
  });

  it('ignores a severity it does not know', () => {
    expect(searchHit({ ...data, meta: { ...data.meta, severity: 'critical' } }).severity).toBeUndefined();
  });

  it('splits an excerpt into text and matches without reading it as HTML', () => {
    expect(excerptParts('a <mark>DNS</mark> cache &lt;script&gt; &amp; <mark>more</mark>')).toEqual([
      { text: 'a ', match: false },
      { text: 'DNS', match: true },
      { text: ' cache <script> & ', match: false },
      { text: 'more', match: true },
    ]);
  });
});

import { SEVERITIES, type Severity } from '../content/vocabulary';

/**
 * One search result as the result list shows it, from what Pagefind returns
 * for a matching incident (`result.data()`): where the reader lands (the
 * sub-result, i.e. event, cause, factor, remediation or narrative part, that
 * matches best, as `/incidents/<slug>#<id>`), the words around the match, and
 * the incident's date, severity and organization.
 */
export type PagefindLocation = { weight: number; balanced_score: number; location: number };
export type PagefindSubResult = { title: string; url: string; excerpt: string; weighted_locations: PagefindLocation[] };
export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
};

export type ExcerptPart = { text: string; match: boolean };

export type SearchHit = {
  /** The incident page, with the matching place's fragment. */
  url: string;
  /** The incident's title, its matches marked when the match is in it. */
  title: ExcerptPart[];
  /** The matching place's own title (an event, a cause …), when it is not the incident itself, its matches marked. */
  place: ExcerptPart[] | undefined;
  /** The words around the match, after the title or the place's title when the excerpt begins with it. */
  excerpt: ExcerptPart[];
  date: string | undefined;
  severity: Severity | undefined;
  organization: string | undefined;
  impact: string | undefined;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}

/** Pagefind's excerpt is escaped text with `<mark>` around matches: split it into text, never parse it as HTML. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return { text: decodeEntities(match ? match[1]! : part), match: match !== null };
    });
}

const scoreOf = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/** The part of the incident that matches best; the first one on the page when two match as well. */
export function bestSubResult(subResults: readonly PagefindSubResult[]): PagefindSubResult | undefined {
  return subResults.reduce<PagefindSubResult | undefined>((best, sub) => (best === undefined || scoreOf(sub) > scoreOf(best) ? sub : best), undefined);
}

/** The parts holding the first `length` characters of the text, and those holding the rest; a part split in two stays a match on both sides. */
export function splitExcerpt(parts: readonly ExcerptPart[], length: number): [ExcerptPart[], ExcerptPart[]] {
  const head: ExcerptPart[] = [];
  const tail: ExcerptPart[] = [];
  let left = length;
  for (const part of parts) {
    const cut = Math.min(left, part.text.length);
    if (cut > 0) head.push({ text: part.text.slice(0, cut), match: part.match });
    if (cut < part.text.length) tail.push({ text: part.text.slice(cut), match: part.match });
    left -= cut;
  }
  return [head, tail];
}

/**
 * How much of `heading` the text begins with: all of it, or its last words
 * when the excerpt's window starts inside it, followed by the end or by the
 * full stop and space Pagefind puts after a heading. Zero when it does not.
 */
export function headingTailLength(heading: string, text: string): number {
  const fits = (start: number) => {
    const tail = heading.slice(start);
    return text.startsWith(tail) && /^(\.?\s|\.?$)/.test(text.slice(tail.length));
  };
  if (fits(0)) return heading.length;
  for (let start = heading.indexOf(' ') + 1; start > 0; start = heading.indexOf(' ', start) + 1) {
    // A few words at least, so that a heading's last word is not taken for the start of a sentence.
    if (heading.length - start >= 12 && fits(start)) return heading.length - start;
  }
  return 0;
}

/**
 * A heading (the incident's title, or the title of the place that matched)
 * with the matches the excerpt marks in it, and the excerpt after it, when the
 * excerpt begins with the heading or its last words: no words shown twice.
 */
export function headingAndExcerpt(heading: string, excerpt: ExcerptPart[]): { heading: ExcerptPart[]; excerpt: ExcerptPart[] } {
  const length = headingTailLength(heading, excerpt.map((part) => part.text).join(''));
  if (length === 0) return { heading: [{ text: heading, match: false }], excerpt };
  const [tail, rest] = splitExcerpt(excerpt, length);
  const before = heading.slice(0, heading.length - length);
  const [first, ...others] = rest;
  const after = first ? [{ ...first, text: first.text.replace(/^\.?\s*/, '') }, ...others].filter((part) => part.text !== '') : [];
  return { heading: before === '' ? tail : [{ text: before, match: false }, ...tail], excerpt: after };
}

/**
 * Pagefind cuts its excerpt to a window of words without saying so: an
 * ellipsis where the window ends inside a sentence, and where it starts inside
 * one (a lower-case first word).
 */
export function withEllipses(excerpt: ExcerptPart[]): ExcerptPart[] {
  if (excerpt.length === 0) return excerpt;
  const first = excerpt[0]!;
  const last = excerpt[excerpt.length - 1]!;
  const opening: ExcerptPart[] = /^\p{Ll}/u.test(first.text) ? [{ text: '…', match: false }] : [];
  const closing: ExcerptPart[] = /[.!?:;)"”’]$/.test(last.text) ? [] : [{ text: '…', match: false }];
  return [...opening, ...excerpt, ...closing];
}

export function searchHit(data: PagefindResultData): SearchHit {
  const best = bestSubResult(data.sub_results);
  const url = best?.url ?? data.url;
  const title = data.meta.title ?? url;
  const severity = data.meta.severity;
  const excerpt = excerptParts(best?.excerpt ?? data.excerpt);
  const place = best && best.url !== data.url && best.title !== title ? best.title : undefined;
  const shown = headingAndExcerpt(place ?? title, excerpt);
  return {
    url,
    title: place === undefined ? shown.heading : [{ text: title, match: false }],
    place: place === undefined ? undefined : shown.heading,
    excerpt: withEllipses(shown.excerpt),
    date: data.meta.date,
    severity: (SEVERITIES as readonly string[]).includes(severity ?? '') ? (severity as Severity) : undefined,
    organization: data.meta.organization,
    impact: data.meta.impact,
  };
}

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
  title: string;
  /** The matching place's own title (an event, a cause …), when it is not the incident itself, its matches marked. */
  place: ExcerptPart[] | undefined;
  /** The words around the match, after the place's title when the excerpt begins with it. */
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
 * A sub-result's excerpt begins with its title when the match is near its
 * start: the title is then the place, with its matches marked, and the
 * excerpt goes on after it, so that no words are shown twice.
 */
function placeAndExcerpt(placeTitle: string | undefined, excerpt: ExcerptPart[]): Pick<SearchHit, 'place' | 'excerpt'> {
  if (placeTitle === undefined) return { place: undefined, excerpt };
  if (!excerpt.map((part) => part.text).join('').startsWith(placeTitle)) return { place: [{ text: placeTitle, match: false }], excerpt };
  const [place, rest] = splitExcerpt(excerpt, placeTitle.length);
  const [first, ...others] = rest;
  const after = first ? [{ ...first, text: first.text.trimStart() }, ...others].filter((part) => part.text !== '') : [];
  return { place, excerpt: after };
}

export function searchHit(data: PagefindResultData): SearchHit {
  const best = bestSubResult(data.sub_results);
  const url = best?.url ?? data.url;
  const title = data.meta.title ?? url;
  const severity = data.meta.severity;
  return {
    url,
    title,
    ...placeAndExcerpt(best && best.url !== data.url && best.title !== title ? best.title : undefined, excerptParts(best?.excerpt ?? data.excerpt)),
    date: data.meta.date,
    severity: (SEVERITIES as readonly string[]).includes(severity ?? '') ? (severity as Severity) : undefined,
    organization: data.meta.organization,
    impact: data.meta.impact,
  };
}

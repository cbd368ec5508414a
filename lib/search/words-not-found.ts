import stem from 'wink-porter2-stemmer';

/** What Pagefind's `result.data()` holds of the words it matched: its text, and the matches' places in it. */
export type MatchedText = { content: string; locations: number[] };

/** A word's parts as Pagefind reads them: lower case, accents dropped, split at anything not a letter or digit. */
function partsOf(word: string): string[] {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A word of the text in every form Pagefind indexes it: `read-only` as `readonly`, `read` and `only`. */
function formsOf(word: string): string[] {
  const parts = partsOf(word);
  return parts.length > 1 ? [parts.join(''), ...parts] : parts;
}

/**
 * The words of a search that the result matched only through a shorter word.
 * Pagefind stems each word (Porter2, as here) and finds the indexed words that
 * begin with the stem; when none does, it backs off to the longest beginning
 * that some word has, so `overdue` finds "over" and `owner` finds "own"
 * (Pagefind issue #780; not configurable in 1.6). That happens for the whole
 * index at once, so the best result tells for every result.
 */
export function wordsNotFound(query: string, result: MatchedText): string[] {
  // Pagefind's excerpt splits the text the same way to place its matches.
  const words = result.content.split(/[^\S\uFEFF]+/);
  const matchedStems = result.locations.flatMap((location) => formsOf(words[location] ?? '').map(stem));
  return partsOf(query).filter((word) => {
    const wanted = stem(word);
    return !matchedStems.some((matched) => matched.startsWith(wanted));
  });
}

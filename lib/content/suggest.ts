/**
 * The number of single-character insertions, deletions and substitutions, and swaps of
 * two neighbouring characters, that turn `a` into `b` (`alret` is one slip from `alert`).
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate `input` was most likely meant to be: a slip of a letter or
 * two (at most a third of the input's length, case aside), and nearer than
 * any other candidate; failing that, the one name that has the same words with
 * some left out or added ("customer-failure" for "customer-facing-failure",
 * "dueDate" for "due").
 * None when two are as likely or none is near enough.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const allowed = Math.max(1, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  const others = [...candidates].filter((candidate) => candidate !== input);
  for (const candidate of others) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
    else if (distance === bestDistance) tied = true;
  }
  if (bestDistance <= allowed) return tied ? undefined : best;
  const inputWords = wordsOf(input);
  const sameWords = others.filter((candidate) => differByWholeWords(inputWords, wordsOf(candidate)));
  return sameWords.length === 1 ? sameWords[0] : undefined;
}

/** The words of an id or a field name, however joined: `due-date`, `due_date`, `dueDate`. */
const wordsOf = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_\s]+/)
    .filter(Boolean);

/** Whether the shorter list of words is the longer one with words left out, in the same order. */
function differByWholeWords(a: string[], b: string[]): boolean {
  if (a.length === b.length) return false;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let matched = 0;
  for (const word of longer) if (word === shorter[matched]) matched++;
  return shorter.length > 0 && matched === shorter.length;
}

/** ` (did you mean "x"?)` when one candidate is a near miss for `input`, else nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` (did you mean ${JSON.stringify(match)}?)`;
}

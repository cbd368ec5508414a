/** Latin letters lose their accents in slugs (`Café` → `cafe`); other scripts keep their marks, which are part of the letter. */
function withoutLatinAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
}

/** Words a cut phrase should not end on: `…-rolling-out-to-all` reads as if something was lost. */
const DANGLING_WORDS = new Set(
  'a an the to of in on at by for from with into onto and or but as than that which its their our all every each some no is are was were be'.split(' '),
);

function withoutDanglingWords(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && DANGLING_WORDS.has(words[end - 1]!)) end -= 1;
  return words.slice(0, end);
}

/**
 * Text as an ASCII URL segment (file names, ids): `Café DNS — échec` → `cafe-dns-echec`; empty when it
 * has no letters or digits. Longer than `maxLength`, it is cut after the last
 * whole word of the text that fits (`read-only` is one word), less the words that would leave
 * it dangling (`to`, `the`, `all`…); a single longer word is cut at the limit.
 */
export function slugify(text: string, maxLength = Infinity): string {
  const words = text.split(/\s+/).map(asciiSegment).filter(Boolean);
  const whole = words.join('-');
  if (whole.length <= maxLength) return whole;
  const kept: string[] = [];
  let length = -1;
  for (const word of words) {
    if (length + 1 + word.length > maxLength) break;
    kept.push(word);
    length += 1 + word.length;
  }
  if (kept.length === 0) return whole.slice(0, maxLength).replace(/-+$/g, '');
  return withoutDanglingWords(kept).join('-');
}

/** Text as a kebab-case id, words of camel case apart too: `First_Alert` and `firstAlert` → `first-alert`. */
export function asKebabCase(text: string): string {
  return slugify(text.replace(/([a-z0-9])([A-Z])/g, '$1 $2'));
}

function asciiSegment(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Text as a URL segment in any script (service pages): `Платежи API` →
 * `платежи-api`, `Café` → `cafe`. Letters and digits of every script are kept,
 * lower-cased; empty when the text has none.
 */
export function slugifyAnyScript(text: string): string {
  return withoutLatinAccents(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

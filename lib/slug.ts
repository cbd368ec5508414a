/** Latin letters lose their accents in slugs (`Café` → `cafe`); other scripts keep their marks, which are part of the letter. */
function withoutLatinAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
}

/**
 * Text as an ASCII URL segment (file names): `Café DNS — échec` → `cafe-dns-echec`; empty when it
 * has no letters or digits. Longer than `maxLength`, it is cut after the last
 * whole word that fits (a single longer word is cut at the limit).
 */
export function slugify(text: string, maxLength = Infinity): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastBoundary = cut.lastIndexOf('-');
  return (lastBoundary > 0 ? cut.slice(0, lastBoundary) : cut.slice(0, maxLength)).replace(/-+$/g, '');
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

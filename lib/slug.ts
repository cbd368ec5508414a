/** Latin letters lose their accents in slugs (`Café` → `cafe`); other scripts keep their marks, which are part of the letter. */
function withoutLatinAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
}

function trimmed(slug: string, maxLength: number): string {
  return slug.replace(/^-+|-+$/g, '').slice(0, maxLength).replace(/-+$/g, '');
}

/** Text as an ASCII URL segment (file names): `Café DNS — échec` → `cafe-dns-echec`; empty when it has no Latin letters or digits. */
export function slugify(text: string, maxLength = Infinity): string {
  return trimmed(withoutLatinAccents(text).replace(/[^a-z0-9]+/g, '-'), maxLength);
}

/**
 * Text as a URL segment in any script (service pages): `Платежи API` →
 * `платежи-api`, `Café` → `cafe`. Letters and digits of every script are kept,
 * lower-cased; empty when the text has none.
 */
export function slugifyAnyScript(text: string): string {
  return trimmed(withoutLatinAccents(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, '-'), Infinity);
}

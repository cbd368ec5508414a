/**
 * Text as a URL segment: `Café DNS — échec` → `cafe-dns-echec`; empty when it
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

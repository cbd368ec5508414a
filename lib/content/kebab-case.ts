/** Lower-case letters and digits, words joined by single hyphens: ids, tags and file names. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `First_Alert` as kebab case, `first-alert`; undefined when nothing of it is a letter or digit. */
export function toKebabCase(text: string): string | undefined {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 ? words.join('-') : undefined;
}

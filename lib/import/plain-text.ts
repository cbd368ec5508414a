/**
 * Text from elsewhere (a status page's HTML, a line of notes) made fit for a
 * frontmatter field: tags and entities resolved, and no character the content
 * check refuses (C0 controls other than tab and newline, bidirectional
 * overrides and isolates).
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', copy: '©',
};

// Built from code points so the source holds no invisible characters.
const UNSAFE = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}-${String.fromCharCode(31)}${String.fromCharCode(127)}` +
    `${String.fromCharCode(0x202a)}-${String.fromCharCode(0x202e)}${String.fromCharCode(0x2066)}-${String.fromCharCode(0x2069)}]`,
  'g',
);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Removes what the content check would refuse; returns the text and how many characters went. */
export function withoutUnsafeCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(/\r\n?/g, '\n').replace(UNSAFE, () => {
    removed += 1;
    return '';
  });
  return { text: cleaned, removed };
}

/** A status update's HTML as plain text: paragraphs and line breaks kept, list items as "- ", links as "text (address)". */
export function htmlToPlainText(html: string): { text: string; removed: number } {
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b[^>]*?href\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi, (_, href: string, inner: string) => {
      const label = inner.replace(/<[^>]*>/g, '').trim();
      return label === '' || decodeEntities(label) === decodeEntities(href) ? href : `${label} (${href})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(?:p|div|h[1-6]|ul|ol|blockquote|pre|table|tr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  const tidy = decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return withoutUnsafeCharacters(tidy);
}

import type { DiagnosticCode } from './codes';
/**
 * Characters no incident text may hold. Control characters (C0 but tab and
 * newline, DEL, C1) are invisible, ring terminals and make XML such as the feed
 * invalid; unpaired surrogates and U+FFFE/U+FFFF are not text at all.
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) reorder what follows them, so a title can read differently
 * from what it holds. The marks U+200E, U+200F and U+061C only nudge the
 * placement of neutral characters such as punctuation, and right-to-left
 * writing needs them: they are allowed.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

export type ForbiddenCharacter = { kind: 'control' | 'bidi'; index: number; name: string };

const NAMES: Record<number, string> = {
  0x00: 'NUL', 0x07: 'BEL', 0x08: 'BS', 0x0b: 'VT', 0x0c: 'FF', 0x0d: 'CR', 0x1b: 'ESC', 0x7f: 'DEL',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** `U+001B (ESC)` */
export function describeCodePoint(codeUnit: number): string {
  const hex = `U+${codeUnit.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[codeUnit] ? `${hex} (${NAMES[codeUnit]})` : hex;
}

/** The first character of `text` that no incident text may hold, if any. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const control = CONTROL.exec(text);
  const bidi = BIDI.exec(text);
  const first = [control && { kind: 'control' as const, match: control }, bidi && { kind: 'bidi' as const, match: bidi }]
    .filter((found) => found !== null)
    .sort((a, b) => a.match.index - b.match.index)[0];
  if (!first) return undefined;
  return { kind: first.kind, index: first.match.index, name: describeCodePoint(first.match[0].charCodeAt(0)) };
}

export const FORBIDDEN_CHARACTER_CODES = { control: 'control-character', bidi: 'bidi-control' } as const;

/** What to say about a forbidden character: the diagnostic code and message. */
export function forbiddenCharacterProblem(found: ForbiddenCharacter): { code: DiagnosticCode; message: string } {
  return found.kind === 'control'
    ? { code: FORBIDDEN_CHARACTER_CODES.control, message: `expected text without control characters, got ${found.name} at character ${found.index + 1}` }
    : { code: FORBIDDEN_CHARACTER_CODES.bidi, message: `expected text without bidirectional embedding, override or isolate characters, got ${found.name} at character ${found.index + 1}` };
}

const PRINTED_ESCAPES = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to print on one terminal line: every control, bidi and lone-surrogate character as `\u{1b}`. */
export function escapeForTerminal(text: string): string {
  return text.replace(PRINTED_ESCAPES, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`);
}

/** Each line of `text` that holds a forbidden character, with the first one's 1-based line and column. */
export function forbiddenCharactersByLine(text: string): { line: number; column: number; found: ForbiddenCharacter }[] {
  return text.split('\n').flatMap((lineText, i) => {
    const found = findForbiddenCharacter(lineText);
    return found ? [{ line: i + 1, column: found.index + 1, found }] : [];
  });
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import opentype from 'opentype.js';
import { nodeModulesFolders } from '../files/node-modules';

/**
 * Fonts for the link-preview pictures, from npm packages (all under the SIL
 * Open Font License): Noto Sans (Latin, Greek, Cyrillic, Vietnamese,
 * Devanagari), IBM Plex Sans Arabic (the Noto Arabic fonts use a table next/og
 * cannot read), Noto Emoji in black and white (one file: next/og keeps to the
 * font of a text's first emoji for the rest, so the emoji must not be split
 * over several files) and Noto Sans SC (Chinese, Japanese kana and more).
 * next/og downloads a font from the internet for any character its fonts lack;
 * the build must never touch the network, so a character none of these fonts
 * can draw is left out instead.
 */

type Subset = { name: string; file: (weight: number) => string; ranges: [number, number][] | 'always' };

export type PreviewFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

const WEIGHTS = [400, 700] as const;

/** The nearest node_modules holding the fonts. */
function modules(): string {
  const folders = nodeModulesFolders();
  return folders.find((folder) => existsSync(/*turbopackIgnore: true*/ path.join(folder, '@fontsource'))) ?? folders[0]!;
}

/** A @fontsource package: one file per subset and weight, the subsets' ranges in unicode.json. */
function fontsource(id: string, wanted: readonly string[] | 'numbered'): Subset[] {
  const folder = path.join(modules(), '@fontsource', id);
  const ranges = JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(folder, 'unicode.json'), 'utf8')) as Record<string, string>;
  const keys =
    wanted === 'numbered'
      ? Object.keys(ranges)
          .filter((key) => /^\[\d+\]$/.test(key))
          .sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10))
      : wanted;
  return keys.map((key) => {
    const subset = key.replace(/^\[|\]$/g, '');
    return {
      name: `${id}-${subset}`,
      file: (weight: number) => path.join(folder, 'files', `${id}-${subset}-${weight}-normal.woff`),
      ranges: parseRanges(ranges[key]!),
    };
  });
}

const EMOJI: Subset = {
  name: 'noto-emoji',
  file: (weight) => path.join(modules(), '@expo-google-fonts', 'noto-emoji', weight === 700 ? '700Bold/NotoEmoji_700Bold.ttf' : '400Regular/NotoEmoji_400Regular.ttf'),
  ranges: 'always',
};

/** `U+0000-00FF,U+0131` → [[0, 255], [305, 305]] */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start!, 16), parseInt(end!, 16)];
  });
}

let subsets: Subset[] | undefined;

/** In fallback order: a character is drawn from the first font that has it. */
function allSubsets(): Subset[] {
  subsets ??= [
    ...fontsource('noto-sans', ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'devanagari']),
    ...fontsource('ibm-plex-sans-arabic', ['arabic']),
    EMOJI,
    ...fontsource('noto-sans-sc', 'numbered'),
  ];
  return subsets;
}

const data = new Map<string, Buffer>();
const parsed = new Map<string, opentype.Font>();

// One Buffer per file for the whole process: next/og parses each font once per Buffer it is given.
function fontData(file: string): Buffer {
  let buffer = data.get(file);
  if (!buffer) {
    buffer = readFileSync(/*turbopackIgnore: true*/ file);
    data.set(file, buffer);
  }
  return buffer;
}

function parsedFont(file: string): opentype.Font {
  let font = parsed.get(file);
  if (!font) {
    const buffer = fontData(file);
    font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    parsed.set(file, font);
  }
  return font;
}

const inRanges = (codePoint: number, ranges: Subset['ranges']) => ranges === 'always' || ranges.some(([start, end]) => codePoint >= start && codePoint <= end);

/**
 * The subsets (by index) whose ranges hold a code point, worked out once per
 * code point: the Chinese font alone comes in a hundred subsets of many ranges,
 * and a build draws a picture for every incident.
 */
const covering = new Map<number, number[]>();
function subsetsCovering(codePoint: number): number[] {
  let indexes = covering.get(codePoint);
  if (!indexes) {
    indexes = allSubsets().flatMap((subset, i) => (inRanges(codePoint, subset.ranges) ? [i] : []));
    covering.set(codePoint, indexes);
  }
  return indexes;
}
const hasGlyph = (font: opentype.Font, codePoint: number) => (font.charToGlyphIndex(String.fromCodePoint(codePoint)) ?? 0) > 0;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * What to draw `texts` with: the fonts to hand to next/og, and each text with
 * every character they cannot draw left out. next/og picks, for each
 * character, the first font whose first code point it has (remembering the
 * choice per first UTF-16 unit within one text), and fetches a font when that
 * one lacks any code point of the character; this follows the same steps, so
 * what it keeps is exactly what next/og draws without a download.
 */
export function previewFonts(texts: readonly string[]): { fonts: PreviewFont[]; drawable: string[] } {
  const codePoints = new Set<number>();
  for (const text of texts) for (const char of text) codePoints.add(char.codePointAt(0)!);
  const coveringSubsets = new Set([...codePoints].flatMap(subsetsCovering));
  // Latin always: the fixed words of the picture are in it.
  const needed = allSubsets().filter((_, i) => i === 0 || coveringSubsets.has(i));
  const candidates = needed.map((subset) => parsedFont(subset.file(400)));

  const drawable = texts.map((text) => {
    const chosen = new Map<number, opentype.Font>();
    let kept = '';
    for (const { segment } of graphemes.segment(text)) {
      if (segment === '\t') {
        kept += segment;
        continue;
      }
      const first = segment.charCodeAt(0);
      let font = chosen.get(first);
      if (!font) {
        font = candidates.find((candidate) => hasGlyph(candidate, segment.codePointAt(0)!));
        if (font) chosen.set(first, font);
      }
      if (font && [...segment].every((char) => hasGlyph(font, char.codePointAt(0)!))) kept += segment;
    }
    return kept;
  });

  const fonts = needed.flatMap((subset) => WEIGHTS.map((weight): PreviewFont => ({ name: subset.name, data: fontData(subset.file(weight)), weight, style: 'normal' })));
  return { fonts, drawable };
}

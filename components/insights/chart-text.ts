/**
 * How wide a chart's text may be, for a server that cannot measure text: a
 * label or figure that runs past the edge of an SVG picture is cut off, so
 * each character counts as two thirds of the font size, what digits and
 * capitals take in wide system fonts (DejaVu Sans).
 */
export function textWidth(texts: readonly string[], fontSize: number): number {
  return Math.max(1, ...texts.map((text) => text.length)) * fontSize * (2 / 3);
}

import { brotliCompressSync } from 'node:zlib';
import { brotliOptions } from '../precompress';
import { gzippedSize } from './measure';

/** The inline scripts that carry the RSC payload of a prerendered App Router page. */
const RSC_SCRIPT = /<script\b[^>]*>\s*self\.__next_f\.push\([\s\S]*?<\/script>/g;

export type HtmlSize = {
  /** The whole document as served, uncompressed. */
  rawBytes: number;
  /** Gzipped as `next start` sends it. */
  gzipBytes: number;
  /** As the static export's precompressed copy that nginx sends (scripts/precompress.ts). */
  brotliBytes: number;
  /** Of `rawBytes`, the inline `self.__next_f.push(…)` script elements. */
  rscRawBytes: number;
  /** Those script elements on their own, gzipped (not a share of `gzipBytes`: gzip does not split). */
  rscGzipBytes: number;
};

/** Sizes of an HTML document, in UTF-8 bytes, and the part of them that is the inline RSC payload. */
export function htmlSize(html: string): HtmlSize {
  const rsc = html.match(RSC_SCRIPT)?.join('') ?? '';
  return {
    rawBytes: Buffer.byteLength(html),
    gzipBytes: gzippedSize(html),
    brotliBytes: brotliCompressSync(html, brotliOptions(Buffer.byteLength(html))).byteLength,
    rscRawBytes: Buffer.byteLength(rsc),
    rscGzipBytes: rsc === '' ? 0 : gzippedSize(rsc),
  };
}

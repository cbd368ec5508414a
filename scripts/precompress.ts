/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the
 * static export, for nginx's brotli_static and gzip_static (scripts/nginx/postmortems.conf).
 * Compressing once at the highest levels costs seconds here and nothing per request;
 * Brotli at quality 11 is too slow to run per request, and makes an incident page a fifth smaller than gzip.
 *   tsx scripts/precompress.ts [folder (out)]
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The extensions of the text the export holds: the types nginx's gzip_types names. */
const COMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.csv'];

/** Brotli at its highest quality, told the input's size; the page benchmark sizes pages with it too. */
export const brotliOptions = (length: number) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: length } });

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export type PrecompressTotals = { files: number; raw: number; brotli: number; gzip: number };

export async function precompress(folder: string): Promise<PrecompressTotals> {
  const names = (await readdir(folder, { recursive: true })).filter((name) => COMPRESSED_EXTENSIONS.includes(path.extname(name)));
  const totals: PrecompressTotals = { files: 0, raw: 0, brotli: 0, gzip: 0 };
  for (const name of names) {
    const file = path.join(folder, name);
    if (!(await stat(file)).isFile()) continue;
    const raw = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(raw, brotliOptions(raw.length)),
      gzipped(raw, { level: 9 }),
    ]);
    totals.files += 1;
    totals.raw += raw.length;
    totals.brotli += await writeIfSmaller(`${file}.br`, br, raw.length);
    totals.gzip += await writeIfSmaller(`${file}.gz`, gz, raw.length);
  }
  return totals;
}

/** A copy no smaller than its file would only cost the reader: without one, nginx sends the file as it is or gzips it. */
async function writeIfSmaller(file: string, compressed: Buffer, rawLength: number): Promise<number> {
  if (compressed.length >= rawLength) {
    await rm(file, { force: true });
    return rawLength;
  }
  await writeFile(file, compressed);
  return compressed.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? 'out';
  const totals = await precompress(folder);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `precompressed ${totals.files} files in ${folder}: ${kb(totals.raw)} raw, ${kb(totals.brotli)} with Brotli, ${kb(totals.gzip)} with gzip`,
  );
}

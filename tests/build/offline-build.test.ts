import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PREVIEW_IMAGE_SIZE } from '../../components/incident/IncidentPreviewImage';
import { scratchProject } from '../../scripts/bench/scratch-project';

const root = path.resolve(import.meta.dirname, '../..');
const dir = scratchProject(root);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real writeup and the minimal fixture, retitled in the scripts the preview images must draw. */
function writeLibrary(content: string): string[] {
  mkdirSync(content, { recursive: true });
  const writeup = readFileSync(path.join(root, 'content/incidents/2024-08-16-openai-chatgpt-api-elevated-errors.mdx'), 'utf8');
  const minimal = readFileSync(path.join(root, 'tests/fixtures/valid/minimal.mdx'), 'utf8');
  const library = {
    '2024-08-16-latin-cyrillic-greek': writeup
      .replace(/^title: .*$/m, 'title: "Ünïcode façade: Сбой платежей и входа, Διακοπή σύνδεσης"')
      .replace(/^summary: >-\n(?: {2}.*\n)+/m, 'summary: "Платежи и вход недоступны; η σύνδεση απέτυχε δύο φορές."\n')
      .replace(/^services: \[.*\]$/m, 'services: [API, Платежи, Σύνδεση]'),
    // The Egyptian hieroglyph is in none of the project's fonts: it is left out of the picture, not downloaded.
    '2024-12-11-arabic-cjk-emoji': minimal
      .replace('title: Minimal incident', 'title: "تعطل الخدمة · 东京服务中断 · サービス停止 🔥🚀👩‍💻🇯🇵 𓀀"')
      .replace('organization: Example Corp', 'organization: "例子 · مثال"')
      .replace('services: [API, Dashboard]', 'services: [الدفع, 支付]')
      .replace('    services: [API]\n', '    services: [الدفع]\n'),
  };
  for (const [slug, text] of Object.entries(library)) writeFileSync(path.join(content, `${slug}.mdx`), text);
  return Object.keys(library);
}

/**
 * The share of pixels in rows `top` to `bottom` (fractions of the height) that
 * differ from the first pixel of the band: how much was drawn there. Reads an
 * 8-bit RGB or RGBA PNG, as next/og writes them.
 */
function inkInBand(png: Buffer, top: number, bottom: number): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = { 2: 3, 6: 4 }[png[25]!];
  if (png[24] !== 8 || !channels || png[28] !== 0) throw new Error('expected an 8-bit, non-interlaced RGB or RGBA PNG');
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  const data = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows: Buffer[] = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const row = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? row[x - channels]! : 0;
      const up = previous[x]!;
      const upLeft = x >= channels ? previous[x - channels]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predicted = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter]!;
      row[x] = (row[x]! + predicted) & 0xff;
    }
    rows.push(row);
    previous = row;
  }
  const band = rows.slice(Math.round(top * height), Math.round(bottom * height));
  const background = band[0]!.subarray(0, channels);
  let inked = 0;
  for (const row of band) for (let x = 0; x < stride; x += channels) if (!row.subarray(x, x + channels).equals(background)) inked += 1;
  return inked / (band.length * width);
}

// Exits 0 only when the npm registry answers: the proof that the build below really has no way out.
const NETWORK_PROBE = `fetch('https://registry.npmjs.org/', { signal: AbortSignal.timeout(15000) }).then(
  () => process.exit(0),
  (error) => { console.log('network probe: ' + (error.cause?.code ?? error.name)); process.exit(1); },
)`;

/**
 * Runs `script` in a network namespace of its own (util-linux's unshare),
 * whose only interface is loopback, down until `ip` (iproute2) brings it up.
 */
function withoutNetwork(script: string, env: Record<string, string>) {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync('unshare', [...(asRoot ? [] : ['--map-root-user']), '--net', '--', 'sh', '-c', script], {
    cwd: dir,
    // ip is in /usr/sbin, which a user's PATH may leave out.
    env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin`, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.error) throw new Error(`unshare (util-linux) failed: ${result.error.message}\n${result.stdout}\n${result.stderr}`);
  return result;
}

describe('a production build with outgoing connections failing', () => {
  it('builds a library titled in Latin, Cyrillic, Greek, Arabic, CJK and emoji, with a preview image of each incident', () => {
    const slugs = writeLibrary(path.join(dir, 'content', 'incidents'));

    const result = withoutNetwork(
      `ip link set lo up || { echo 'no loopback: Turbopack talks to its PostCSS worker over 127.0.0.1' >&2; exit 91; }
       if "$NODE" -e "$NETWORK_PROBE"; then echo 'the network is reachable: this is no offline build' >&2; exit 90; fi
       exec "$NODE" "$NEXT" build`,
      {
        NODE: process.execPath,
        NEXT: path.join(root, 'node_modules/next/dist/bin/next'),
        NETWORK_PROBE,
        NEXT_TELEMETRY_DISABLED: '1',
        MDX_CACHE_DIR: path.join(dir, '.mdx-cache'),
      },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    const probe = /^network probe: (\S+)\n/m.exec(output);
    expect(probe, output).not.toBeNull();
    expect(result.status, output).toBe(0);
    // next/og only logs, and goes on, when it fails to fetch a font for a character it lacks.
    expect(output.replace(probe![0], '')).not.toMatch(/dynamic font|fetch failed|ENOTFOUND|EAI_AGAIN|ENETUNREACH/);

    for (const slug of slugs) {
      const png = readFileSync(path.join(dir, '.next/server/app/incidents', slug, 'opengraph-image.body'));
      expect(png.subarray(0, 8).toString('hex'), slug).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PREVIEW_IMAGE_SIZE.width, PREVIEW_IMAGE_SIZE.height]);
      // The title sits in the middle of the picture, between the byline and the impact line.
      expect(inkInBand(png, 0.3, 0.7), slug).toBeGreaterThan(0.02);
    }
  }, 300_000);
});

/**
 * Serves the exported site (out/) the way the README's nginx example does:
 * `$uri`, then `$uri.html`, then `$uri/index.html`, else 404.html with status
 * 404; hashed assets cached for a year, pages revalidated; the same security
 * headers as `next start`. For tests and load runs on loopback:
 *   npx tsx scripts/serve-static.ts [folder] (PORT, default 3101)
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { securityHeaders } from '../lib/security-headers';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3101);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8; header=present',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const BY_NAME: Record<string, string> = {
  'feed.xml': 'application/atom+xml; charset=utf-8',
  'opengraph-image': 'image/png',
};

const headers = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));

async function fileAt(candidate: string): Promise<string | undefined> {
  try {
    return (await stat(candidate)).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** The file for a URL path, never outside the root; undefined when there is none. */
async function resolve(urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = path.join(root, path.normalize(decoded));
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    const found = await fileAt(candidate);
    if (found) return found;
  }
  return undefined;
}

function send(response: http.ServerResponse, status: number, file: string, method: string, size: number) {
  const name = path.basename(file);
  response.writeHead(status, {
    ...headers,
    'Content-Type': BY_NAME[name] ?? TYPES[path.extname(name)] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': file.includes(`${path.sep}_next${path.sep}static${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=0, must-revalidate',
  });
  if (method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

const server = http.createServer(async (request, response) => {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = (request.url ?? '/').split('?')[0]!.split('#')[0]!;
  const file = await resolve(urlPath);
  if (file) {
    send(response, 200, file, method, (await stat(file)).size);
    return;
  }
  const notFound = path.join(root, '404.html');
  const size = (await fileAt(notFound)) ? (await stat(notFound)).size : undefined;
  if (size === undefined) response.writeHead(404, headers).end('Not found');
  else send(response, 404, notFound, method, size);
});

server.listen(port, host, () => console.log(`serving ${root} on http://${host}:${port}`));

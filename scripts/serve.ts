/**
 * Serves the production build (.next) like `next start`, with one guard in
 * front: an address whose percent-escapes cannot be decoded gets the 404 page.
 * Next's router answers those with a 500 in dynamic segments
 * (vercel/next.js#92527); no real page has such an address.
 *   PORT (3000) and HOST (0.0.0.0) choose where it listens.
 */
import { createServer } from 'node:http';
import next from 'next';
import { securityHeaders } from '../lib/security-headers';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();

function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

await app.prepare();
createServer((request, response) => {
  if (decodable(request.url ?? '/')) {
    void handle(request, response);
    return;
  }
  for (const { key, value } of securityHeaders()) response.setHeader(key, value);
  response.statusCode = 404;
  void app.render404(request, response);
}).listen(port, hostname, () => {
  console.log(`Postmortem viewer on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

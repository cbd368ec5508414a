import { NextResponse, type NextRequest } from 'next/server';

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * An address whose percent-escapes cannot be decoded gets the 404 page: Next's
 * router alone answers those with a 500 in dynamic segments (vercel/next.js#92527).
 * No page has such an address, so the rewrite goes to one that does not exist.
 */
export function proxy(request: NextRequest) {
  if (decodable(new URL(request.url).pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL('/_undecodable-address', request.url), { status: 404 });
}

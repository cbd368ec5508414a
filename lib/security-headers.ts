/**
 * Response headers for every page: the one list, sent by `next start`
 * (next.config.ts) and by nginx for the export (scripts/nginx/postmortems.conf,
 * kept equal by tests/unit/nginx-config.test.ts). Next's own
 * inline bootstrap scripts and the timeline's inline positions need
 * 'unsafe-inline'; search (Pagefind) compiles its WebAssembly, which needs
 * 'wasm-unsafe-eval' and nothing more; nothing is loaded from another origin.
 */
export function contentSecurityPolicy({ development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(options: { development?: boolean } = {}): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  ];
}

import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers';

describe('security headers', () => {
  it('forbid framing, plugins and other origins', () => {
    const csp = securityHeaders().find((header) => header.key === 'Content-Security-Policy')!.value;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it('allow compiling WebAssembly (search), not evaluating script', () => {
    const csp = securityHeaders().find((header) => header.key === 'Content-Security-Policy')!.value;
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval';");
  });

  it('allow eval only for the dev server', () => {
    const csp = securityHeaders({ development: true }).find((header) => header.key === 'Content-Security-Policy')!.value;
    expect(csp).toContain("'unsafe-eval'");
  });
});
